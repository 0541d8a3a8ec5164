using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;
using NewsBot.Store;

namespace NewsBot.Dialogs.Corpus;

/// <summary>
/// The articles of a store as the conversation sees them: which few articles a question needs
/// (found with the store's searches, never by reading them all), read back through a cache, and
/// made into the small index one turn answers from. A store of few articles is read whole.
/// </summary>
public sealed class ArticleCorpus(IArticleStore store, AnalysedArticles articles)
{
    /// <summary>Up to this many articles, every question reads all of them, exactly as with articles held in memory.</summary>
    public const int SmallCorpus = 30;

    /// <summary>Most articles one question reads from a large store.</summary>
    public const int ArticlesPerQuestion = 8;

    /// <summary>Speakers found by a name search before ranking: enough for a person quoted in hundreds of articles.</summary>
    private const int SpeakerHits = 1000;

    private const double MinimumNameScore = 0.4;
    private const double OtherFormWeight = 0.97;

    private sealed record Whole(int Count, IQuoteIndex Index);
    private sealed record Quoted(int Count, IReadOnlyList<QuotedPerson> People);

    private volatile Whole? _whole;
    private volatile Quoted? _quoted;

    public IArticleStore Store => store;

    public Task<int> CountAsync(CancellationToken cancellationToken) => store.CountAsync(cancellationToken);

    /// <summary>Every article of a small store, in the order added (kept while the count stays the same).</summary>
    public async Task<IQuoteIndex> WholeAsync(int count, CancellationToken cancellationToken)
    {
        if (_whole is { } whole && whole.Count == count) return whole.Index;
        var listed = await store.ListAsync(0, count, cancellationToken);
        var index = new InMemoryQuoteIndex(await articles.GetAsync(listed.Select(a => a.Id).ToList(), cancellationToken));
        _whole = new Whole(count, index);
        return index;
    }

    /// <summary>An index over just these articles, speaking for <paramref name="articlesInPlay"/>.</summary>
    public async Task<IQuoteIndex> WorkingSetAsync(IReadOnlyList<long> ids, int articlesInPlay, CancellationToken cancellationToken) =>
        new InMemoryQuoteIndex(await articles.GetAsync(ids, cancellationToken), articlesInPlay);

    public Task<IReadOnlyList<IndexedArticle>> ReadAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        articles.GetAsync(ids, cancellationToken);

    /// <summary>
    /// Articles where someone so named appears, most relevant first: how well the name fits, then
    /// articles that quote them, then the newest, then where they said most.
    /// </summary>
    public async Task<IReadOnlyList<long>> SpeakerArticlesAsync(string typed, CancellationToken cancellationToken)
    {
        var words = NameMatcher.NameWords(typed);
        if (words.Count == 0) return [];
        var hits = await store.FindSpeakersAsync(string.Join(' ', words), SpeakerHits, cancellationToken);
        if (hits.Count == 0 && words.MaxBy(w => w.Length) is { Length: > 4 } longest)
            hits = await store.FindSpeakersAsync(longest[..4], SpeakerHits, cancellationToken); // a misspelt name: its start, then judged by the name matcher
        var best = hits
            .Select(h => (Hit: h, Score: NameScore(words, h)))
            .Where(x => x.Score >= MinimumNameScore)
            .GroupBy(x => x.Hit.ArticleId)
            .Select(g => g.OrderByDescending(x => x.Score).ThenByDescending(x => x.Hit.QuoteCount).First())
            .ToList();
        if (best.Count == 0) return [];
        var published = (await store.ListByIdAsync(best.Select(x => x.Hit.ArticleId).ToList(), cancellationToken))
            .ToDictionary(a => a.Id, a => a.Published);
        return best
            .OrderByDescending(x => Math.Round(x.Score, 2))
            .ThenByDescending(x => x.Hit.QuoteCount > 0)
            .ThenByDescending(x => published.GetValueOrDefault(x.Hit.ArticleId) ?? DateTimeOffset.MinValue)
            .ThenByDescending(x => x.Hit.QuoteCount)
            .ThenByDescending(x => x.Hit.ArticleId)
            .Select(x => x.Hit.ArticleId).ToList();
    }

    private static double NameScore(IReadOnlyList<string> typed, SpeakerHit hit) =>
        hit.Aliases.Select(a => NameMatcher.Score(typed, NameMatcher.NameWords(a)) * OtherFormWeight)
            .Append(NameMatcher.Score(typed, NameMatcher.NameWords(hit.Name))).Max();

    /// <summary>Articles with quotes that have the question's words, best first.</summary>
    public async Task<IReadOnlyList<long>> QuoteArticlesAsync(string text, CancellationToken cancellationToken)
    {
        var hits = await store.FindQuotesAsync(SearchWords(text), 4 * ArticlesPerQuestion, cancellationToken);
        return hits.Select(h => h.ArticleId).Distinct().ToList();
    }

    /// <summary>Articles whose title or text has the words, best first.</summary>
    public async Task<IReadOnlyList<StoredArticle>> ArticlesAboutAsync(string text, int limit, CancellationToken cancellationToken) =>
        await store.FindArticlesAsync(SearchWords(text), limit, cancellationToken);

    /// <summary>
    /// The words worth searching for: without stop words (every quote has "the"), the longest few
    /// when there are many, so a pasted sentence stays a quick search.
    /// </summary>
    public static string SearchWords(string text)
    {
        var tokens = Words.Tokens(text);
        var content = tokens.Where(t => t.Length > 1 && !Words.IsStopWord(t)).ToList();
        if (content.Count == 0) return string.Join(' ', tokens);
        var longest = content.OrderByDescending(t => t.Length).Take(6).ToHashSet();
        return string.Join(' ', content.Where(longest.Contains).Distinct());
    }

    /// <summary>The people quoted most across the store (kept while the count stays the same: the query reads every speaker).</summary>
    public async Task<IReadOnlyList<QuotedPerson>> MostQuotedAsync(int count, CancellationToken cancellationToken)
    {
        if (_quoted is { } quoted && quoted.Count == count) return quoted.People;
        var people = await store.MostQuotedAsync(10, cancellationToken);
        _quoted = new Quoted(count, people);
        return people;
    }
}
