using Microsoft.Bot.Builder;
using NewsBot.Testing;

namespace NewsBot.State.Tests;

/// <summary>The storage contract on the bounded in-memory storage.</summary>
public sealed class ExpiringMemoryStorageContractTests : StorageContract
{
    protected override Task<IStorage> NewStorage() => Task.FromResult<IStorage>(new ExpiringMemoryStorage(new StateLimits()));
}

/// <summary>In-memory state that expires when unused and never takes more than its bound, forgetting the least recently used first.</summary>
public sealed class ExpiringMemoryStorageTests
{
    private readonly ManualClock _clock = new();

    /// <summary>About what NewsBot keeps for one conversation: a few recent quotes, names and the article in focus.</summary>
    private static Note ConversationSized(int i) => new()
    {
        Id = $"conversation {i}",
        Count = i,
        Tags = Enumerable.Range(0, 12).Select(t => $"\"We will rebuild the storm wall before the next winter,\" said speaker {t} of article {i}.").ToList(),
    };

    private static Dictionary<string, object> One(string key, object value) => new() { [key] = value };

    [Fact]
    public async Task State_unused_for_the_expiry_is_gone_and_using_it_slides_the_expiry()
    {
        var storage = new ExpiringMemoryStorage(new StateLimits { Expiry = TimeSpan.FromHours(1) }, _clock);
        await storage.WriteAsync(One("emulator/conversations/a", ConversationSized(1)));
        await storage.WriteAsync(One("emulator/conversations/b", ConversationSized(2)));

        _clock.Advance(TimeSpan.FromMinutes(50));
        Assert.Single(await storage.ReadAsync(["emulator/conversations/a"]));
        _clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Single(await storage.ReadAsync(["emulator/conversations/a"]));
        Assert.Empty(await storage.ReadAsync(["emulator/conversations/b"]));
        Assert.Equal(1, storage.Count);
    }

    [Fact]
    public async Task Twenty_thousand_conversations_stay_within_the_bound_and_the_latest_are_kept()
    {
        const long bound = 8L * 1024 * 1024;
        var storage = new ExpiringMemoryStorage(new StateLimits { MaxBytes = bound }, _clock);
        await storage.WriteAsync(One("live", ConversationSized(0)));
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        for (int i = 1; i <= 20_000; i++)
        {
            await storage.WriteAsync(One($"emulator/conversations/{i}", ConversationSized(i)));
            if (i % 100 == 0) await storage.ReadAsync(["live"]); // a conversation still in use
        }
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);

        Assert.InRange(storage.Bytes, bound / 2, bound);
        Assert.InRange(storage.Count, 1000, 19_999);
        Assert.Single(await storage.ReadAsync(["live"]));
        Assert.Single(await storage.ReadAsync(["emulator/conversations/20000"]));
        Assert.Empty(await storage.ReadAsync(["emulator/conversations/1"]));
        // What the process really holds for them: the bound, give or take the runtime's own slack.
        Assert.InRange(heapAfter - heapBefore, 0, bound + bound / 2);
        GC.KeepAlive(storage);
    }

    [Fact]
    public async Task An_item_larger_than_the_whole_bound_is_refused_and_the_rest_stays()
    {
        var storage = new ExpiringMemoryStorage(new StateLimits { MaxBytes = 4096 }, _clock);
        await storage.WriteAsync(One("small", new Note { Id = "s" }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => storage.WriteAsync(One("huge", new Note { Id = new string('x', 10_000) })));

        Assert.Contains("NewsBot:State:MaxBytes", error.Message);
        Assert.Single(await storage.ReadAsync(["small"]));
    }

    [Fact]
    public async Task A_conflict_anywhere_in_a_batch_writes_none_of_it()
    {
        var storage = new ExpiringMemoryStorage(new StateLimits(), _clock);
        await storage.WriteAsync(One("tracked", new TrackedNote { Id = "t", Count = 1 }));
        var stale = (TrackedNote)(await storage.ReadAsync(["tracked"]))["tracked"];
        await storage.WriteAsync(One("tracked", stale));

        stale.Count = 5;
        await Assert.ThrowsAsync<StateConflictException>(() => storage.WriteAsync(new Dictionary<string, object>
        {
            ["other"] = new Note { Id = "o" },
            ["tracked"] = stale,
        }));

        Assert.Empty(await storage.ReadAsync(["other"]));
        Assert.Equal(1, ((TrackedNote)(await storage.ReadAsync(["tracked"]))["tracked"]).Count);
    }
}
