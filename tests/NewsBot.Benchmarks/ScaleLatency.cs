using System.Diagnostics;
using NewsBot.Store;

namespace NewsBot.Benchmarks;

/// <summary>
/// Answer latency over large corpora: builds (or reuses) stores of 1,000, 10,000 and 100,000
/// articles with <see cref="ScaleCorpus"/>, then times the questions one by one and prints p50/p99.
///   dotnet run -c Release --project tests/NewsBot.Benchmarks -- scale [1000,10000,100000]
/// </summary>
public static class ScaleLatency
{
    public const int QuestionCount = 300;

    /// <summary>How many of each kind's slowest questions are printed: what makes the p99.</summary>
    private const int SlowestShown = 4;

    public static async Task RunAsync(IReadOnlyList<int> sizes, TextWriter output, string backend = BenchStoreLocation.Sqlite)
    {
        await ScaleCorpus.EnsureAsync(sizes, output, backend);
        foreach (int size in sizes)
        {
            var location = await ScaleCorpus.LocationAsync(size, backend);
            await using var store = await ArticleStore.OpenAsync(location);
            var questions = await ScaleQuestions.SampleAsync(store, QuestionCount);
            var file = File.Exists(location) ? new FileInfo(location).Length : 0;
            output.WriteLine($"{await store.CountAsync():N0} articles ({(file > 0 ? $"{file / 1048576.0:0} MB, {file / 1024.0 / size:0.0} KB per article" : store.Location)}):");
            await Report(output, "store: quotes with words", questions.Fragments, async q => (await store.FindQuotesAsync(q, 20)).Count);
            await Report(output, "store: quotes with some of the words", questions.Loose, async q => (await store.FindQuotesAsync(q, 20)).Count);
            await Report(output, "store: quotes by name", questions.Names, async q => (await store.QuotesBySpeakerAsync(q, 20)).Count);
        }
    }

    public static async Task Report(TextWriter output, string name, IReadOnlyList<string> questions, Func<string, Task<int>> ask)
    {
        foreach (var question in questions.Take(20)) await ask(question);
        var timed = new List<(string Question, double Ms)>();
        int answered = 0;
        foreach (var question in questions)
        {
            var clock = Stopwatch.StartNew();
            if (await ask(question) > 0) answered++;
            timed.Add((question, clock.Elapsed.TotalMilliseconds));
        }
        var times = timed.Select(t => t.Ms).Order().ToList();
        output.WriteLine($"  {name,-34} {questions.Count} asked, {answered} found: p50 {Percentile(times, 0.50):0.00} ms, p99 {Percentile(times, 0.99):0.00} ms, max {times[^1]:0.00} ms");
        output.WriteLine($"    slowest: {string.Join("; ", timed.OrderByDescending(t => t.Ms).Take(SlowestShown).Select(t => $"{t.Ms:0} ms '{t.Question}'"))}");
    }

    private static double Percentile(List<double> sorted, double fraction) => sorted[(int)Math.Ceiling(fraction * sorted.Count) - 1];
}

/// <summary>
/// Questions drawn from what a store really holds: words from its quotes, and the names of its
/// speakers; and, for the loosest search (quotes with any of the words, best first), two content
/// words each of two quotes, which seldom share a quote.
/// </summary>
public sealed record ScaleQuestions(IReadOnlyList<string> Fragments, IReadOnlyList<string> Names)
{
    public IReadOnlyList<string> Loose => Fragments.Select((fragment, i) =>
        string.Join(' ', FtsQuery.ContentWords(fragment).Take(2).Concat(FtsQuery.ContentWords(Fragments[(i + 7) % Fragments.Count]).Take(2)))).ToList();

    public static async Task<ScaleQuestions> SampleAsync(IArticleStore store, int count)
    {
        int articles = await store.CountAsync();
        var random = new Random(7);
        var fragments = new List<string>();
        var names = new List<string>();
        while (fragments.Count < count || names.Count < count)
        {
            var article = await store.GetAsync(random.Next(1, articles + 1));
            if (article is null) continue;
            var quote = article.Quotes.Where(q => q.SpeakerId is not null).OrderBy(_ => random.Next()).FirstOrDefault();
            if (quote is null) continue;
            var words = FtsQuery.Words(quote.Text);
            if (fragments.Count < count && words.Count >= 6)
                fragments.Add(string.Join(' ', words.Skip(random.Next(words.Count - 4)).Take(4)));
            var speaker = article.SpeakerOf(quote);
            if (names.Count < count && speaker is { Kind: Quotes.SpeakerKind.Person })
                names.Add(random.Next(2) == 0 ? speaker.Name : speaker.Name.Split(' ')[^1]);
        }
        return new ScaleQuestions(fragments, names);
    }
}
