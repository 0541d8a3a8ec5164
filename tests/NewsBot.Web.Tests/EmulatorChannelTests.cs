using System.Net;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>
/// NewsBot itself behind /api/messages, driven the way the Bot Framework Emulator (or the Agents
/// Playground, or any Bot Framework client) drives it, with replies recorded at the serviceUrl.
/// The article is the tests' own (<see cref="TestArticles"/>).
/// </summary>
public sealed class EmulatorChannelTests : LoopbackHostTests
{
    [Fact]
    public async Task Opening_a_conversation_gets_a_welcome_naming_the_article()
    {
        var emulator = new EmulatorClient(Http, Channel);

        using var response = await emulator.OpenAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(emulator.Replies);
        Assert.Contains("NewsBot", welcome);
        Assert.Contains("Harbour town votes to rebuild its storm wall", welcome);
    }

    [Fact]
    public async Task Replies_go_back_to_the_conversation_and_activity_they_answer()
    {
        var emulator = new EmulatorClient(Http, Channel);
        var question = emulator.Build("message", a => a.Text = "who was quoted?");

        using var response = await emulator.PostAsync(question);

        var reply = Assert.Single(Channel.RepliesTo(emulator.ConversationId));
        Assert.Equal(question.Id, reply.ReplyToId);
        Assert.Equal(emulator.User.Id, reply.Recipient.Id);
        Assert.Equal(emulator.Bot.Id, reply.From.Id);
    }

    [Fact]
    public async Task Who_said_a_quotation_names_its_speaker()
    {
        var emulator = new EmulatorClient(Http, Channel);

        var replies = await emulator.AskAsync("Who said \"every patch bought us a winter\"?");

        Assert.Contains("Tomas Reyes", Assert.Single(replies));
    }

    [Fact]
    public async Task What_did_someone_say_quotes_them()
    {
        var emulator = new EmulatorClient(Http, Channel);

        var replies = await emulator.AskAsync("What did Solberg say?");

        Assert.Contains("cannot ask families to live behind a wall", Assert.Single(replies));
    }

    [Fact]
    public async Task A_follow_up_is_understood_in_its_own_conversation_only()
    {
        var asker = new EmulatorClient(Http, Channel);
        var stranger = new EmulatorClient(Http, Channel);

        await asker.AskAsync("What did Whitcombe say?");
        var followUp = Assert.Single(await asker.AskAsync("What else did she say?"));
        var strangersReply = Assert.Single(await stranger.AskAsync("What else did she say?"));

        Assert.Contains("Whitcombe", followUp);
        Assert.DoesNotContain("Whitcombe", strangersReply);
    }

    [Fact]
    public async Task A_flood_of_questions_in_one_conversation_is_all_answered()
    {
        var emulator = new EmulatorClient(Http, Channel);

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => emulator.SayAsync(i % 2 == 0 ? "who was quoted?" : "what did Reyes say?")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(40, emulator.Replies.Count);
        Assert.Equal(20, emulator.Replies.Count(r => r.Contains("cost us a decade")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂🙂")]
    [InlineData("\u0000\u200B\uFEFF")]
    [InlineData("Ẅho sạid \"\u0301\u0301\"?")]
    public async Task Odd_messages_get_a_reply_not_an_error(string text)
    {
        var emulator = new EmulatorClient(Http, Channel);

        var reply = Assert.Single(await emulator.AskAsync(text));

        Assert.DoesNotContain(BotFramework.TurnErrorReporter.UserMessage, reply);
    }

    [Fact]
    public async Task Unusual_but_valid_activity_types_are_accepted()
    {
        var emulator = new EmulatorClient(Http, Channel);

        using var typing = await emulator.PostAsync(emulator.Build("typing", _ => { }));
        using var reaction = await emulator.PostAsync(emulator.Build("messageReaction", _ => { }));
        using var endOfConversation = await emulator.PostAsync(emulator.Build("endOfConversation", _ => { }));

        Assert.Equal(HttpStatusCode.OK, typing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reaction.StatusCode);
        Assert.Equal(HttpStatusCode.OK, endOfConversation.StatusCode);
    }
}
