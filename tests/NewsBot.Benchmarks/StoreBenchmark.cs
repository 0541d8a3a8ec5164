using BenchmarkDotNet.Attributes;
using NewsBot.Store;

namespace NewsBot.Benchmarks;

/// <summary>
/// The article store over the PolNeAR train+dev corpus (924 texts): adding every analysed article
/// to a fresh store file (one operation = the whole corpus; extraction is not timed), and one
/// search (one operation = one query, cycling through 200 made from real quotes and names).
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmark
{
    private StoreCorpus _corpus = null!;
    private IArticleStore _store = null!;
    private IReadOnlyList<string> _quoteQueries = [];
    private IReadOnlyList<string> _speakerQueries = [];
    private IReadOnlyList<string> _speakerNames = [];
    private int _next;

    [GlobalSetup]
    public async Task Setup()
    {
        _corpus = StoreCorpus.Analyse();
        _store = await ArticleStore.OpenAsync(StoreCorpus.NewStoreFile());
        await _corpus.AddAllAsync(_store);
        _quoteQueries = _corpus.QuoteQueries();
        _speakerQueries = _corpus.SpeakerQueries(prefixes: true);
        _speakerNames = _corpus.SpeakerQueries(prefixes: false);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        var file = _store.Location;
        await _store.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Benchmark]
    public async Task<int> AddCorpusToNewStore()
    {
        var file = StoreCorpus.NewStoreFile();
        try
        {
            await using var store = await ArticleStore.OpenAsync(file);
            return await _corpus.AddAllAsync(store);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Benchmark]
    public async Task<int> FindQuotes() => (await _store.FindQuotesAsync(NextOf(_quoteQueries), 20)).Count;

    [Benchmark]
    public async Task<int> FindSpeakers() => (await _store.FindSpeakersAsync(NextOf(_speakerQueries), 20)).Count;

    [Benchmark]
    public async Task<int> QuotesBySpeaker() => (await _store.QuotesBySpeakerAsync(NextOf(_speakerNames), 20)).Count;

    private string NextOf(IReadOnlyList<string> queries) => queries[_next++ % queries.Count];
}
