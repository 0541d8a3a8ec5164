using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Web.BotFramework;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>The host's own duties, checked with small bots of the tests' own: turn order, isolation, failures, health.</summary>
public sealed class HostPlumbingTests : IAsyncLifetime
{
    private ChannelRecorder _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelRecorder.StartAsync();
    public async Task DisposeAsync() => await _channel.DisposeAsync();

    private static NewsBotHost HostWith<TBot>() where TBot : class, IBot =>
        new(TestArticles.WriteFolder(), replaceServices: services => services.AddSingleton<IBot, TBot>());

    [Fact]
    public async Task A_flood_of_messages_in_one_conversation_is_answered_one_turn_at_a_time()
    {
        await using var host = HostWith<CountingBot>();
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);

        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => emulator.SayAsync($"message {i}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        // Every turn saw the previous turn's saved count: no update was lost to an overlapping turn.
        Assert.Equal(Enumerable.Range(1, 60).Select(n => n.ToString()), emulator.Replies.OrderBy(int.Parse));
        Assert.Equal(0, host.Services.GetRequiredService<ConversationTurnGate>().OpenLanes);
    }

    [Fact]
    public async Task Conversations_do_not_share_state()
    {
        await using var host = HostWith<CountingBot>();
        using var http = host.Http();
        var first = new EmulatorClient(http, _channel);
        var second = new EmulatorClient(http, _channel);

        await first.AskAsync("one");
        await first.AskAsync("two");
        var secondsFirstReply = await second.AskAsync("one");

        Assert.Equal(["1"], secondsFirstReply);
        Assert.Equal(["1", "2"], first.Replies);
    }

    [Fact]
    public async Task A_failing_turn_tells_the_user_and_is_not_a_server_error()
    {
        await using var host = HostWith<FailingBot>();
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);

        var replies = await emulator.AskAsync("anything");

        Assert.Contains(TurnErrorReporter.UserMessage, replies);
    }

    [Fact]
    public async Task A_channel_that_cannot_be_reached_is_logged_not_a_server_error()
    {
        await using var host = HostWith<EchoBot>();
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);
        var unreachable = emulator.Build("message", a => { a.Text = "hello"; a.ServiceUrl = "http://127.0.0.1:9/"; });

        using var response = await emulator.PostAsync(unreachable);

        Assert.True((int)response.StatusCode < 500, $"got {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Health_endpoint_answers()
    {
        await using var host = HostWith<EchoBot>();
        using var http = host.Http();

        var text = await http.GetStringAsync("healthz");

        Assert.Equal("Healthy", text);
    }

    [Fact]
    public async Task With_an_app_id_configured_unauthenticated_requests_are_refused()
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "3f1c2a9e-5b7d-4e8a-9c0f-1a2b3c4d5e6f",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        };
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), settings, services => services.AddSingleton<IBot, EchoBot>());
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);

        using var response = await emulator.SayAsync("hello");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(emulator.Replies);
    }
}
