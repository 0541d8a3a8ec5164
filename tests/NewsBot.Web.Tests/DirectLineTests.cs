using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Web.BotFramework;
using NewsBot.Web.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace NewsBot.Web.Tests;

/// <summary>The host's local Direct Line 3.0 endpoint, as the web chat page uses it.</summary>
public sealed class DirectLineTests : LoopbackHostTests
{
    protected override NewsBotHost CreateHost() => new(TestArticles.WriteFolder(), replaceServices: services => services.AddSingleton<IBot, CountingOrFailingBot>());

    /// <summary>Counts messages per conversation, fails on "fail", greets whoever joins.</summary>
    private sealed class CountingOrFailingBot(ConversationState state) : ActivityHandler
    {
        private readonly CountingBot _counting = new(state);
        private readonly EchoBot _greeting = new();

        public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            turnContext.Activity.Type == ActivityTypes.ConversationUpdate ? _greeting.OnTurnAsync(turnContext, cancellationToken)
            : turnContext.Activity.Text == "fail" ? new FailingBot().OnTurnAsync(turnContext, cancellationToken)
            : _counting.OnTurnAsync(turnContext, cancellationToken);
    }

    [Fact]
    public async Task Starting_a_conversation_greets_the_user()
    {
        var client = new DirectLineClient(Http);
        await client.StartAsync();

        var activities = await client.PollAsync();

        var welcome = Assert.Single(activities);
        Assert.Equal(EchoBot.Welcome, welcome.Text);
        Assert.Equal(RoleTypes.Bot, welcome.From.Role);
        Assert.Equal($"{client.ConversationId}|0000001", welcome.Id);
    }

    [Fact]
    public async Task The_users_activity_comes_back_with_its_client_id_then_the_reply()
    {
        var client = new DirectLineClient(Http);
        await client.StartAsync();
        await client.PollAsync();

        var (id, clientActivityId) = await client.SayAsync("hello");
        var activities = await client.PollAsync();

        Assert.Equal(2, activities.Count);
        var echo = activities[0];
        Assert.Equal(id, echo.Id);
        Assert.Equal($"{client.ConversationId}|0000002", echo.Id);
        Assert.Equal("hello", echo.Text);
        Assert.Equal(client.UserId, echo.From.Id);
        Assert.Equal(clientActivityId, (string?)((JObject)echo.ChannelData)["clientActivityID"]);
        Assert.Equal("1", activities[1].Text);
        Assert.Equal(echo.Id, activities[1].ReplyToId);
        Assert.Equal("3", client.Watermark.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(await client.PollAsync());
    }

    [Fact]
    public async Task The_first_poll_with_an_undefined_watermark_starts_from_the_beginning()
    {
        var client = new DirectLineClient(Http);
        await client.StartAsync();

        using var response = await client.RawAsync(HttpMethod.Get, $"v3/directline/conversations/{client.ConversationId}/activities?watermark=undefined");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(EchoBot.Welcome, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_opens_only_its_own_conversation()
    {
        var alice = new DirectLineClient(Http);
        var bob = new DirectLineClient(Http);
        await alice.StartAsync();
        await bob.StartAsync();
        await alice.SayAsync("secret");

        var intruder = new DirectLineClient(Http) { Token = bob.Token };
        using var read = await intruder.RawAsync(HttpMethod.Get, $"v3/directline/conversations/{alice.ConversationId}/activities");
        using var write = await intruder.RawAsync(HttpMethod.Post, $"v3/directline/conversations/{alice.ConversationId}/activities", """{"type":"message","text":"hi","from":{"id":"x"}}""");
        var anonymous = new DirectLineClient(Http);
        using var noToken = await anonymous.RawAsync(HttpMethod.Get, $"v3/directline/conversations/{alice.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode); // as Azure's: no credential 401, a wrong one 403
        Assert.DoesNotContain(await bob.PollAsync(), a => a.Text == "secret");
    }

    [Fact]
    public async Task Conversations_keep_their_own_state()
    {
        var first = new DirectLineClient(Http);
        var second = new DirectLineClient(Http);
        await first.StartAsync();
        await second.StartAsync();

        await first.SayAsync("a");
        await first.SayAsync("b");
        await second.SayAsync("a");

        Assert.Equal(["1", "2"], (await first.PollAsync()).Where(a => a.From.Role == RoleTypes.Bot && a.Text != EchoBot.Welcome).Select(a => a.Text));
        Assert.Equal(["1"], (await second.PollAsync()).Where(a => a.From.Role == RoleTypes.Bot && a.Text != EchoBot.Welcome).Select(a => a.Text));
    }

    [Fact]
    public async Task A_failing_turn_is_reported_in_the_stream()
    {
        var client = new DirectLineClient(Http);
        await client.StartAsync();

        await client.SayAsync("fail");

        Assert.Contains(await client.PollAsync(), a => a.Text == TurnErrorReporter.UserMessage);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"type":"message","text":"no sender"}""")]
    [InlineData("""{"type":"warp","from":{"id":"u"}}""")]
    public async Task Malformed_posts_get_a_400(string body)
    {
        var client = new DirectLineClient(Http);
        await client.StartAsync();

        using var response = await client.RawAsync(HttpMethod.Post, $"v3/directline/conversations/{client.ConversationId}/activities", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_conversations_are_404_and_unknown_tokens_403()
    {
        var client = new DirectLineClient(Http) { Token = "made-up" };

        using var unknown = await client.RawAsync(HttpMethod.Get, "v3/directline/conversations/nope/activities");
        using var start = await client.RawAsync(HttpMethod.Post, "v3/directline/conversations");
        using var refresh = await client.RawAsync(HttpMethod.Post, "v3/directline/tokens/refresh");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task A_conversation_started_without_a_token_greets_the_user_on_their_first_message()
    {
        var client = new DirectLineClient(Http);
        using var started = await client.RawAsync(HttpMethod.Post, "v3/directline/conversations");
        var conversation = JObject.Parse(await started.Content.ReadAsStringAsync());
        client.Token = (string)conversation["token"]!;
        var conversationId = (string)conversation["conversationId"]!;

        using var posted = await client.RawAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", """{"type":"message","text":"hi","from":{"id":"walk-in"}}""");
        using var page = await client.RawAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities");
        var texts = JObject.Parse(await page.Content.ReadAsStringAsync())["activities"]!.Select(a => (string?)a["text"]).ToList();

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal([EchoBot.Welcome, "hi", "1"], texts);
    }
}
