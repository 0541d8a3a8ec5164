using System.Diagnostics;
using NewsBot.Dialogs;
using NewsBot.Store;

namespace NewsBot.Benchmarks;

/// <summary>
/// Per-turn latency of the bot answering over a large store, in process, through the whole turn
/// (activity in, state loaded and saved, reply out): "who said ...?" with words of quotes the
/// store holds and "what did NAME say?" with its speakers' names, each in a new conversation, then
/// "what did NAME say?" followed by "more"; prints p50, p99, the slowest and the mean CPU time per kind.
///   dotnet run -c Release --project tests/NewsBot.Benchmarks -- corpus-latency [1000,10000,100000]
/// The stores are those of <see cref="ScaleCorpus"/> (built when missing, then reused).
/// </summary>
public static class CorpusTurnLatency
{
    public static async Task RunAsync(IReadOnlyList<int> sizes, TextWriter output)
    {
        await ScaleCorpus.EnsureAsync(sizes, output);
        foreach (int size in sizes)
        {
            var file = ScaleCorpus.StoreFile(size);
            ScaleQuestions questions;
            await using (var store = await ArticleStore.OpenAsync(file))
            {
                questions = await ScaleQuestions.SampleAsync(store, ScaleLatency.QuestionCount);
                output.WriteLine($"{await store.CountAsync():N0} articles, through the bot:");
            }
            using var bot = new InProcessBot(new NewsBotOptions { Store = file });
            var whoSaid = questions.Fragments.Select(f => $"who said {f}?").ToList();
            var whatSaid = questions.Names.Select(n => $"what did {n} say?").ToList();
            await Report(output, bot, "who said ...? (first pass)", whoSaid);
            await Report(output, bot, "who said ...?", whoSaid);
            await Report(output, bot, "what did X say? (first pass)", whatSaid);
            await Report(output, bot, "what did X say?", whatSaid);
            await Report(output, bot, "what did X say? then more", whatSaid, then: "more");
        }
    }

    private static async Task Report(TextWriter output, InProcessBot bot, string name, IReadOnlyList<string> questions, string? then = null)
    {
        var times = new List<double>();
        int answered = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var question in questions)
        {
            var chat = bot.NewConversation();
            var clock = Stopwatch.StartNew();
            var reply = await chat.SendAsync(question);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (!reply.Text.Contains("couldn't find", StringComparison.Ordinal) && !reply.Text.Contains("No one named", StringComparison.Ordinal)) answered++;
            if (then is null) continue;
            clock.Restart();
            await chat.SendAsync(then);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        // CPU time per turn as well: on a shared machine the clock also counts time spent waiting for a core.
        var cpuPerTurn = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / times.Count;
        times.Sort();
        output.WriteLine($"  {name,-30} {times.Count} turns, {answered} of {questions.Count} answered: p50 {Percentile(times, 0.50):0.0} ms, p99 {Percentile(times, 0.99):0.0} ms, max {times[^1]:0.0} ms, CPU {cpuPerTurn:0.0} ms/turn");
    }

    private static double Percentile(List<double> sorted, double fraction) => sorted[(int)Math.Ceiling(fraction * sorted.Count) - 1];
}
