using System.Net;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.State;
using NewsBot.Store;
using NewsBot.Store.Postgres;
using NewsBot.Testing;
using NewsBot.Web.Tests.Infrastructure;
using Newtonsoft.Json;
using Npgsql;

namespace NewsBot.Web.Tests;

/// <summary>
/// Two instances of the real host behind an imagined load balancer, both keeping conversation state
/// in one PostgreSQL database (NewsBot:ConversationState = postgres): a conversation begun on one
/// goes on, with its memory, on the other.
/// </summary>
public sealed class SharedConversationStateTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private ChannelRecorder _channel = null!;
    private NewsBotHost _first = null!;
    private NewsBotHost _second = null!;

    public async Task InitializeAsync()
    {
        _channel = await ChannelRecorder.StartAsync();
        var articles = TestArticles.WriteFolder();
        await File.WriteAllTextAsync(Path.Combine(articles, "ferry.txt"), FerryArticle);
        var settings = new Dictionary<string, string?>
        {
            ["NewsBot:Store"] = database.ConnectionString,
            ["NewsBot:ConversationState"] = "postgres",
        };
        _first = new NewsBotHost(articles, settings);
        _second = new NewsBotHost(articles, settings);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_conversation_begun_on_one_instance_goes_on_on_the_other()
    {
        using var toFirst = _first.Http();
        using var toSecond = _second.Http();
        var user = new EmulatorClient(toFirst, _channel);
        var stranger = new EmulatorClient(toSecond, _channel);

        var opening = Assert.Single(await user.AskAsync("What did Whitcombe say?"));
        var followUp = Assert.Single(await AskThrough(toSecond, user, "What else did she say?"));
        var strangersFollowUp = Assert.Single(await stranger.AskAsync("What else did she say?"));

        Assert.Contains("Kelby should not carry this bill alone", opening);
        Assert.Contains("Whitcombe", followUp);
        Assert.DoesNotContain("Whitcombe", strangersFollowUp);
        Assert.IsType<PostgresStorage>(_second.Services.GetRequiredService<IStorage>());
        Assert.IsType<PostgresArticleStore>(_second.Services.GetRequiredService<IArticleStore>()); // the same NewsBot:Store holds the articles added
        Assert.Contains(await StoredKeys(), key => key.Contains(user.ConversationId, StringComparison.Ordinal));
    }

    private const string FerryArticle = """
        Island ferry fares to rise in spring

        The ferry company serving Marrow Island will raise fares by a tenth in April.

        "Fuel has doubled and the boats are old," said company director Petra Lindqvist.

        Islanders were unhappy. "We will pay more to reach the doctor," said shopkeeper Amos Berg.
        """;

    [Fact]
    public async Task The_article_a_conversation_focused_on_stays_its_focus_on_the_other_instance()
    {
        using var toFirst = _first.Http();
        using var toSecond = _second.Http();
        var user = new EmulatorClient(toFirst, _channel);

        Assert.Contains("ferry fares", Assert.Single(await user.AskAsync("use the article about the ferry fares")), StringComparison.OrdinalIgnoreCase);
        var which = Assert.Single(await AskThrough(toSecond, user, "which article is this?"));
        var quoted = Assert.Single(await AskThrough(toSecond, user, "who was quoted?"));

        Assert.Contains("Island ferry fares to rise in spring", which);
        Assert.Contains("Lindqvist", quoted);
        Assert.DoesNotContain("Solberg", quoted);
    }

    [Fact]
    public async Task Turns_alternating_between_instances_keep_one_memory()
    {
        using var toFirst = _first.Http();
        using var toSecond = _second.Http();
        var user = new EmulatorClient(toFirst, _channel);

        Assert.Contains("Reyes", Assert.Single(await user.AskAsync("What did Tomas Reyes say?")));
        Assert.Contains("Reyes", Assert.Single(await AskThrough(toSecond, user, "who is he?")));
        Assert.Contains("Solberg", Assert.Single(await user.AskAsync("What did the mayor say?")));
        Assert.Contains("Solberg", Assert.Single(await AskThrough(toSecond, user, "who is she?")));
    }

    /// <summary>Sends the user's next message in the same conversation, but to another instance.</summary>
    private static async Task<IReadOnlyList<string>> AskThrough(HttpClient instance, EmulatorClient user, string text)
    {
        var before = user.Replies.Count;
        var message = user.Build("message", a => { a.Text = text; a.TextFormat = "plain"; });
        using var response = await instance.PostAsync("api/messages", new StringContent(JsonConvert.SerializeObject(message), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return user.Replies.Skip(before).ToList();
    }

    [Fact]
    public async Task Conversations_gone_quiet_are_cleared_out_of_the_shared_state()
    {
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), new Dictionary<string, string?>
        {
            ["NewsBot:Store"] = database.ConnectionString,
            ["NewsBot:ConversationState"] = "postgres",
            ["NewsBot:State:CleanupInterval"] = "00:00:00.200",
        });
        using var http = host.Http();
        var user = new EmulatorClient(http, _channel);
        Assert.Single(await user.AskAsync("who was quoted?")); // its state is written now, and the table exists
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var abandoned = new NpgsqlCommand(
                "INSERT INTO bot_state (key, document, etag, updated) VALUES ('emulator/conversations/abandoned', '{}', 'e', now() - interval '3 days')", connection);
            await abandoned.ExecuteNonQueryAsync();
        }

        for (var waited = 0; waited < 100 && (await StoredKeys()).Contains("emulator/conversations/abandoned"); waited++) await Task.Delay(100);

        var keys = await StoredKeys();
        Assert.DoesNotContain("emulator/conversations/abandoned", keys);
        Assert.Contains(keys, key => key.Contains(user.ConversationId, StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<string>> StoredKeys()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var keys = new NpgsqlCommand("SELECT key FROM bot_state", connection);
        await using var row = await keys.ExecuteReaderAsync();
        var found = new List<string>();
        while (await row.ReadAsync()) found.Add(row.GetString(0));
        return found;
    }
}

/// <summary>NewsBot:ConversationState chooses the state storage, and a setting that cannot work stops the host with a clear message.</summary>
public sealed class ConversationStateSettingTests
{
    [Fact]
    public async Task Memory_is_the_default()
    {
        await using var host = new NewsBotHost(TestArticles.WriteFolder());
        var storage = Assert.IsType<ExpiringMemoryStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Equal(new StateLimits(), storage.Limits);
    }

    [Fact]
    public async Task In_memory_state_is_bounded_as_configured()
    {
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), new Dictionary<string, string?>
        {
            ["NewsBot:State:MaxBytes"] = "1048576",
            ["NewsBot:State:Expiry"] = "02:00:00",
        });
        var storage = Assert.IsType<ExpiringMemoryStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Equal(new StateLimits { MaxBytes = 1024 * 1024, Expiry = TimeSpan.FromHours(2) }, storage.Limits);
    }

    [Theory]
    // "sqlite": a store file in the test's own folder.
    [InlineData("postgres", "sqlite", null, "neither NewsBot:ConversationStateConnection nor NewsBot:Store names a PostgreSQL database")]
    [InlineData("postgres", null, null, "neither NewsBot:ConversationStateConnection nor NewsBot:Store names a PostgreSQL database")]
    [InlineData("redis", null, null, "NewsBot:ConversationState is 'redis': use memory (the default) or postgres")]
    [InlineData("postgres", "sqlite", "postgres://ann:hunter2@[broken", "not a valid postgres:// URI")]
    public async Task A_setting_that_cannot_work_stops_the_host(string mode, string? store, string? connection, string message)
    {
        var articles = TestArticles.WriteFolder();
        await using var host = new NewsBotHost(articles, new Dictionary<string, string?>
        {
            ["NewsBot:ConversationState"] = mode,
            ["NewsBot:Store"] = store == "sqlite" ? Path.Combine(articles, "news.db") : store,
            ["NewsBot:ConversationStateConnection"] = connection,
        });
        var error = Assert.ThrowsAny<Exception>(() => host.Services);
        Assert.Contains(message, error.ToString());
        Assert.DoesNotContain("hunter2", error.ToString());
    }

    [Fact]
    public async Task Its_own_connection_wins_over_the_store()
    {
        var articles = TestArticles.WriteFolder();
        await using var host = new NewsBotHost(articles, new Dictionary<string, string?>
        {
            ["NewsBot:ConversationState"] = "postgres",
            ["NewsBot:Store"] = Path.Combine(articles, "news.db"),
            ["NewsBot:ConversationStateConnection"] = "postgresql://ann:hunter2@127.0.0.1:1/state",
        });
        var storage = Assert.IsType<PostgresStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Equal("postgresql://ann@127.0.0.1:1/state", storage.Location);
    }
}
