using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Ingest;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Web.Articles;

/// <summary>NewsBot:Reindex: analysing the store's older articles again in the background.</summary>
public sealed class ReindexSettings
{
    /// <summary>Whether the host brings articles an earlier engine analysed up to date after it starts (off by default).</summary>
    public bool Enabled { get; init; }

    /// <summary>Articles analysed at once: by default all cores but one, which is left to the questions.</summary>
    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Articles replaced per transaction: small, so a chat's added article never waits long behind one.</summary>
    public int BatchSize { get; init; } = 64;
}

public static class ArchiveServices
{
    /// <summary>NewsBot:Reindex (Enabled, Workers, BatchSize): the background re-analysis of older articles.</summary>
    public static IServiceCollection AddArchiveReindexing(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("NewsBot:Reindex").Get<ReindexSettings>() ?? new ReindexSettings();
        services.TryAddSingleton(settings);
        if (settings.Enabled) services.AddHostedService<ArchiveReindexService>();
        return services;
    }

    /// <summary>
    /// Adds the article files not yet stored through <see cref="ArticleBatchIndexer"/> (on every core, a
    /// batch per transaction; files already stored are recognised before the engine runs), logging
    /// each one that cannot be used and what was done.
    /// </summary>
    public static async Task IndexFilesAsync(IArticleStore store, IEnumerable<string> files, ILogger logger, CancellationToken cancellationToken = default)
    {
        int added = 0, stored = 0, skipped = 0;
        using var fetcher = new LinkFetcher();
        await new ArticleBatchIndexer(new ArticleIntake(store, fetcher)).RunAsync(files, result =>
        {
            if (!result.Stored)
            {
                logger.LogWarning("Article skipped: {Reason}", result.Reason);
                skipped++;
            }
            else if (result.IsNew) added++;
            else stored++;
        }, cancellationToken);
        logger.LogInformation("Article files: {Added} added to {Store}, {Stored} already there, {Skipped} skipped", added, store.Location, stored, skipped);
    }
}

/// <summary>
/// Analyses again, after the host has started, every stored article an earlier engine version
/// analysed (<see cref="ArchiveReindexer"/>), on <see cref="ReindexSettings.Workers"/> cores and in small
/// batches, so questions are answered throughout: each article is seen as it was or as it is now.
/// </summary>
public sealed class ArchiveReindexService(IArticleStore store, ReindexSettings settings, IHostApplicationLifetime lifetime, ILogger<ArchiveReindexService> logger) : BackgroundService
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store is not IArchiveStore archive)
        {
            logger.LogInformation("Re-indexing is on, but {Store} keeps no engine versions: nothing to do", store.Location);
            return;
        }
        // Start-up first: the first questions should not wait for a core.
        if (!await Started(stoppingToken)) return;
        var reindexer = new ArchiveReindexer(archive, new PipelineOptions { Workers = settings.Workers, BatchSize = settings.BatchSize });
        try
        {
            int stale = await reindexer.CountStaleAsync(stoppingToken);
            if (stale == 0) return;
            logger.LogInformation("Re-indexing {Stale} articles of {Store} with engine {Version}", stale, store.Location, EngineVersion.Current);
            int done = 0, failed = 0;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var reported = TimeSpan.Zero;
            await reindexer.RunAsync(article =>
            {
                done++;
                if (!article.Succeeded)
                {
                    failed++;
                    logger.LogWarning("Article {Id} ({Source}) not re-indexed: {Failure}", article.ArticleId, article.Source, article.Failure);
                }
                if (clock.Elapsed - reported < ReportEvery) return;
                reported = clock.Elapsed;
                logger.LogInformation("Re-indexing: {Done}/{Stale} articles, {Rate:0} articles/s", done, stale, done / clock.Elapsed.TotalSeconds);
            }, stoppingToken);
            logger.LogInformation("Re-indexed {Done} articles of {Store} in {Seconds:0.0} s; {Failed} failed", done - failed, store.Location, clock.Elapsed.TotalSeconds, failed);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Re-indexing stopped with the host; it goes on from the articles still stale at the next start");
        }
        catch (ArticleStoreException e)
        {
            logger.LogError(e, "Re-indexing stopped: {Problem}", e.Message);
        }
    }

    private async Task<bool> Started(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled()))
        {
            try
            {
                await started.Task;
                return true;
            }
            catch (TaskCanceledException)
            {
                return false;
            }
        }
    }
}
