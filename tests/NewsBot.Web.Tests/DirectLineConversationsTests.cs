using System.Text;
using Microsoft.Bot.Schema;
using NewsBot.Testing;
using NewsBot.Web.DirectLine;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>The local Direct Line's conversations: fair at the limit, forgotten when idle, tokens that expire, a stream of bounded size.</summary>
public sealed class DirectLineConversationsTests
{
    private readonly ManualClock _clock = new();

    private static readonly DirectLineOptions Small = new()
    {
        MaxConversations = 3,
        IdleTimeout = TimeSpan.FromHours(1),
        EvictableAfter = TimeSpan.FromMinutes(10),
        TokenLifetime = TimeSpan.FromMinutes(30),
    };

    private DirectLineGrant Create(DirectLineConversations conversations) =>
        conversations.Create().Grant ?? throw new InvalidOperationException("refused");

    [Fact]
    public void At_the_limit_a_new_conversation_is_refused_while_every_one_is_in_use()
    {
        var conversations = new DirectLineConversations(Small, _clock);
        var held = Enumerable.Range(0, 3).Select(_ => Create(conversations)).ToList();
        _clock.Advance(TimeSpan.FromMinutes(4));

        var (refused, retryAfter) = conversations.Create();

        Assert.Null(refused);
        Assert.Equal(TimeSpan.FromMinutes(6), retryAfter);
        Assert.All(held, grant => Assert.NotNull(conversations.ById(grant.Conversation.Id)));
    }

    [Fact]
    public void At_the_limit_only_a_conversation_idle_long_enough_makes_room_and_the_one_in_use_stays()
    {
        var conversations = new DirectLineConversations(Small, _clock);
        var live = Create(conversations);
        var idle = Create(conversations);
        var other = Create(conversations);
        _clock.Advance(TimeSpan.FromMinutes(11));
        Assert.True(conversations.Opens(live.Token, live.Conversation)); // the live one polls

        var newcomer = conversations.Create().Grant;

        Assert.NotNull(newcomer);
        Assert.NotNull(conversations.ById(live.Conversation.Id));
        Assert.Null(conversations.ById(idle.Conversation.Id));          // the longest idle went first
        Assert.NotNull(conversations.ById(other.Conversation.Id));
        Assert.Null(conversations.ByToken(idle.Token));
        Assert.Equal(3, conversations.Count);
    }

    [Fact]
    public void A_conversation_untouched_for_the_idle_timeout_is_forgotten_with_its_tokens()
    {
        var conversations = new DirectLineConversations(Small, _clock);
        var grant = Create(conversations);
        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(conversations.ById(grant.Conversation.Id)); // touching it slides the timeout

        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(conversations.ById(grant.Conversation.Id, touch: false));
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(conversations.ById(grant.Conversation.Id));
        Assert.Null(conversations.ByToken(grant.Token));
        Assert.Equal(0, conversations.Count);
    }

    [Fact]
    public void A_token_expires_and_a_refreshed_one_goes_on()
    {
        var conversations = new DirectLineConversations(Small, _clock);
        var first = Create(conversations);
        _clock.Advance(TimeSpan.FromMinutes(15));
        var refreshed = conversations.NewToken(first.Conversation);
        _clock.Advance(TimeSpan.FromMinutes(16));

        Assert.Null(conversations.ByToken(first.Token));
        Assert.False(conversations.Opens(first.Token, first.Conversation));
        Assert.True(conversations.Opens(refreshed.Token, first.Conversation));
        Assert.Equal(TimeSpan.FromMinutes(14), conversations.ByToken(refreshed.Token)!.ExpiresIn);
    }

    [Fact]
    public void A_token_opens_its_own_conversation_only()
    {
        var conversations = new DirectLineConversations(Small, _clock);
        var alice = Create(conversations);
        var bob = Create(conversations);

        Assert.False(conversations.Opens(bob.Token, alice.Conversation));
        Assert.False(conversations.Opens("made-up", alice.Conversation));
        Assert.False(conversations.Opens(null, alice.Conversation));
    }

    [Fact]
    public void A_conversation_holds_a_few_tokens_at_most()
    {
        var conversations = new DirectLineConversations(Small, _clock);
        var first = Create(conversations);
        var tokens = Enumerable.Range(0, 10).Select(_ => conversations.NewToken(first.Conversation).Token).ToList();

        Assert.Null(conversations.ByToken(first.Token));
        Assert.NotNull(conversations.ByToken(tokens[^1]));
        Assert.Equal(4, tokens.Prepend(first.Token).Count(t => conversations.ByToken(t) is not null));
    }

    [Fact]
    public void The_stream_keeps_its_latest_activities_within_its_count_and_size()
    {
        var options = new DirectLineOptions { MaxActivitiesPerConversation = 50, MaxHistoryBytes = 64 * 1024 };
        var conversation = new DirectLineConversation("c1", options);
        var big = new string('x', 4000);

        for (int i = 0; i < 1000; i++) conversation.Append(new Activity(ActivityTypes.Message) { Text = $"{i} {big}" });
        var (kept, watermark) = conversation.Since(0);
        var (latest, _) = conversation.Since(998);

        Assert.Equal(1000, watermark);
        Assert.InRange(conversation.KeptBytes, 1, 64 * 1024);
        Assert.InRange(kept.Count, 1, 50);
        Assert.StartsWith("999 ", Newtonsoft.Json.Linq.JObject.Parse(Encoding.UTF8.GetString(kept[^1]))["text"]!.ToString());
        Assert.Equal(2, latest.Count);
        Assert.Empty(conversation.Since(1000).Activities);
    }

    [Fact]
    public void The_conversations_user_speaks_whoever_the_activity_claims_to_be()
    {
        var conversation = new DirectLineConversation("c1", new DirectLineOptions());

        var (first, joins) = conversation.Speaker(new ChannelAccount("alice"));
        var (second, joinsAgain) = conversation.Speaker(new ChannelAccount("mallory"));

        Assert.True(joins);
        Assert.False(joinsAgain);
        Assert.Equal("alice", first.Id);
        Assert.Equal("alice", second.Id);
    }
}
