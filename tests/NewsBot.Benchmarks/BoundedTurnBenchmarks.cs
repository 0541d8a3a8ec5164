using System.Text;
using BenchmarkDotNet.Attributes;
using NewsBot.Dialogs;
using NewsBot.Dialogs.Hosting;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Benchmarks;

/// <summary>
/// The worst turns one upload can make (issue 11): an article of many near-identical quotes
/// ("We will win the vote today," said Mega Speaker.), then questions that match every one of them.
/// A turn's work must grow at most n log n with the matching quotes and stay well under a second
/// at 20,000 of them. The article is analysed and its index made in GlobalSetup (as the first turn
/// after the upload makes it once), so each measurement is one turn over it.
/// </summary>
[MemoryDiagnoser]
public class BoundedTurnBenchmarks
{
    private InProcessBot _bot = null!;
    private ConversationRunner _chat = null!;

    [Params(5_000, 20_000)]
    public int Quotes { get; set; }

    [Params("who said we will win the vote?", "what did Mega Speaker say?", "who talked about the vote?", "did Mega Speaker say we will win the vote?", "who is quoted?", "where did he say it?")]
    public string Question { get; set; } = "";

    /// <summary>The upload: a headline and <paramref name="quotes"/> paragraphs of the same quote, each as issue 11 made it.</summary>
    public static string Article(int quotes)
    {
        var text = new StringBuilder("Mega Speaker rallies the hall\n\n");
        for (int i = 0; i < quotes; i++) text.Append("\u201cWe will win the vote today,\u201d said Mega Speaker.\n\n");
        return text.ToString();
    }

    [GlobalSetup]
    public void Setup()
    {
        var store = new MemoryArticleStore();
        store.AddAsync(QuoteEngine.AnalyzeText(Article(Quotes), "rally.txt")).GetAwaiter().GetResult();
        _bot = new InProcessBot(store);
        _chat = _bot.NewConversation("webchat");
        _chat.SendAsync("who said we will win").GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _bot.Dispose();

    [Benchmark]
    public string Turn() => _chat.SendAsync(Question).GetAwaiter().GetResult().Text;
}
