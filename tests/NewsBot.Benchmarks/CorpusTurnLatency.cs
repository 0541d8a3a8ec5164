using System.Diagnostics;
using NewsBot.Dialogs;
using NewsBot.Store;

namespace NewsBot.Benchmarks;

/// <summary>
/// Per-turn latency of the bot answering over a large store, in process, through the whole turn
/// (activity in, state loaded and saved, reply out): "who said ...?" with words of quotes the
/// store holds and "what did NAME say?" with its speakers' names, each in a new conversation, then
/// "what did NAME say?" followed by "more", then who-said from several conversations at once; prints p50,
/// p99, the slowest and the mean CPU time per kind. "First reads" are the first time each article is read
/// in the process; the code itself is warmed first on other questions, because the first turns after
/// start-up are start-up time (measured with the web host, see the README), not answer latency.
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
                questions = await ScaleQuestions.SampleAsync(store, ScaleLatency.QuestionCount + WarmUpQuestions);
                output.WriteLine($"{await store.CountAsync():N0} articles, through the bot:");
            }
            var opening = Stopwatch.StartNew();
            using var bot = new InProcessBot(new NewsBotOptions { Store = file });
            await bot.NewConversation().SendAsync("who was quoted?");
            output.WriteLine($"  store opened and a first answer in {opening.Elapsed.TotalMilliseconds:0} ms (code already loaded; `newsbot ask --store` times a whole process)");
            var whoSaid = questions.Fragments.Select(f => $"who said {f}?").ToList();
            var whatSaid = questions.Names.Select(n => $"what did {n} say?").ToList();
            await WarmUpAsync(output, bot, whoSaid.Skip(ScaleLatency.QuestionCount).ToList(), whatSaid.Skip(ScaleLatency.QuestionCount).ToList());
            whoSaid = whoSaid.Take(ScaleLatency.QuestionCount).ToList();
            whatSaid = whatSaid.Take(ScaleLatency.QuestionCount).ToList();
            await Report(output, bot, "who said ...? (first pass)", whoSaid);
            await Report(output, bot, "who said ...?", whoSaid);
            await Report(output, bot, "what did X say? (first pass)", whatSaid);
            await Report(output, bot, "what did X say?", whatSaid);
            await Report(output, bot, "what did X say? then more", whatSaid, then: "more");
            await ReportTogether(output, bot, $"who said ...? {Together} at once", whoSaid);
            foreach (var kind in new[] { "who-said", "what-said" })
                await Report(output, bot, $"dev {kind} as people ask", DevQuestions(kind));
            using var process = Process.GetCurrentProcess();
            output.WriteLine($"  memory: RSS {process.WorkingSet64 / 1048576.0:0} MB now, {process.PeakWorkingSet64 / 1048576.0:0} MB at most; managed heap {GC.GetTotalMemory(false) / 1048576.0:0} MB, {GC.GetTotalMemory(true) / 1048576.0:0} MB live");
        }
    }

    /// <summary>
    /// The questions of ../shared/eval/polnear-dev-questions.jsonl, written as people ask (parts of
    /// quotes, paraphrases, names with roles, several names): the sampled fragments above are verbatim,
    /// so these are the ones that reach the looser searches.
    /// </summary>
    private static List<string> DevQuestions(string kind) =>
        File.ReadLines(Path.Combine(NewsBot.Testing.SharedEval.Folder, "polnear-dev-questions.jsonl"))
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .Where(question => question.GetProperty("kind").GetString() == kind)
            .Select(question => question.GetProperty("turns")[0].GetProperty("ask").GetString()!)
            .ToList();

    /// <summary>Questions of each kind kept for warming up (never measured), asked <see cref="WarmUpRound"/> of each at a time.</summary>
    private const int WarmUpQuestions = 100;
    private const int WarmUpRound = 20;

    /// <summary>
    /// Rounds of other questions until the runtime is done compiling (a round compiles fewer than 20 methods), so
    /// that first reads measure reading articles, not the JIT: after one round of 20 questions of each kind, tiered
    /// compilation was still a fifth of the process's CPU through the first measured pass.
    /// </summary>
    private static async Task WarmUpAsync(TextWriter output, InProcessBot bot, IReadOnlyList<string> whoSaid, IReadOnlyList<string> whatSaid)
    {
        int rounds = 0;
        for (int start = 0; start < Math.Min(whoSaid.Count, whatSaid.Count); start += WarmUpRound)
        {
            long compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            foreach (var question in whoSaid.Skip(start).Take(WarmUpRound).Concat(whatSaid.Skip(start).Take(WarmUpRound)))
                await bot.NewConversation().SendAsync(question);
            rounds++;
            if (System.Runtime.JitInfo.GetCompiledMethodCount() - compiled < WarmUpRound) break;
        }
        output.WriteLine($"  (warmed up with {rounds} rounds of {WarmUpRound} questions of each kind, {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods compiled)");
    }
    private const int Together = 4;

    /// <summary>The questions asked from <see cref="Together"/> conversations at the same time: each turn's latency, and turns per second.</summary>
    private static async Task ReportTogether(TextWriter output, InProcessBot bot, string name, IReadOnlyList<string> questions)
    {
        var times = new System.Collections.Concurrent.ConcurrentBag<double>();
        int next = -1;
        var all = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Together).Select(_ => Task.Run(async () =>
        {
            var chat = bot.NewConversation();
            for (int i = Interlocked.Increment(ref next); i < questions.Count; i = Interlocked.Increment(ref next))
            {
                var clock = Stopwatch.StartNew();
                await chat.SendAsync(questions[i]);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        })));
        var sorted = times.Order().ToList();
        output.WriteLine($"  {name,-30} {sorted.Count} turns: p50 {Percentile(sorted, 0.50):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms, {sorted.Count / all.Elapsed.TotalSeconds:0} turns/s");
    }

    private static async Task Report(TextWriter output, InProcessBot bot, string name, IReadOnlyList<string> questions, string? then = null)
    {
        var times = new List<double>();
        var slowest = new List<(double Ms, string Question)>();
        int answered = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var gc = GcCounts.Now();
        foreach (var question in questions)
        {
            var chat = bot.NewConversation();
            var clock = Stopwatch.StartNew();
            var reply = await chat.SendAsync(question);
            times.Add(clock.Elapsed.TotalMilliseconds);
            slowest.Add((clock.Elapsed.TotalMilliseconds, question));
            if (!reply.Text.Contains("couldn't find", StringComparison.Ordinal) && !reply.Text.Contains("No one named", StringComparison.Ordinal)) answered++;
            if (then is null) continue;
            clock.Restart();
            await chat.SendAsync(then);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        // CPU time per turn as well: on a shared machine the clock also counts time spent waiting for a core.
        var cpuPerTurn = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / times.Count;
        times.Sort();
        output.WriteLine($"  {name,-30} {times.Count} turns, {answered} of {questions.Count} answered: p50 {Percentile(times, 0.50):0.0} ms, p99 {Percentile(times, 0.99):0.0} ms, max {times[^1]:0.0} ms, CPU {cpuPerTurn:0.0} ms/turn, {GcCounts.Now().Since(gc, times.Count)}");
        // Which questions make the tail, so a p99 can be traced to the speaker or words behind it.
        output.WriteLine($"  {"",-30} slowest: {string.Join("; ", slowest.OrderByDescending(s => s.Ms).Take(3).Select(s => $"{s.Question} {s.Ms:0} ms"))}");
    }

    /// <summary>The collector's work so far: a turn's tail is often a collection's pause, and the allocations per turn say how often one comes.</summary>
    private sealed record GcCounts(long Allocated, int Young, int Older, TimeSpan Paused)
    {
        public static GcCounts Now() => new(GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.GetTotalPauseDuration());

        public string Since(GcCounts before, int turns) =>
            $"{(Allocated - before.Allocated) / 1024.0 / turns:0} KB/turn, GC {Young - before.Young} collections ({Older - before.Older} of gen1+) paused {(Paused - before.Paused).TotalMilliseconds:0} ms";
    }

    private static double Percentile(List<double> sorted, double fraction) => sorted[(int)Math.Ceiling(fraction * sorted.Count) - 1];
}
