using System.CommandLine;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using NewsBot.Ingest;
using NewsBot.Store;

namespace NewsBot.Cli.Commands;

/// <summary>
/// `newsbot index PATH... [--store FILE]`: analyses articles and adds them, with their quotes and
/// speakers, to a store file, through the same <see cref="ArticleIntake"/> as chat and HTTP (web
/// pages reduced to their article, links fetched within bounds), on every core and a batch of
/// articles per transaction (<see cref="ArticleBatchIndexer"/>).
/// </summary>
public static class IndexCommand
{
    public const string DefaultStore = "newsbot.db";

    /// <summary>A progress line goes to stderr after every this many files.</summary>
    public const int ProgressEvery = 50;

    /// <summary>The path that stands for standard input's lines.</summary>
    public const string StandardInput = "-";

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Article files (plain text or HTML), folders (every .txt, .text, .html, .htm or .xhtml file in them and their subfolders), or http(s) links to articles; " +
                $"{StandardInput} for a list of them on standard input, one per line, indexed as the lines come (`find ... | newsbot index {StandardInput}`).",
        };
        var store = new Option<string>("--store")
        {
            Description = "The store: a SQLite file (created when it does not exist) or a PostgreSQL database (postgres://user:password@host/db or Host=...;Database=...).",
            DefaultValueFactory = _ => DefaultStore,
        };
        var command = new Command("index", "Add articles, with every quotation and speaker found in them, to a searchable store file.") { paths, store };
        command.SetAction((parsed, cancellationToken) => Run(
            parsed.GetRequiredValue(paths),
            parsed.GetValue(store)!,
            Console.In,
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> Run(string[] paths, string storeFile, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (await CommandStore.OpenAsync(storeFile, "newsbot index", error, cancellationToken) is not { } store) return CliApp.Failure;
        await using (store)
        using (var fetcher = new LinkFetcher())
        {
            var indexer = new ArticleBatchIndexer(new ArticleIntake(store, fetcher));
            var inputs = Inputs(paths, input, error, cancellationToken);
            // A list on standard input is indexed as it comes, so its length is not known; otherwise the progress shows the time left.
            int? total = null;
            if (!paths.Contains(StandardInput))
            {
                var files = await inputs.ToListAsync(cancellationToken);
                total = files.Count;
                inputs = files.ToAsyncEnumerable();
            }
            var tally = new IndexTally();
            var progress = IndexProgress.For(error, total);
            var clock = Stopwatch.StartNew();
            try
            {
                await indexer.RunAsync(inputs, result =>
                {
                    tally.Count(result);
                    if (!result.Stored) progress.Problem($"newsbot index: {result.Reason}");
                    progress.Report(tally.Files, clock.Elapsed);
                }, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                progress.Problem("newsbot index: stopped; every article added so far is stored whole.");
            }
            progress.Done();
            output.WriteLine(tally.Summary(store.Location, clock.Elapsed, await StoredCount(store))); // Location: a database is named without its password
            return tally.Failed > 0 ? CliApp.Failure : CliApp.Success;
        }
    }

    /// <summary>Every path as <see cref="Expand"/> gives it, in order; for <see cref="StandardInput"/>, every line of <paramref name="input"/> the same way, read as they come.</summary>
    private static async IAsyncEnumerable<string> Inputs(string[] paths, TextReader input, TextWriter error, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            if (path != StandardInput)
            {
                foreach (var file in Expand(path, error)) yield return file;
                continue;
            }
            while (await input.ReadLineAsync(cancellationToken) is { } line)
                if (line.Trim() is { Length: > 0 } listed)
                    foreach (var file in Expand(listed, error)) yield return file;
        }
    }

    /// <summary>
    /// A folder as its article files, subfolders included, in ordinal path order; anything else as
    /// itself (a path that is no file is refused by the loader with a reason, and counted as failed).
    /// </summary>
    private static IEnumerable<string> Expand(string path, TextWriter error)
    {
        if (ArticleIntake.IsLink(path) || !Directory.Exists(path)) return [path];
        var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(NewsBot.Quotes.ArticleTypes.IsArticleFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (found.Count == 0) error.WriteLine($"newsbot index: {path} has no {string.Join(", ", NewsBot.Quotes.ArticleTypes.Extensions)} files");
        return found;
    }

    private static async Task<int?> StoredCount(IArticleStore store)
    {
        try
        {
            return await store.CountAsync();
        }
        catch (ArticleStoreException)
        {
            return null;
        }
    }

    private sealed class IndexTally
    {
        public int Files { get; set; }
        public int Added { get; set; }
        public int Duplicates { get; set; }
        public int Failed { get; set; }
        public int Quotes { get; set; }
        public int Speakers { get; set; }

        public void Count(IntakeResult result)
        {
            Files++;
            if (!result.Stored) Failed++;
            else if (!result.IsNew) Duplicates++;
            else
            {
                Added++;
                Quotes += result.QuoteCount;
                Speakers += result.Analysis?.Speakers.Count ?? 0;
            }
        }

        public string Summary(string storeFile, TimeSpan elapsed, int? stored) =>
            $"Indexed {Files} files into {storeFile} in {elapsed.TotalSeconds:0.0} s ({Files / Math.Max(elapsed.TotalSeconds, 0.001):0.0} articles/s): " +
            $"{Added} added, {Duplicates} duplicates, {Failed} failed; {Quotes} quotes and {Speakers} speakers added." +
            (stored is { } count ? $" The store holds {count} articles." : "");
    }
}
