using System.Diagnostics;
using NewsBot.Store;

namespace NewsBot.Benchmarks;

/// <summary>
/// Per-query latency of the store's searches, which BenchmarkDotNet's per-operation means hide:
/// builds a store from the corpus, then times each of 200 queries of each kind on its own
/// (after one warm-up pass) and prints p50, p99 and the slowest.
///   dotnet run -c Release --project tests/NewsBot.Benchmarks -- store-latency
/// </summary>
public static class StoreLatency
{
    public static async Task RunAsync(TextWriter output)
    {
        var corpus = StoreCorpus.Analyse();
        var file = StoreCorpus.NewStoreFile();
        try
        {
            await using var store = await ArticleStore.OpenAsync(file);
            var clock = Stopwatch.StartNew();
            int added = await corpus.AddAllAsync(store);
            var seconds = clock.Elapsed.TotalSeconds;
            output.WriteLine($"Stored {added} of {corpus.Articles.Count} analysed articles in {seconds:0.00} s ({corpus.Articles.Count / seconds:0} articles/s); store file {new FileInfo(file).Length / 1048576.0:0.0} MB");
            var quotes = corpus.QuoteQueries();
            await Report(output, "FindQuotes", quotes, async q => (await store.FindQuotesAsync(q, 20)).Count);
            await Report(output, "FindSpeakers", corpus.SpeakerQueries(prefixes: true), async q => (await store.FindSpeakersAsync(q, 20)).Count);
            await Report(output, "QuotesBySpeaker", corpus.SpeakerQueries(prefixes: false), async q => (await store.QuotesBySpeakerAsync(q, 20)).Count);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    private static async Task Report(TextWriter output, string name, IReadOnlyList<string> queries, Func<string, Task<int>> search)
    {
        foreach (var query in queries) await search(query);
        var times = new List<double>();
        int found = 0;
        foreach (var query in queries)
        {
            var clock = Stopwatch.StartNew();
            if (await search(query) > 0) found++;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        output.WriteLine($"{name,-16} {queries.Count} queries, {found} with hits: p50 {Percentile(times, 0.50):0.000} ms, p99 {Percentile(times, 0.99):0.000} ms, max {times[^1]:0.000} ms");
    }

    private static double Percentile(List<double> sorted, double fraction) => sorted[(int)Math.Ceiling(fraction * sorted.Count) - 1];
}
