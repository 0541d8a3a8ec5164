using NewsBot.Store;

namespace NewsBot.Ingest;

/// <summary>
/// Adds many files and links to a store on every core, through the same loading, refusals and
/// engine as <see cref="ArticleIntake"/>: read and analysed in parallel, written in batched
/// transactions (one per batch on an <see cref="IArchiveStore"/>), so a killed run leaves every
/// article whole or absent. A file whose text is already stored is recognised before the engine
/// runs, so a re-run costs a look-up per article done. Bad input is reported per file and the
/// rest goes on; a store that fails stops the run.
/// </summary>
public sealed class ArticleBatchIndexer(ArticleIntake intake, PipelineOptions? options = null)
{
    private readonly PipelineOptions _options = options ?? new PipelineOptions();

    /// <param name="pathsOrLinks">Article files and http(s) links.</param>
    /// <param name="done">Told each input's result, in input order, once it is stored (its batch committed) or refused.</param>
    public Task RunAsync(IEnumerable<string> pathsOrLinks, Action<IntakeResult> done, CancellationToken cancellationToken = default) =>
        RunAsync(pathsOrLinks.ToAsyncEnumerable(), done, cancellationToken);

    /// <param name="pathsOrLinks">Article files and http(s) links, taken as they come (a list read from a pipe).</param>
    /// <param name="done">Told each input's result, in input order, once it is stored (its batch committed) or refused.</param>
    public Task RunAsync(IAsyncEnumerable<string> pathsOrLinks, Action<IntakeResult> done, CancellationToken cancellationToken = default) =>
        BatchPipeline.RunAsync(pathsOrLinks, PrepareAsync, (batch, token) => WriteAsync(batch, done, token), _options, cancellationToken);

    private async Task<PreparedArticle> PrepareAsync(string pathOrLink, CancellationToken cancellationToken)
    {
        var (loaded, refused) = await intake.LoadAsync(pathOrLink, cancellationToken);
        if (refused is not null) return PreparedArticle.Turned(refused);
        if (loaded!.Succeeded)
        {
            try
            {
                if (await intake.Store.FindByContentHashAsync(ArticleStore.ContentHash(loaded.Article!.Text), cancellationToken) is { } stored)
                    return new PreparedArticle(loaded, null, StoredId: stored.Id);
            }
            catch (ArticleStoreException)
            {
                // Not known to be stored: the engine runs, and adding it says what is wrong with the store.
            }
        }
        return ArticleIntake.Prepare(loaded);
    }

    /// <returns>False when the store failed: later articles would fail too.</returns>
    private async Task<bool> WriteAsync(IReadOnlyList<PreparedArticle> batch, Action<IntakeResult> done, CancellationToken cancellationToken)
    {
        var added = new Queue<IntakeResult>(await AddAsync(batch.Where(p => p.IsReadyToAdd).ToList(), cancellationToken));
        bool storeFailed = false;
        foreach (var prepared in batch)
        {
            var result = prepared.Refused
                ?? (prepared.StoredId is { } id ? prepared.Stored(new AddResult(id, IsNew: false)) : added.Dequeue());
            storeFailed |= result.Refusal == Refusal.StoreFailed;
            done(result);
        }
        return !storeFailed;
    }

    /// <returns>One result per article, in their order.</returns>
    private async Task<IReadOnlyList<IntakeResult>> AddAsync(List<PreparedArticle> ready, CancellationToken cancellationToken)
    {
        if (ready.Count > 1 && intake.Store is IArchiveStore archive)
        {
            try
            {
                var added = await archive.AddManyAsync(ready.Select(p => p.ToAdd()).ToList(), cancellationToken);
                return ready.Zip(added, (prepared, result) => prepared.Stored(result)).ToList();
            }
            catch (ArticleStoreException)
            {
                // Nothing of the batch was stored: one at a time says which article the store refuses.
            }
        }
        var results = new List<IntakeResult>(ready.Count);
        foreach (var prepared in ready)
        {
            try
            {
                results.Add(prepared.Stored(await intake.Store.AddAsync(prepared.Analysis!, prepared.Loaded!.Published, cancellationToken)));
            }
            catch (ArticleStoreException e)
            {
                results.Add(prepared.StoreFailed(e));
            }
        }
        return results;
    }
}
