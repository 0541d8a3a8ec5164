using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;

namespace NewsBot.State.Tests;

/// <summary>A plain item: no ETag, so every write simply replaces it.</summary>
public sealed class Note
{
    public string Id { get; set; } = "";
    public int Count { get; set; }
    public List<string> Tags { get; set; } = [];
}

/// <summary>An item with an ETag: a write must name the ETag it read, or "*".</summary>
public sealed class TrackedNote : IStoreItem
{
    public string Id { get; set; } = "";
    public int Count { get; set; }
    public string? ETag { get; set; }
}

/// <summary>
/// What Bot Framework state storage promises (the SDK's MemoryStorage keeps these too, as the
/// subclass for it shows): each subclass gives a fresh, empty storage per test.
/// </summary>
public abstract class StorageContract
{
    protected abstract Task<IStorage> NewStorage();

    [Fact]
    public async Task Reading_keys_never_written_finds_nothing()
    {
        var storage = await NewStorage();
        Assert.Empty(await storage.ReadAsync(["never-written", ""]));
        Assert.Empty(await storage.ReadAsync([]));
    }

    [Fact]
    public async Task Items_read_back_as_the_types_they_were_written_as()
    {
        var storage = await NewStorage();
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["plain"] = new Note { Id = "a", Count = 3, Tags = ["x", "ÿ \U0001F600"] },
            ["tracked"] = new TrackedNote { Id = "b", Count = 4 },
            ["bag"] = new Dictionary<string, object> { ["note"] = new Note { Id = "c" }, ["turns"] = 7L },
        });

        var read = await storage.ReadAsync(["plain", "tracked", "bag"]);

        var plain = Assert.IsType<Note>(read["plain"]);
        Assert.Equal(("a", 3), (plain.Id, plain.Count));
        Assert.Equal(["x", "ÿ \U0001F600"], plain.Tags);
        var tracked = Assert.IsType<TrackedNote>(read["tracked"]);
        Assert.Equal(("b", 4), (tracked.Id, tracked.Count));
        Assert.False(string.IsNullOrEmpty(tracked.ETag));
        var bag = Assert.IsAssignableFrom<IDictionary<string, object>>(read["bag"]);
        Assert.Equal("c", Assert.IsType<Note>(bag["note"]).Id);
        Assert.Equal(7L, bag["turns"]);
    }

    [Theory]
    [InlineData("!@#$%^&*()~/\\><,.?';\"`~")]
    [InlineData("emulator/conversations/8f2c|livechat/")]
    [InlineData("ключ 鍵 \U0001F511")]
    [InlineData(" ")]
    public async Task Keys_may_hold_any_characters(string key)
    {
        var storage = await NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new TrackedNote { Id = "odd" } });
        Assert.Equal("odd", Assert.IsType<TrackedNote>(Assert.Single(await storage.ReadAsync([key])).Value).Id);
    }

    [Fact]
    public async Task A_write_over_a_stale_etag_is_refused_and_a_wildcard_overwrites()
    {
        var storage = await NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new TrackedNote { Id = "n", Count = 1 } });
        var first = (TrackedNote)(await storage.ReadAsync(["note"]))["note"];

        first.Count = 2;
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = first });
        var second = (TrackedNote)(await storage.ReadAsync(["note"]))["note"];
        Assert.Equal(2, second.Count);
        Assert.NotEqual(first.ETag, second.ETag);

        first.Count = 99;
        var conflict = await Assert.ThrowsAnyAsync<Exception>(() => storage.WriteAsync(new Dictionary<string, object> { ["note"] = first }));
        Assert.Contains("Etag conflict", conflict.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, ((TrackedNote)(await storage.ReadAsync(["note"]))["note"]).Count);

        second.ETag = "";
        await Assert.ThrowsAnyAsync<Exception>(() => storage.WriteAsync(new Dictionary<string, object> { ["note"] = second }));

        second.Count = 100;
        second.ETag = "*";
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = second });
        Assert.Equal(100, ((TrackedNote)(await storage.ReadAsync(["note"]))["note"]).Count);
    }

    [Fact]
    public async Task Items_without_an_etag_are_simply_replaced()
    {
        var storage = await NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Id = "n", Count = 1 } });
        var stale = (Note)(await storage.ReadAsync(["note"]))["note"];
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Id = "n", Count = 2 } });

        stale.Count = 3;
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = stale });

        Assert.Equal(3, ((Note)(await storage.ReadAsync(["note"]))["note"]).Count);
    }

    [Fact]
    public async Task Parallel_writes_of_one_key_leave_one_whole_item()
    {
        var storage = await NewStorage();
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["shared"] = new Note { Id = "n", Count = i, Tags = [$"{i}"] } }))));

        var note = (Note)(await storage.ReadAsync(["shared"]))["shared"];
        Assert.Equal([$"{note.Count}"], note.Tags);
    }

    [Fact]
    public async Task Deleted_items_are_gone_and_unknown_keys_delete_quietly()
    {
        var storage = await NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new TrackedNote { Id = "a" }, ["b"] = new Note { Id = "b" } });

        await storage.DeleteAsync(["a", "never-written"]);

        Assert.Equal(["b"], (await storage.ReadAsync(["a", "b"])).Keys);
    }

    [Fact]
    public async Task Missing_arguments_are_refused()
    {
        var storage = await NewStorage();
        await Assert.ThrowsAsync<ArgumentNullException>(() => storage.ReadAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => storage.WriteAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => storage.DeleteAsync(null!));
    }

    [Fact]
    public async Task Conversation_state_carries_from_turn_to_turn()
    {
        var state = new ConversationState(await NewStorage());
        var notes = state.CreateProperty<Note>("note");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(state));

        await new TestFlow(adapter, async (turn, cancellationToken) =>
            {
                var note = await notes.GetAsync(turn, () => new Note(), cancellationToken);
                note.Count++;
                note.Tags.Add(turn.Activity.Text);
                await turn.SendActivityAsync($"{note.Count}: {string.Join(",", note.Tags)}", cancellationToken: cancellationToken);
            })
            .Test("red", "1: red")
            .Test("green", "2: red,green")
            .Test("blue", "3: red,green,blue")
            .StartTestAsync();
    }
}
