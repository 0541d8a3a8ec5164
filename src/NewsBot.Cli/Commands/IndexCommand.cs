using System.CommandLine;
using System.Diagnostics;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Cli.Commands;

/// <summary>`newsbot index PATH... [--store FILE]`: analyses articles and adds them, with their quotes and speakers, to a store file.</summary>
public static class IndexCommand
{
    public const string DefaultStore = "newsbot.db";

    /// <summary>A progress line goes to stderr after every this many files.</summary>
    public const int ProgressEvery = 50;

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Article files (plain text or HTML), or folders: every .txt/.html/.htm file in them and their subfolders.",
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
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> Run(string[] paths, string storeFile, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        IArticleStore store;
        try
        {
            store = await ArticleStore.OpenAsync(storeFile, cancellationToken);
        }
        catch (ArticleStoreException e)
        {
            error.WriteLine($"newsbot index: {e.Message}");
            return CliApp.Failure;
        }
        await using (store)
        {
            var files = Expand(paths, error, out int missing).ToList();
            var tally = new IndexTally { Failed = missing };
            var clock = Stopwatch.StartNew();
            try
            {
                foreach (var file in files)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await IndexOne(store, file, tally, error, cancellationToken);
                    if (tally.Files % ProgressEvery == 0 && tally.Files < files.Count)
                        error.WriteLine($"newsbot index: {tally.Files}/{files.Count} files, {tally.Files / clock.Elapsed.TotalSeconds:0.0} articles/s");
                }
            }
            catch (OperationCanceledException)
            {
                error.WriteLine("newsbot index: stopped; every article added so far is stored whole.");
            }
            catch (ArticleStoreException e)
            {
                error.WriteLine($"newsbot index: {e.Message}");
                tally.Failed++;
            }
            output.WriteLine(tally.Summary(store.Location, clock.Elapsed, await StoredCount(store))); // Location: a database is named without its password
            return tally.Failed > 0 ? CliApp.Failure : CliApp.Success;
        }
    }

    private static async Task IndexOne(IArticleStore store, string file, IndexTally tally, TextWriter error, CancellationToken cancellationToken)
    {
        tally.Files++;
        var loaded = ArticleLoader.LoadFile(file);
        if (!loaded.Succeeded)
        {
            tally.Failed++;
            error.WriteLine($"newsbot index: {loaded.Error}");
            return;
        }
        ArticleQuotes analysed;
        try
        {
            analysed = QuoteEngine.Analyze(loaded.Article!);
        }
        catch (Exception e)
        {
            // An engine fault on one article must not stop the others; it is reported like a bad file.
            tally.Failed++;
            error.WriteLine($"newsbot index: {file}: the quote engine failed ({e.GetType().Name}: {e.Message})");
            return;
        }
        var added = await store.AddAsync(analysed, cancellationToken: cancellationToken);
        if (!added.IsNew)
        {
            tally.Duplicates++;
            return;
        }
        tally.Added++;
        tally.Quotes += analysed.Quotes.Count;
        tally.Speakers += analysed.Speakers.Count;
    }

    /// <summary>Files as given; folders as their article files, subfolders included, in ordinal path order. A path that is neither is reported and counted.</summary>
    private static IEnumerable<string> Expand(string[] paths, TextWriter error, out int missing)
    {
        var files = new List<string>();
        missing = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
                continue;
            }
            if (!Directory.Exists(path))
            {
                error.WriteLine($"newsbot index: {path} does not exist");
                missing++;
                continue;
            }
            var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => ArticleFiles.Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (found.Count == 0) error.WriteLine($"newsbot index: {path} has no .txt, .html or .htm files");
            files.AddRange(found);
        }
        return files;
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

        public string Summary(string storeFile, TimeSpan elapsed, int? stored) =>
            $"Indexed {Files} files into {storeFile} in {elapsed.TotalSeconds:0.0} s ({Files / Math.Max(elapsed.TotalSeconds, 0.001):0.0} articles/s): " +
            $"{Added} added, {Duplicates} duplicates, {Failed} failed; {Quotes} quotes and {Speakers} speakers added." +
            (stored is { } count ? $" The store holds {count} articles." : "");
    }
}
