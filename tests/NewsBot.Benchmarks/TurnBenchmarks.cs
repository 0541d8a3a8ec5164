using BenchmarkDotNet.Attributes;
using NewsBot.Dialogs;
using NewsBot.Dialogs.Hosting;

namespace NewsBot.Benchmarks;

/// <summary>
/// One bot turn in process (activity in, state loaded and saved, answer and card rendered) over
/// the bundled seed article, for the kinds of question users ask most.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private InProcessBot _bot = null!;
    private ConversationRunner _chat = null!;

    [Params("Who said China would not add oil to the fire?", "what did zelenskyy tweet", "Who is quoted in this article?", "What else did she say?")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _bot = new InProcessBot(NewsBotOptions.WithSeeds());
        _chat = _bot.NewConversation("webchat");
        _chat.SendAsync("What did Hua Chunying say?").GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _bot.Dispose();

    [Benchmark]
    public string Turn() => _chat.SendAsync(Question).GetAwaiter().GetResult().Text;
}
