using Microsoft.Extensions.Logging;
using NewsBot.Dialogs.Index;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Dialogs.Corpus;

/// <summary>What indexing article files into a store did.</summary>
public sealed record IndexingReport(int Added, int AlreadyStored, int Skipped);

/// <summary>
/// Puts article files into a store at startup. A file whose text is already stored is passed over
/// before the engine runs (its content hash is looked up), so restarting with a large store costs
/// one look-up per file, not an extraction.
/// </summary>
public sealed class ArticleFilesIndexer(IArticleStore store, Func<Article, ArticleQuotes> analyse, ILogger logger)
{
    public async Task<IndexingReport> IndexAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        int added = 0, stored = 0, skipped = 0;
        foreach (var file in ArticleLibrary.Files(paths, logger))
        {
            var loaded = ArticleLoader.LoadFile(file);
            if (!loaded.Succeeded)
            {
                logger.LogWarning("Article skipped: {Problem}", loaded.Error);
                skipped++;
                continue;
            }
            if (await store.FindByContentHashAsync(ArticleStore.ContentHash(loaded.Article!.Text), cancellationToken) is not null)
            {
                stored++;
                continue;
            }
            ArticleQuotes analysed;
            try
            {
                analysed = analyse(loaded.Article);
            }
            catch (Exception e)
            {
                // One article the engine cannot handle must not keep the bot from serving the others.
                logger.LogError(e, "Article {File} skipped: the quote engine failed", file);
                skipped++;
                continue;
            }
            if ((await store.AddAsync(analysed, loaded.Published, cancellationToken)).IsNew) added++;
            else stored++;
        }
        logger.LogInformation("Article files: {Added} added to {Store}, {Stored} already there, {Skipped} skipped", added, store.Location, stored, skipped);
        return new IndexingReport(added, stored, skipped);
    }
}
