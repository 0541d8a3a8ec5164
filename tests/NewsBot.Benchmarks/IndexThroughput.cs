using System.Diagnostics;
using NewsBot.Ingest;
using NewsBot.Quotes;
using NewsBot.Store;
using NewsBot.Testing;

namespace NewsBot.Benchmarks;

/// <summary>
/// How fast a folder of PolNeAR-sized articles goes into a store, as `newsbot index` does it
/// (<see cref="ArticleBatchIndexer"/>: read and analysed on every core, a batch per transaction),
/// and what each part costs: reading and analysing alone on every core, and storing alone (already
/// analysed articles, one thread). The articles are the PolNeAR train and dev texts, each in as
/// many editions (a line added) as it takes; written to a temporary folder first, not timed.
///   DOTNET_TieredPGO=0 dotnet run -c Release --project tests/NewsBot.Benchmarks -- index-throughput [sqlite|postgres] [ARTICLES]
/// </summary>
public static class IndexThroughput
{
    public static async Task RunAsync(TextWriter output, string backend, int articles)
    {
        var folder = Directory.CreateTempSubdirectory("newsbot-index-");
        try
        {
            var files = WriteEditions(folder.FullName, articles);
            output.WriteLine($"{articles:N0} articles, {files.Sum(f => new FileInfo(f).Length) / articles / 1024.0:0.0} KB each on average, {Environment.ProcessorCount} cores, {backend}, {PgoState()}:");
            await WarmUpAsync(output, backend, files);

            await using (var location = await BenchStoreLocation.CreateAsync(backend))
            {
                var (seconds, cpu) = await IndexAsync(location.Location, files);
                var size = File.Exists(location.Location) ? $", store file {new FileInfo(location.Location).Length / (double)articles / 1024:0.0} KB per article" : "";
                output.WriteLine($"  index (read, analyse, store)   {articles / seconds,8:0} articles/s  ({seconds:0.00} s, CPU {cpu / articles * 1000:0.00} ms per article{size})");
            }

            var analysed = new List<ArticleToAdd>(articles);
            var (analyseSeconds, analyseCpu) = await Timed(() => BatchPipeline.RunAsync(files.ToAsyncEnumerable(),
                (file, _) =>
                {
                    var loaded = ArticleLoader.LoadFile(file);
                    return Task.FromResult(new ArticleToAdd(QuoteEngine.Analyze(loaded.Article!), loaded.Published));
                },
                (batch, _) =>
                {
                    analysed.AddRange(batch);
                    return Task.FromResult(true);
                }, new PipelineOptions(), CancellationToken.None));
            output.WriteLine($"  read and analyse alone         {articles / analyseSeconds,8:0} articles/s  (CPU {analyseCpu / articles * 1000:0.00} ms per article)");

            await using (var location = await BenchStoreLocation.CreateAsync(backend))
            await using (var store = (IArchiveStore)await ArticleStore.OpenAsync(location.Location))
            {
                var (seconds, cpu) = await Timed(async () =>
                {
                    foreach (var batch in analysed.Chunk(new PipelineOptions().BatchSize)) await store.AddManyAsync(batch);
                });
                output.WriteLine($"  store alone, batches of {new PipelineOptions().BatchSize}    {articles / seconds,8:0} articles/s  (CPU of this process {cpu / articles * 1000:0.00} ms per article)");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Unmeasured passes over a few hundred articles until the runtime is done compiling, so the measured runs use
    /// the engine's optimised code as a long run does: one pass is not enough, as tiered compilation recompiles the
    /// hot code in the background for seconds (a quarter of the CPU of a 10,000-article run measured straight after one pass).
    /// </summary>
    private static async Task WarmUpAsync(TextWriter output, string backend, IReadOnlyList<string> files)
    {
        const int PassSize = 500, MostPasses = 8, QuietPass = 20;
        for (int pass = 1; pass <= MostPasses; pass++)
        {
            long compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            await using (var warm = await BenchStoreLocation.CreateAsync(backend)) await IndexAsync(warm.Location, files.Take(PassSize).ToList());
            long more = System.Runtime.JitInfo.GetCompiledMethodCount() - compiled;
            if (more < QuietPass || pass == MostPasses)
            {
                output.WriteLine($"  (warmed up in {pass} passes of {PassSize}; {more} methods compiled in the last)");
                return;
            }
        }
    }

    private static async Task<(double Seconds, double CpuSeconds)> IndexAsync(string location, IReadOnlyList<string> files)
    {
        await using var store = await ArticleStore.OpenAsync(location);
        using var fetcher = new LinkFetcher();
        int failed = 0;
        var timed = await Timed(() => new ArticleBatchIndexer(new ArticleIntake(store, fetcher)).RunAsync(files, result => { if (!result.Stored) failed++; }));
        if (failed > 0) throw new InvalidOperationException($"{failed} articles were not stored.");
        return timed;
    }

    /// <summary>
    /// The `newsbot` command runs without tiered PGO; with it (this project's default) the runtime keeps recompiling
    /// through every warm-up pass, and the JIT took a fifth of a measured run's CPU.
    /// </summary>
    private static string PgoState() =>
        Environment.GetEnvironmentVariable("DOTNET_TieredPGO") == "0" || AppContext.TryGetSwitch("System.Runtime.TieredPGO", out bool on) && !on
            ? "tiered PGO off, as the newsbot command runs"
            : "tiered PGO on (the newsbot command runs without it: set DOTNET_TieredPGO=0 to measure as it runs)";

    private static async Task<(double Seconds, double CpuSeconds)> Timed(Func<Task> run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await run();
        return (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>The train and dev texts (each once), in editions: edition k adds the line "Edition k." so each is a new text.</summary>
    private static List<string> WriteEditions(string folder, int count)
    {
        var texts = new[] { "polnear-train", "polnear-dev" }
            .SelectMany(set => Directory.GetFiles(Path.Combine(SharedEval.Folder, set, "text"), "*.txt").Order(StringComparer.Ordinal))
            .Select(File.ReadAllText).Distinct().ToList();
        return Enumerable.Range(0, count).Select(i =>
        {
            var file = Path.Combine(folder, $"{i:0000000}.txt");
            File.WriteAllText(file, texts[i % texts.Count] + $"\n\nEdition {i / texts.Count}.\n");
            return file;
        }).ToList();
    }
}
