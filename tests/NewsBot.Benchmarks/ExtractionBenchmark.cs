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
    public void ReadCorpus() => _files = EvalCorpus.Get(Corpus).Files;

    [Benchmark]
    public int ExtractAll()
    {
        int quotes = 0;
        foreach (var bytes in _files)
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
            AddJob(Job.Default.WithAffinity(1).AsMutator());
            AddColumn(new CorpusThroughputColumn(), new AllocatedPerArticleColumn());
        }
    }
}
