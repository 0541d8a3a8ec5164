using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Web.BotFramework;
using NewsBot.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsBot.Web.Tests;

/// <summary>
/// The soak test CI runs (eng/test.sh prints its summary): the real bot on loopback, 20 conversations
/// through /api/messages and 20 through the Direct Line, 30 turns each, all at once, within a minute.
/// Every turn must be answered (a 200, a reply, no error logged). Memory must hold steady: once the
/// Direct Line streams have reached their bound (by turn 20), the managed heap after a full
/// collection grows by less than 2 MB over the last ten turns of every conversation.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class SoakTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Conversations = 20;
    private const int Turns = 30;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(1);

    private static readonly string[] Questions =
    [
        "who was quoted?",
        "What did Tomas Reyes say?",
        "what else did he say?",
        "Who said \"every patch bought us a winter\"?",
        "who is Dana Whitcombe?",
        "how many quotes?",
        "What did the mayor say?",
        "more",
        "who talked about the storm wall?",
        "help",
    ];

    private ChannelRecorder _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelRecorder.StartAsync(keep: false);
    public async Task DisposeAsync() => await _channel.DisposeAsync();

    private sealed record Turn(string Door, double Milliseconds, string? Error);

    [Fact]
    public async Task Twenty_conversations_of_thirty_turns_on_each_door_are_all_answered_and_memory_holds_steady()
    {
        var errors = new ErrorLog();
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), LoadTests.Crowd(), services => services.AddSingleton<ILoggerProvider>(errors));
        using var http = host.Http();
        var emulators = Enumerable.Range(0, Conversations).Select(_ => new EmulatorClient(http, _channel)).ToList();
        var chats = Enumerable.Range(0, Conversations).Select(_ => new DirectLineClient(http)).ToList();
        var turns = new ConcurrentBag<Turn>();
        using var deadline = new CancellationTokenSource(Bound);
        var clock = Stopwatch.StartNew();

        foreach (var chat in chats) await chat.StartAsync();
        await RoundsAsync(emulators, chats, 0, 10, turns);
        var afterTen = LoadTests.Memory();
        await RoundsAsync(emulators, chats, 10, 20, turns);
        var afterTwenty = LoadTests.Memory();
        await RoundsAsync(emulators, chats, 20, Turns, turns);
        var afterThirty = LoadTests.Memory();
        var elapsed = clock.Elapsed;

        var failed = turns.Where(t => t.Error is not null).Select(t => $"{t.Door}: {t.Error}").Concat(errors.Errors).ToList();
        Report(turns, elapsed, afterTen, afterTwenty, afterThirty, failed.Count);
        Assert.False(deadline.IsCancellationRequested, $"the soak took {elapsed}, over its minute");
        Assert.Equal(2 * Conversations * Turns, turns.Count);
        Assert.Empty(failed);
        Assert.InRange(afterThirty.Heap - afterTwenty.Heap, long.MinValue, 2L * 1024 * 1024);
    }

    /// <summary>Turns <paramref name="from"/> to <paramref name="to"/> of every conversation, the conversations side by side.</summary>
    private async Task RoundsAsync(List<EmulatorClient> emulators, List<DirectLineClient> chats, int from, int to, ConcurrentBag<Turn> turns)
    {
        var all = emulators.Select((emulator, i) => Task.Run(async () =>
        {
            for (int turn = from; turn < to; turn++) turns.Add(await EmulatorTurnAsync(emulator, Questions[(turn + i) % Questions.Length]));
        })).Concat(chats.Select((chat, i) => Task.Run(async () =>
        {
            for (int turn = from; turn < to; turn++) turns.Add(await DirectLineTurnAsync(chat, Questions[(turn + i) % Questions.Length]));
        })));
        await Task.WhenAll(all);
    }

    private async Task<Turn> EmulatorTurnAsync(EmulatorClient emulator, string question)
    {
        var before = _channel.CountTo(emulator.ConversationId);
        var clock = Stopwatch.StartNew();
        using var response = await emulator.SayAsync(question);
        var milliseconds = clock.Elapsed.TotalMilliseconds;
        string? error = response.StatusCode != HttpStatusCode.OK ? $"{(int)response.StatusCode} for \"{question}\""
            : _channel.CountTo(emulator.ConversationId) == before ? $"no reply to \"{question}\""
            : null;
        return new Turn("api/messages", milliseconds, error);
    }

    private static async Task<Turn> DirectLineTurnAsync(DirectLineClient chat, string question)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var (id, _) = await chat.SayAsync(question);
            var activities = await chat.PollAsync();
            var milliseconds = clock.Elapsed.TotalMilliseconds;
            var replies = activities.Where(a => a.ReplyToId == id).ToList();
            string? error = replies.Count == 0 ? $"no reply to \"{question}\""
                : replies.Any(r => r.Text == TurnErrorReporter.UserMessage) ? $"an apology for \"{question}\""
                : null;
            return new Turn("directline", milliseconds, error);
        }
        catch (Exception e) when (e is HttpRequestException or Xunit.Sdk.XunitException)
        {
            return new Turn("directline", clock.Elapsed.TotalMilliseconds, $"\"{question}\": {e.Message}");
        }
    }

    private void Report(IReadOnlyCollection<Turn> turns, TimeSpan elapsed, (long Heap, long Resident) afterTen, (long Heap, long Resident) afterTwenty, (long Heap, long Resident) afterThirty, int errors)
    {
        static string Percentiles(IEnumerable<Turn> of)
        {
            var sorted = of.Select(t => t.Milliseconds).Order().ToList();
            double At(double q) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
            return string.Create(CultureInfo.InvariantCulture, $"p50 {At(0.50):0.0} ms, p99 {At(0.99):0.0} ms");
        }
        static string Mb(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"soak: {Conversations} conversations x {Turns} turns on /api/messages and on the Direct Line ({turns.Count} turns) in {elapsed.TotalSeconds:0.0} s, {errors} errors; " +
            $"all turns {Percentiles(turns)}; api/messages {Percentiles(turns.Where(t => t.Door == "api/messages"))}; directline (post + poll) {Percentiles(turns.Where(t => t.Door == "directline"))}; " +
            $"managed heap after turns 10/20/30: {Mb(afterTen.Heap)}/{Mb(afterTwenty.Heap)}/{Mb(afterThirty.Heap)} MB, resident {Mb(afterTen.Resident)}/{Mb(afterTwenty.Resident)}/{Mb(afterThirty.Resident)} MB");
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(Tools.ArtifactsFolder("soak"), "summary.txt"), text + "\n");
    }
}
