using System.CommandLine;
using System.Diagnostics;
using NewsBot.Ingest;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Cli.Commands;

/// <summary>
/// `newsbot reindex [--store FILE]`: analyses again, with this engine, every stored article that an
/// earlier engine version analysed (<see cref="ArchiveReindexer"/>): on every core, in place, a
/// batch per transaction, while the store goes on answering. Stopped or killed, a re-run goes on
/// from what is still stale.
/// </summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var store = new Option<string>("--store")
        {
            Description = "The store: a SQLite file or a PostgreSQL database (postgres://user:password@host/db or Host=...;Database=...).",
            DefaultValueFactory = _ => IndexCommand.DefaultStore,
        };
        var command = new Command("reindex", $"Analyse again, with this engine ({EngineVersion.Current}), the stored articles an earlier engine analysed.") { store };
        command.SetAction((parsed, cancellationToken) => Run(
            parsed.GetValue(store)!, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> Run(string location, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(location) && !Store.Postgres.PostgresLocation.IsPostgres(location))
        {
            error.WriteLine($"newsbot reindex: {location} does not exist");
            return CliApp.Failure;
        }
        if (await CommandStore.OpenAsync(location, "newsbot reindex", error, cancellationToken) is not { } opened) return CliApp.Failure;
        await using (opened)
        {
            if (opened is not IArchiveStore store)
            {
                error.WriteLine($"newsbot reindex: {opened.Location} cannot be analysed again in place.");
                return CliApp.Failure;
            }
            var reindexer = new ArchiveReindexer(store);
            int stale, done = 0, failed = 0;
            var clock = Stopwatch.StartNew();
            try
            {
                stale = await reindexer.CountStaleAsync(cancellationToken);
                var progress = IndexProgress.For(error, stale, command: "newsbot reindex", items: "articles");
                try
                {
                    await reindexer.RunAsync(article =>
                    {
                        done++;
                        if (!article.Succeeded)
                        {
                            failed++;
                            progress.Problem($"newsbot reindex: article {article.ArticleId} ({article.Source}): {article.Failure}");
                        }
                        progress.Report(done, clock.Elapsed);
                    }, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    progress.Problem("newsbot reindex: stopped; every article is whole, analysed by the old engine or the new one; run it again to go on.");
                }
                progress.Done();
            }
            catch (ArticleStoreException e)
            {
                error.WriteLine($"newsbot reindex: {e.Message}");
                return CliApp.Failure;
            }
            output.WriteLine(stale == 0
                ? $"Every article in {store.Location} was analysed by this engine ({EngineVersion.Current}): nothing to do."
                : $"Analysed {done - failed} of {stale} articles in {store.Location} again with engine {EngineVersion.Current} in {clock.Elapsed.TotalSeconds:0.0} s " +
                  $"({done / Math.Max(clock.Elapsed.TotalSeconds, 0.001):0.0} articles/s); {failed} failed.");
            return failed > 0 || done < stale ? CliApp.Failure : CliApp.Success;
        }
    }
}
