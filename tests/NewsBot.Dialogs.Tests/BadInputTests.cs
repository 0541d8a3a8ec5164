using Microsoft.Bot.Schema;

namespace NewsBot.Dialogs.Tests;

public class BadInputTests : IDisposable
{
    private readonly Bot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("", "didn't get any words")]
    [InlineData("   \n\t ", "didn't get any words")]
    [InlineData("😀🎉👍", "only read words")]
    [InlineData("?!?!", "only read words")]
    [InlineData("asdf qwerty zxcv", "not sure what you're asking")]
    [InlineData("\u0000\u200b", "didn't get any words")]
    public async Task Odd_messages_get_a_clear_reply(string text, string expected)
    {
        Assert.Contains(expected, await _bot.AskAsync(text));
    }

    [Fact]
    public async Task A_100_KB_message_is_refused_politely()
    {
        Assert.Contains("too long", await _bot.AskAsync(new string('a', 100 * 1024)));
    }

    [Fact]
    public async Task Html_and_markdown_in_the_question_are_read_as_text()
    {
        Assert.StartsWith("Samuel Okafor", await _bot.AskAsync("<b>who</b> said **bold but _affordable_**?"));
        var reply = await _bot.AskAsync("what did <script>alert(1)</script> smith say");
        Assert.DoesNotContain("<script>", reply);
    }

    [Fact]
    public async Task A_long_unknown_name_is_echoed_shortened()
    {
        var reply = await _bot.AskAsync("what did " + string.Concat(Enumerable.Repeat("Zyx ", 200)) + "say");
        Assert.Contains("No one named", reply);
        Assert.True(reply.Length < 400, reply);
    }

    [Fact]
    public async Task Names_the_user_typed_are_escaped_when_echoed()
    {
        var result = await _bot.Conversation("webchat").SendAsync(@"what did Sm\th say");
        Assert.Contains(@"Sm\\th", result.Replies.Single().Text);
        Assert.Contains(@"Sm\th", result.Text);
    }

    [Theory]
    [InlineData(ActivityTypes.Event)]
    [InlineData("somethingNew")]
    public async Task Other_activity_types_get_a_clear_reply(string type)
    {
        var result = await _bot.Conversation().RunAsync(new Activity(type) { Name = "x" });
        Assert.Contains("text", result.Text);
    }

    [Fact]
    public async Task A_typing_activity_is_ignored_quietly()
    {
        var result = await _bot.Conversation().RunAsync(new Activity(ActivityTypes.Typing));
        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task An_activity_without_a_type_gets_a_reply()
    {
        var result = await _bot.Conversation().RunAsync(new Activity { Text = "who is okafor" });
        Assert.Contains("no type", result.Text);
    }

    [Fact]
    public async Task A_message_without_a_conversation_is_still_answered()
    {
        var adapter = _bot.InProcess.Adapter;
        var replies = await adapter.ProcessAsync(new Activity(ActivityTypes.Message) { Text = "who is okafor" }, _bot.InProcess.Bot);
        Assert.Contains("Port director", Hosting.TurnText.Of(replies));
    }

    [Fact]
    public async Task A_message_with_null_text_and_no_sender_is_answered()
    {
        var message = new Activity(ActivityTypes.Message) { Text = null, From = new ChannelAccount(id: "") };
        var result = await _bot.Conversation().RunAsync(message);
        Assert.Contains("didn't get any words", result.Text);
    }

    [Fact]
    public async Task A_conversation_update_without_members_is_quiet()
    {
        var result = await _bot.Conversation().RunAsync(new Activity(ActivityTypes.ConversationUpdate));
        Assert.Empty(result.Replies);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    [InlineData("emulator")]
    public async Task A_null_among_the_members_added_is_skipped_and_the_person_welcomed(string channel)
    {
        var update = new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [null!, new ChannelAccount("user-2", "Ann"), null!] };
        var result = await _bot.Conversation(channel).RunAsync(update);
        Assert.Contains("Hi, I'm NewsBot", result.Text);
        Assert.DoesNotContain("went wrong", result.Text);
    }

    [Fact]
    public async Task Members_added_that_are_all_null_get_no_welcome_and_no_error()
    {
        var update = new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [null!], MembersRemoved = [null!] };
        var result = await _bot.Conversation("msteams").RunAsync(update);
        Assert.Empty(result.Replies);
    }

    [Theory]
    [InlineData("Smith?", "No one named Smith appears")]
    [InlineData("john smith", "No one named John Smith appears")]
    [InlineData("fishermen", "Elena Marquez")]
    [InlineData("Okafor", "Samuel Okafor (Port director) said")]
    [InlineData("what did she say?", "not sure who you mean")]
    [InlineData("where did he say it", "not sure who you mean")]
    public async Task A_bare_name_or_word_or_an_early_pronoun_gets_a_short_answer_never_the_help(string text, string expected)
    {
        var reply = await _bot.AskAsync(text);
        Assert.Contains(expected, reply);
        Assert.DoesNotContain("follow-ups", reply);
    }

    [Fact]
    public async Task An_empty_index_still_answers()
    {
        using var bot = new InProcessBot(new NewsBot.Store.MemoryArticleStore());
        var chat = bot.NewConversation();
        Assert.Contains("no articles", (await chat.StartAsync()).Text);
        Assert.Contains("No one named", (await chat.SendAsync("what did Kirby say")).Text);
        Assert.Contains("couldn't find", (await chat.SendAsync("who said hello world today")).Text);
    }
}
