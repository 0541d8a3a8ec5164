using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.State;
using NewsBot.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsBot.Web.Tests;

/// <summary>Tests that measure the process: they run alone, after the others, so no other host shares the memory they read.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "Load";
}

/// <summary>
/// The real bot under load on loopback. Memory is read from the managed heap after a full
/// collection (what the host keeps) and from the process's resident set (what the machine pays).
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class LoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long StateBound = 1L * 1024 * 1024;

    private ChannelRecorder _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelRecorder.StartAsync(keep: false);
    public async Task DisposeAsync() => await _channel.DisposeAsync();

    /// <summary>Limits raised so that one test client may act as a crowd (the soak's forty users, thousands of conversations).</summary>
    public static Dictionary<string, string?> Crowd(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RateLimits:Posts:PerMinute"] = "1000000",
            ["RateLimits:Posts:Burst"] = "100000",
            ["RateLimits:Conversations:PerMinute"] = "1000000",
            ["RateLimits:Conversations:Burst"] = "100000",
            ["RateLimits:Reads:PerMinute"] = "1000000",
            ["RateLimits:Reads:Burst"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    public static (long Heap, long Resident) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private void Report(string file, string text)
    {
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(Tools.ArtifactsFolder("load"), file), text + "\n");
    }

    private static async Task ManyAsync(int count, int atOnce, Func<int, Task> act)
    {
        int next = -1;
        await Task.WhenAll(Enumerable.Range(0, atOnce).Select(async _ =>
        {
            for (int i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next)) await act(i);
        }));
    }

    /// <summary>
    /// Many more conversations than the state may hold; the host's heap grows by the state's bound and
    /// no more. (20,000 conversations take minutes here; the benchmarks' conversation-memory command
    /// measures them, and the resident set, in a host process of its own.)
    /// </summary>
    [Fact]
    public async Task Thousands_of_conversations_stay_within_the_state_bound()
    {
        const int conversations = 2000;
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), Crowd(("NewsBot:State:MaxBytes", StateBound.ToString(CultureInfo.InvariantCulture))));
        using var http = host.Http();
        var storage = Assert.IsType<ExpiringMemoryStorage>(host.Services.GetRequiredService<IStorage>());
        int failures = 0;
        async Task Converse(int _)
        {
            using var response = await new EmulatorClient(http, _channel).SayAsync("who was quoted?");
            if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref failures);
        }
        await ManyAsync(200, 4, Converse); // warm: caches filled, code compiled
        var before = Memory();
        var clock = Stopwatch.StartNew();

        await ManyAsync(conversations, 4, Converse);

        var after = Memory();
        Report("conversations.txt",
            $"{conversations} conversations through /api/messages in {clock.Elapsed.TotalSeconds:0.0} s: state {Mb(storage.Bytes)} in {storage.Count} items (bound {Mb(StateBound)}); " +
            $"managed heap {Mb(before.Heap)} -> {Mb(after.Heap)}, resident {Mb(before.Resident)} -> {Mb(after.Resident)}");
        Assert.Equal(0, failures);
        Assert.Equal(conversations + 200, _channel.Count);
        Assert.InRange(storage.Bytes, StateBound / 2, StateBound);
        // The state's bound plus room for what the runtime keeps around it. Unbounded, each conversation kept about 20 KB.
        Assert.InRange(after.Heap - before.Heap, long.MinValue, StateBound + 8L * 1024 * 1024);
    }
}
