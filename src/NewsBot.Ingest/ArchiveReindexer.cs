using System.Runtime.CompilerServices;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Ingest;

/// <summary>One stored article analysed again, or the reason it could not be (then it keeps its old analysis).</summary>
public sealed record ReindexedArticle(long ArticleId, string Source, string? Failure = null)
{
    public bool Succeeded => Failure is null;
}

/// <summary>
/// Brings an archive up to the engine it runs with: every article that another engine version
/// analysed (or none recorded) is analysed again from its stored text, on every core, and its
/// speakers and quotes are replaced in place, a batch per transaction. Readers meanwhile see each
/// article as it was or as it is now, so answers go on; a killed run loses at most the batch in
/// hand, and the next run starts from what is still stale.
/// </summary>
public sealed class ArchiveReindexer(IArchiveStore store, PipelineOptions? options = null)
{
    /// <summary>Stored texts read at a time from the store.</summary>
    public const int PageSize = 500;

    private readonly PipelineOptions _options = options ?? new PipelineOptions();

    /// <summary>How many articles another engine version analysed.</summary>
    public async Task<int> CountStaleAsync(CancellationToken cancellationToken = default) =>
        (await StaleVersionsAsync(cancellationToken)).Sum(v => v.Articles);

    /// <param name="done">Told of every stale article, once its new analysis is committed (or why there is none).</param>
    public async Task RunAsync(Action<ReindexedArticle> done, CancellationToken cancellationToken = default)
    {
        foreach (var version in await StaleVersionsAsync(cancellationToken))
            await BatchPipeline.RunAsync(TextsAsync(version.EngineVersion, cancellationToken), Analyse, (batch, token) => WriteAsync(batch, done, token), _options, cancellationToken);
    }

    private async Task<IReadOnlyList<EngineVersionCount>> StaleVersionsAsync(CancellationToken cancellationToken) =>
        (await store.EngineVersionsAsync(cancellationToken)).Where(v => v.EngineVersion != EngineVersion.Current).ToList();

    private async IAsyncEnumerable<StoredText> TextsAsync(string? version, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (long after = 0; ;)
        {
            var page = await store.TextsAnalysedByAsync(version, after, PageSize, cancellationToken);
            if (page.Count == 0) yield break;
            foreach (var text in page) yield return text;
            after = page[^1].Id;
        }
    }

    private static Task<(StoredText Text, ArticleQuotes? Analysis, string? Failure)> Analyse(StoredText text, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult<(StoredText, ArticleQuotes?, string?)>((text, QuoteEngine.Analyze(text.ToArticle()), null));
        }
        catch (Exception e)
        {
            return Task.FromResult<(StoredText, ArticleQuotes?, string?)>((text, null, $"the quote engine failed ({e.GetType().Name}: {e.Message}); it keeps its earlier analysis"));
        }
    }

    private async Task<bool> WriteAsync(IReadOnlyList<(StoredText Text, ArticleQuotes? Analysis, string? Failure)> batch, Action<ReindexedArticle> done, CancellationToken cancellationToken)
    {
        await store.ReplaceAnalysesAsync(batch.Where(b => b.Analysis is not null).Select(b => new Reanalysis(b.Text.Id, b.Analysis!)).ToList(), cancellationToken);
        foreach (var (text, _, failure) in batch) done(new ReindexedArticle(text.Id, text.Source, failure));
        return true;
    }
}
