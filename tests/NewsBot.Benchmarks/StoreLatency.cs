using System.Diagnostics;
using NewsBot.Store;

namespace NewsBot.Benchmarks;

/// <summary>
/// Indexing throughput and per-query latency of the store, which BenchmarkDotNet's per-operation
/// means hide, on one backend (sqlite, the default, or postgres): builds a store from the corpus one
/// article at a time, then another with four callers adding at once, then times each of 200
/// queries of each kind on its own (after one warm-up pass) and prints p50, p99 and the slowest.
///   dotnet run -c Release --project tests/NewsBot.Benchmarks -- store-latency [sqlite|postgres]
/// </summary>
public static class StoreLatency
{
    public static async Task RunAsync(TextWriter output, string backend = BenchStoreLocation.Sqlite)
    {
        var corpus = StoreCorpus.Analyse();
        await using (var parallel = await BenchStoreLocation.CreateAsync(backend))
        await using (var store = await ArticleStore.OpenAsync(parallel.Location))
        {
            var clock = Stopwatch.StartNew();
            int added = await corpus.AddAllAsync(store, callers: 4);
            output.WriteLine($"{backend}: stored {added} of {corpus.Articles.Count} articles with 4 callers at once in {clock.Elapsed.TotalSeconds:0.00} s ({corpus.Articles.Count / clock.Elapsed.TotalSeconds:0} articles/s)");
        }
        await using var location = await BenchStoreLocation.CreateAsync(backend);
        await using (var store = await ArticleStore.OpenAsync(location.Location))
        {
            var clock = Stopwatch.StartNew();
            int added = await corpus.AddAllAsync(store);
            var seconds = clock.Elapsed.TotalSeconds;
            var size = File.Exists(location.Location) ? $"; store file {new FileInfo(location.Location).Length / 1048576.0:0.0} MB" : "";
            output.WriteLine($"{backend}: stored {added} of {corpus.Articles.Count} articles one at a time in {seconds:0.00} s ({corpus.Articles.Count / seconds:0} articles/s){size}");
            await ScaleLatency.Report(output, "FindQuotes", corpus.QuoteQueries(), async q => (await store.FindQuotesAsync(q, 20)).Count);
            await ScaleLatency.Report(output, "FindSpeakers", corpus.SpeakerQueries(prefixes: true), async q => (await store.FindSpeakersAsync(q, 20)).Count);
            await ScaleLatency.Report(output, "QuotesBySpeaker", corpus.SpeakerQueries(prefixes: false), async q => (await store.QuotesBySpeakerAsync(q, 20)).Count);
        }
    }
}
