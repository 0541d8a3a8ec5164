using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Testing;
using NewsBot.Web.BotFramework;
using NewsBot.Web.Tests.Infrastructure;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsBot.Web.Tests;

/// <summary>What the host does about channels' limits: replies kept under the size channels take, and a channel that does not answer costing seconds, not minutes.</summary>
public sealed class ChannelLimitsTests : IAsyncLifetime
{
    private ChannelRecorder _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelRecorder.StartAsync();
    public async Task DisposeAsync() => await _channel.DisposeAsync();

    private static readonly string[] Paragraphs = Enumerable.Range(1, 400)
        .Select(i => $"Paragraph {i}: the council of Kelby met again on Tuesday and spoke at length about the storm wall, the harbour and the winter ahead.")
        .ToArray();

    /// <summary>Replies to "big" with 400 paragraphs (about 50 KB), a 40 KB card and suggestions; to "word" with one 300 KB word; to anything else with a small card.</summary>
    private sealed class BigReplyBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            var text = turnContext.Activity.Text switch
            {
                "big" => string.Join("\n\n", Paragraphs),
                "word" => new string('w', 300_000),
                _ => "small",
            };
            var reply = MessageFactory.Text(text);
            var cardText = turnContext.Activity.Text == "big" ? new string('c', 40_000) : "card";
            reply.Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", content: new JObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = cardText }) })];
            reply.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "more", value: "more")] };
            return turnContext.SendActivityAsync(reply, cancellationToken);
        }
    }

    private static NewsBotHost BigReplyHost() => new(TestArticles.WriteFolder(), replaceServices: services => services.AddSingleton<IBot, BigReplyBot>());

    private static int Size(object activity) => System.Text.Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));

    [Fact]
    public async Task A_reply_over_the_limit_is_split_at_paragraphs_into_messages_under_it()
    {
        await using var host = BigReplyHost();
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);

        using var response = await emulator.SayAsync("big");
        var replies = _channel.RepliesTo(emulator.ConversationId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(replies.Count, 2, ReplySizeLimit.MaxParts);
        Assert.All(replies, reply => Assert.InRange(Size(reply), 1, ReplySizeLimit.DefaultMaxBytes));
        Assert.Equal(string.Join("\n\n", Paragraphs), string.Join("\n\n", replies.Select(r => r.Text)));
        Assert.All(replies, reply => Assert.StartsWith("Paragraph ", reply.Text));
        Assert.All(replies, reply => Assert.Empty(reply.Attachments ?? []));
        Assert.Null(replies[0].SuggestedActions);
        Assert.Equal("more", Assert.Single(replies[^1].SuggestedActions.Actions).Title);
    }

    [Fact]
    public async Task A_reply_too_long_even_for_all_its_parts_is_cut_with_a_note()
    {
        await using var host = BigReplyHost();
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);

        await emulator.SayAsync("word");
        var replies = _channel.RepliesTo(emulator.ConversationId);

        Assert.Equal(ReplySizeLimit.MaxParts, replies.Count);
        Assert.All(replies, reply => Assert.InRange(Size(reply), 1, ReplySizeLimit.DefaultMaxBytes));
        Assert.EndsWith(ReplySizeLimit.CutNote.Trim(), replies[^1].Text);
    }

    [Fact]
    public async Task A_reply_within_the_limit_goes_as_it_is()
    {
        await using var host = BigReplyHost();
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);

        await emulator.SayAsync("hello");
        var reply = Assert.Single(_channel.RepliesTo(emulator.ConversationId));

        Assert.Equal("small", reply.Text);
        Assert.Single(reply.Attachments);
        Assert.Single(reply.SuggestedActions.Actions);
    }

    [Fact]
    public async Task The_direct_line_gets_the_split_reply_too()
    {
        await using var host = BigReplyHost();
        using var http = host.Http();
        var chat = new DirectLineClient(http);
        await chat.StartAsync();

        var (id, _) = await chat.SayAsync("big");
        var replies = (await chat.PollAsync()).Where(a => a.ReplyToId == id).ToList();

        Assert.InRange(replies.Count, 2, ReplySizeLimit.MaxParts);
        Assert.All(replies, reply => Assert.InRange(Size(reply), 1, ReplySizeLimit.DefaultMaxBytes));
    }

    [Fact]
    public async Task Listing_articles_with_a_paragraph_for_a_title_stays_under_the_limit()
    {
        await using var host = new NewsBotHost(TestArticles.WriteFolder());
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);
        var headline = string.Join(" ", Enumerable.Repeat("the harbour council argued late into the night about the wall and the cost of it", 1200));

        await emulator.AskAsync(headline + "\n\n" + IngestArticles.FerryText);
        var listing = await emulator.AskAsync("which articles do you have?");

        Assert.NotEmpty(listing);
        Assert.All(_channel.RepliesTo(emulator.ConversationId), reply => Assert.InRange(Size(reply), 1, ReplySizeLimit.DefaultMaxBytes));
    }

    [Fact]
    public async Task A_channel_that_never_answers_costs_a_turn_its_timeout_not_minutes()
    {
        using var blackHole = new TcpListener(IPAddress.Loopback, 0);
        blackHole.Start(); // accepts connections (the kernel does) and never answers
        var serviceUrl = $"http://127.0.0.1:{((IPEndPoint)blackHole.LocalEndpoint).Port}/";
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), new Dictionary<string, string?> { [ChannelCalls.TimeoutKey] = "00:00:02" },
            services => services.AddSingleton<IBot, EchoBot>());
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);
        var clock = Stopwatch.StartNew();

        using var first = await emulator.PostAsync(emulator.Build("message", a => { a.Text = "hello"; a.ServiceUrl = serviceUrl; }));
        using var second = await emulator.PostAsync(emulator.Build("message", a => { a.Text = "again"; a.ServiceUrl = serviceUrl; }));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"two turns to a dead channel took {clock.Elapsed}");
        Assert.True((int)first.StatusCode < 500 && (int)second.StatusCode < 500, $"{first.StatusCode} {second.StatusCode}");
    }
}
