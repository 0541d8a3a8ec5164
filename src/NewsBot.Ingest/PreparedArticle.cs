using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Ingest;

/// <summary>
/// An article made ready for the store: loaded and analysed; or refused on the way (then
/// <see cref="Refused"/> says why); or found already stored, under <see cref="StoredId"/>, before the engine ran.
/// </summary>
internal sealed record PreparedArticle(ArticleLoadResult? Loaded, IntakeResult? Refused, ArticleQuotes? Analysis = null, long? StoredId = null)
{
    public static PreparedArticle Turned(IntakeResult refused) => new(null, refused);

    public bool IsReadyToAdd => Refused is null && StoredId is null;

    public ArticleToAdd ToAdd() => new(Analysis!, Loaded!.Published);

    public IntakeResult Stored(AddResult added) => new()
    {
        ArticleId = added.ArticleId,
        IsNew = added.IsNew,
        Title = Loaded!.Article!.Title,
        Source = Loaded.Article.Source,
        Byline = Loaded.Byline,
        Published = Loaded.Published,
        QuoteCount = Analysis?.Quotes.Count ?? 0,
        Speakers = Analysis is null ? [] : Analysis.QuotedSpeakers
            .OrderByDescending(s => s.QuoteCount).ThenBy(s => s.FirstMention.Start)
            .Select(s => s.Name).ToList(),
        Analysis = Analysis,
    };

    public IntakeResult StoreFailed(ArticleStoreException e) =>
        IntakeResult.Refused(Refusal.StoreFailed, $"{Loaded!.Article!.Source} could not be stored: {e.Message}");
}
