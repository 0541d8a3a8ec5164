using Microsoft.Bot.Builder;
using NewsBot.Store;
using NewsBot.Testing;
using Newtonsoft.Json;
using Npgsql;

namespace NewsBot.State.Tests;

/// <summary>The contract on the SDK's MemoryStorage (configured with type names, as the SDK advises), to show the contract is the SDK's.</summary>
public sealed class MemoryStorageTests : StorageContract
{
    protected override Task<IStorage> NewStorage() =>
        Task.FromResult<IStorage>(new MemoryStorage(JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All })));
}

/// <summary>The contract on PostgreSQL (each test in a fresh schema of this class's database), and what only a shared database goes through.</summary>
public sealed class PostgresStorageTests(PostgresTestDatabase database) : StorageContract, IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private readonly List<PostgresStorage> _opened = [];
    private string _location = "";

    public async Task InitializeAsync() => _location = await database.NewSchemaAsync();

    public async Task DisposeAsync()
    {
        foreach (var storage in _opened) await storage.DisposeAsync();
    }

    protected override Task<IStorage> NewStorage() => Task.FromResult<IStorage>(Open());

    private PostgresStorage Open()
    {
        var storage = new PostgresStorage(_location);
        _opened.Add(storage);
        return storage;
    }

    [Fact]
    public async Task An_item_without_an_etag_overwrites_a_tracked_one()
    {
        var storage = Open();
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new TrackedNote { Id = "n", Count = 1 } });
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new TrackedNote { Id = "n", Count = 2 } });
        Assert.Equal(2, ((TrackedNote)(await storage.ReadAsync(["note"]))["note"]).Count);
    }

    [Fact]
    public async Task Two_instances_share_state_and_the_slower_writer_loses()
    {
        var (one, two) = (Open(), Open());
        await one.WriteAsync(new Dictionary<string, object> { ["conversation"] = new TrackedNote { Id = "c", Count = 1 } });
        var readByOne = (TrackedNote)(await one.ReadAsync(["conversation"]))["conversation"];
        var readByTwo = (TrackedNote)(await two.ReadAsync(["conversation"]))["conversation"];
        Assert.Equal(1, readByTwo.Count);

        readByOne.Count = 2;
        await one.WriteAsync(new Dictionary<string, object> { ["conversation"] = readByOne });
        readByTwo.Count = 3;
        var lost = await Assert.ThrowsAsync<StateConflictException>(() => two.WriteAsync(new Dictionary<string, object>
        {
            ["other"] = new Note { Id = "written with the stale one" },
            ["conversation"] = readByTwo,
        }));

        Assert.Contains("conversation", lost.Message);
        Assert.Equal(2, ((TrackedNote)(await two.ReadAsync(["conversation"]))["conversation"]).Count);
        Assert.Empty(await two.ReadAsync(["other"]));
    }

    [Fact]
    public async Task A_stored_row_naming_a_type_state_may_not_hold_is_refused_not_built()
    {
        var storage = Open();
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Id = "n" } });
        await using (var connection = new NpgsqlConnection(_location))
        {
            await connection.OpenAsync();
            await using var tamper = new NpgsqlCommand(
                """UPDATE bot_state SET document = '{"$type":"System.IO.FileInfo, System.Private.CoreLib","OriginalPath":"/etc/passwd"}'""", connection);
            await tamper.ExecuteNonQueryAsync();
        }

        var refused = await Assert.ThrowsAsync<JsonSerializationException>(() => storage.ReadAsync(["note"]));
        Assert.Contains("System.IO.FileInfo", refused.Message);
    }

    [Fact]
    public async Task Expired_items_are_deleted_and_recent_ones_kept()
    {
        var storage = Open();
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["emulator/conversations/quiet"] = new Note { Id = "quiet" },
            ["emulator/users/quiet"] = new Note { Id = "quiet user" },
            ["emulator/conversations/lively"] = new Note { Id = "lively" },
        });
        await using (var connection = new NpgsqlConnection(_location))
        {
            await connection.OpenAsync();
            await using var age = new NpgsqlCommand("UPDATE bot_state SET updated = now() - interval '2 days' WHERE key LIKE '%/quiet'", connection);
            await age.ExecuteNonQueryAsync();
        }

        var deleted = await storage.DeleteExpiredAsync(TimeSpan.FromDays(1));

        Assert.Equal(2, deleted);
        Assert.Equal(["emulator/conversations/lively"], (await storage.ReadAsync(["emulator/conversations/quiet", "emulator/users/quiet", "emulator/conversations/lively"])).Keys);
        Assert.Equal(0, await storage.DeleteExpiredAsync(TimeSpan.FromDays(1)));
    }

    [Fact]
    public async Task An_unreachable_server_says_so_without_showing_the_password()
    {
        var storage = new PostgresStorage("postgres://ann:hunter2@127.0.0.1:1/state?timeout=5");
        var error = await Assert.ThrowsAsync<ArticleStoreException>(() => storage.ReadAsync(["x"]));
        Assert.Contains("Cannot reach the PostgreSQL server at 127.0.0.1:1", error.Message);
        Assert.DoesNotContain("hunter2", error.ToString());
        Assert.Equal("postgresql://ann@127.0.0.1:1/state", storage.Location);
    }
}
