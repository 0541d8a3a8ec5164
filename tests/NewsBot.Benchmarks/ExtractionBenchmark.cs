using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NewsBot.Quotes;

namespace NewsBot.Benchmarks;

/// <summary>
/// The whole extraction path for every article of a corpus: bytes decoded, article read,
/// QuoteEngine.Analyze. One operation is the whole corpus; the MB/s and per-article columns
/// turn that into throughput and allocation per article. Runs pinned to one core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneCoreConfig))]
public class ExtractionBenchmark
{
    private IReadOnlyList<byte[]> _files = [];

    [Params(EvalCorpus.PolnearDev, EvalCorpus.Seed)]
    public string Corpus { get; set; } = EvalCorpus.PolnearDev;

    [GlobalSetup]
    public void ReadCorpus()
    {
        _files = EvalCorpus.Get(Corpus).Files;
        // On one core, tier-1 compilation runs in the time slices the measured loop leaves it: the
        // pilot and three warm-ups of --job short are over before it has caught up. A few seconds of
        // extraction first, unmeasured, let the measurement see the engine's optimised code.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(4)) ExtractAll();
    }

    [Benchmark]
    public int ExtractAll() => ExtractAll(_files);

    /// <summary>Bytes to quotes for every file: decoded, read, analysed; the number of quotes found.</summary>
    internal static int ExtractAll(IReadOnlyList<byte[]> files)
    {
        int quotes = 0;
        foreach (var bytes in files)
        {
            var loaded = ArticleLoader.FromString(TextDecoding.Decode(bytes), "benchmark");
            if (loaded.Article is not null) quotes += QuoteEngine.Analyze(loaded.Article).Quotes.Count;
        }
        return quotes;
    }

    private sealed class OneCoreConfig : ManualConfig
    {
        public OneCoreConfig()
        {
            // A mutator applies to every job, also one picked on the command line (--job short).
            // Pinned to one core, the runtime stretches tiered compilation's call-counting delay tenfold
            // (to a second) and restarts it whenever a method is jitted for the first time; the engine
            // meets new code paths in article after article, so within a whole benchmark run it never
            // left tier 0 (dev: 42 ms per corpus, against 12 ms once optimised). Counting calls at once
            // lets the warm-up reach the optimised code that a long-running extraction runs on.
            AddJob(Job.Default.WithAffinity(1)
                .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0"))
                .AsMutator());
            AddColumn(new CorpusThroughputColumn(), new AllocatedPerArticleColumn());
        }
    }
}
