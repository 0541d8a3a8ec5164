using System.Diagnostics;
using NewsBot.Dialogs;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Benchmarks;

/// <summary>
/// Per-turn latency of the bot answering over a large store, in process: "who said ...?" with words
/// of real quotes and "what did NAME say?" with real speakers' surnames, each in a new conversation,
/// then "more" after the what-did questions; prints p50, p99 and the slowest per kind.
///   dotnet run -c Release --project tests/NewsBot.Benchmarks -- corpus-latency [STORE_FILE] [ARTICLES]
/// With no store file (or a missing one), builds one of ARTICLES (default 100000) articles: the
/// PolNeAR train and dev articles analysed once, then stored again and again as dated variants
/// (each with a line of its own appended, so every text is new).
/// </summary>
public static class CorpusTurnLatency
{
    private const int Questions = 200;

    public static async Task RunAsync(TextWriter output, string? storeFile, int articles)
    {
        var corpus = StoreCorpus.Analyse();
        var file = storeFile ?? StoreCorpus.NewStoreFile();
        if (!File.Exists(file)) await BuildAsync(output, corpus, file, articles);
        using var bot = new InProcessBot(new NewsBotOptions { Store = file });
        output.WriteLine($"Store {file}: {await CountAsync(file)} articles");

        var random = new Random(7);
        var quotes = corpus.Articles.SelectMany(a => a.Quotes).Where(q => FtsQuery.Words(q.Text).Count >= 8).ToList();
        var whoSaid = Enumerable.Range(0, Questions).Select(_ =>
        {
            var words = FtsQuery.Words(quotes[random.Next(quotes.Count)].Text);
            int start = random.Next(Math.Max(1, words.Count - 6));
            return $"who said {string.Join(' ', words.Skip(start).Take(6))}?";
        }).ToList();
        var names = corpus.Articles.SelectMany(a => a.QuotedSpeakers).Where(s => s.Kind == SpeakerKind.Person)
            .Select(s => s.Name.Split(' ')[^1]).Distinct().ToList();
        var whatSaid = Enumerable.Range(0, Questions).Select(_ => $"what did {names[random.Next(names.Count)]} say?").ToList();

        await Report(output, bot, "who said (first pass)", whoSaid, more: false);
        await Report(output, bot, "who said", whoSaid, more: false);
        await Report(output, bot, "what did X say (first pass)", whatSaid, more: false);
        await Report(output, bot, "what did X say", whatSaid, more: false);
        await Report(output, bot, "what did X say + more", whatSaid, more: true);
    }

    private static async Task<int> CountAsync(string file)
    {
        await using var store = await ArticleStore.OpenAsync(file);
        return await store.CountAsync();
    }

    private static async Task BuildAsync(TextWriter output, StoreCorpus corpus, string file, int articles)
    {
        var clock = Stopwatch.StartNew();
        await using var store = await ArticleStore.OpenAsync(file);
        var day = new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < articles; i++)
        {
            var original = corpus.Articles[i % corpus.Articles.Count];
            int variant = i / corpus.Articles.Count;
            var analysed = variant == 0 ? original : original with
            {
                Article = Article.FromText(original.Article.Text + $"\n\nUpdate {variant}: this story was revised.\n", original.Article.Source, original.Article.Title),
            };
            await store.AddAsync(analysed, day.AddHours(i));
            if ((i + 1) % 10000 == 0) output.WriteLine($"  {i + 1} articles stored ({clock.Elapsed.TotalSeconds:0} s)");
        }
        output.WriteLine($"Built {file}: {articles} articles in {clock.Elapsed.TotalSeconds:0} s, {new FileInfo(file).Length / 1048576.0:0} MB");
    }

    private static async Task Report(TextWriter output, InProcessBot bot, string name, IReadOnlyList<string> questions, bool more)
    {
        var times = new List<double>();
        int answered = 0;
        foreach (var question in questions)
        {
            var chat = bot.NewConversation();
            var clock = Stopwatch.StartNew();
            var reply = await chat.SendAsync(question);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (!reply.Text.Contains("couldn't find", StringComparison.Ordinal) && !reply.Text.Contains("No one named", StringComparison.Ordinal)) answered++;
            if (!more) continue;
            clock.Restart();
            await chat.SendAsync("more");
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        output.WriteLine($"{name,-28} {times.Count} turns, {answered} answered: p50 {Percentile(times, 0.50):0.0} ms, p99 {Percentile(times, 0.99):0.0} ms, max {times[^1]:0.0} ms");
    }

    private static double Percentile(List<double> sorted, double fraction) => sorted[(int)Math.Ceiling(fraction * sorted.Count) - 1];
}
