using BenchmarkDotNet.Attributes;
using NewsBot.Store;

namespace NewsBot.Benchmarks;

/// <summary>
/// The article store over the PolNeAR train+dev corpus (924 texts), on each backend: adding every
/// analysed article to a fresh store (one operation = the whole corpus; extraction is not timed;
/// articles/s = 924 / mean), and one search (one operation = one query, cycling through 200 made
/// from real quotes and names). PostgreSQL: the server of NEWSBOT_BENCH_POSTGRES, by default the
/// one eng/setup/30-postgresql.sh sets up.
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmark
{
    [Params(BenchStoreLocation.Sqlite, BenchStoreLocation.Postgres)]
    public string Backend { get; set; } = BenchStoreLocation.Sqlite;

    private StoreCorpus _corpus = null!;
    private BenchStoreLocation _location = null!;
    private IArticleStore _store = null!;
    private IReadOnlyList<string> _quoteQueries = [];
    private IReadOnlyList<string> _speakerQueries = [];
    private IReadOnlyList<string> _speakerNames = [];
    private int _next;

    [GlobalSetup]
    public async Task Setup()
    {
        _corpus = StoreCorpus.Analyse();
        _location = await BenchStoreLocation.CreateAsync(Backend);
        _store = await ArticleStore.OpenAsync(_location.Location);
        await _corpus.AddAllAsync(_store);
        _quoteQueries = _corpus.QuoteQueries();
        _speakerQueries = _corpus.SpeakerQueries(prefixes: true);
        _speakerNames = _corpus.SpeakerQueries(prefixes: false);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _store.DisposeAsync();
        await _location.DisposeAsync();
    }

    [Benchmark]
    public async Task<int> AddCorpusToNewStore()
    {
        await using var location = await BenchStoreLocation.CreateAsync(Backend);
        await using var store = await ArticleStore.OpenAsync(location.Location);
        return await _corpus.AddAllAsync(store);
    }

    [Benchmark]
    public async Task<int> FindQuotes() => (await _store.FindQuotesAsync(NextOf(_quoteQueries), 20)).Count;

    [Benchmark]
    public async Task<int> FindSpeakers() => (await _store.FindSpeakersAsync(NextOf(_speakerQueries), 20)).Count;

    [Benchmark]
    public async Task<int> QuotesBySpeaker() => (await _store.QuotesBySpeakerAsync(NextOf(_speakerNames), 20)).Count;

    private string NextOf(IReadOnlyList<string> queries) => queries[_next++ % queries.Count];
}
