using Microsoft.Bot.Schema;
using NewsBot.Dialogs.Hosting;
using Newtonsoft.Json.Linq;

namespace NewsBot.Dialogs.Tests;

public class ConversationTests : IDisposable
{
    private readonly Bot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task What_else_did_she_say_moves_on_to_quotes_not_yet_shown()
    {
        var chat = _bot.Conversation();
        var first = (await chat.SendAsync("what did marquez say")).Text;
        Assert.Contains("pour money into a sinking port", first);
        Assert.DoesNotContain("learned from the last plan", first);
        var next = (await chat.SendAsync("What else did she say?")).Text;
        Assert.Contains("learned from the last plan", next);
        Assert.DoesNotContain("sinking port", next);
        var last = (await chat.SendAsync("what else did she say")).Text;
        Assert.Contains("That's everything", last);
    }

    [Fact]
    public async Task More_pages_through_a_long_answer()
    {
        var chat = _bot.Conversation();
        var first = (await chat.SendAsync("what did marquez say")).Text;
        Assert.Contains("3 more quotes", first);
        var more = (await chat.SendAsync("more")).Text;
        Assert.Contains("learned from the last plan", more);
        var after = (await chat.SendAsync("more")).Text;
        Assert.Contains("That's everything", after);
    }

    [Fact]
    public async Task Who_is_he_and_where_did_he_say_it_refer_to_the_last_speaker()
    {
        var chat = _bot.Conversation();
        Assert.StartsWith("Samuel Okafor", (await chat.SendAsync("who said bold but affordable")).Text);
        Assert.Contains("Port director", (await chat.SendAsync("Who is he?")).Text);
        Assert.Contains("on Twitter", (await chat.SendAsync("Where did he say it?")).Text);
    }

    [Fact]
    public async Task A_pronoun_with_no_one_before_it_is_asked_about()
    {
        var reply = await _bot.AskAsync("who is she?");
        Assert.Contains("not sure who you mean", reply);
    }

    [Fact]
    public async Task An_ambiguous_name_is_asked_about_with_buttons_and_the_choice_answered()
    {
        var chat = _bot.Conversation();
        var ask = await chat.SendAsync("what did Park say?");
        Assert.Contains("Which one", ask.Text);
        var actions = ask.Replies.Single().SuggestedActions.Actions.Select(a => a.Title).ToList();
        Assert.Equal(["Daniel Park", "Grace Park"], actions.Order());
        var answer = (await chat.SendAsync("Grace Park")).Text;
        Assert.Contains("Grace Park (chair of the Harbor Business Association) said", answer);
        Assert.Contains("costly", answer);
    }

    [Fact]
    public async Task A_new_question_after_which_one_is_answered_as_asked()
    {
        var chat = _bot.Conversation();
        Assert.Contains("Which one", (await chat.SendAsync("who is park")).Text);
        var reply = (await chat.SendAsync("what did grace park say")).Text;
        Assert.Contains("costly", reply);
        var next = (await chat.SendAsync("Daniel Park")).Text;
        Assert.Contains("came too fast", next);
    }

    [Fact]
    public async Task Article_text_is_escaped_in_the_markdown_reply_and_in_the_card()
    {
        var text = (await _bot.Conversation("cli").SendAsync("what did grace park say")).Replies.Single().Text;
        Assert.Contains(@"\*fine\* for \<b\>now\</b\> but \_costly\_", text);
        var result = await _bot.Conversation("webchat").SendAsync("what did grace park say");
        var message = result.Replies.Single();
        var card = (JObject)message.Attachments.Single().Content;
        Assert.Equal("application/vnd.microsoft.card.adaptive", message.Attachments.Single().ContentType);
        var texts = card.Descendants().OfType<JProperty>().Where(p => p.Name == "text").Select(p => p.Value.ToString()).ToList();
        Assert.Contains(texts, t => t.Contains(@"\*fine\* for \<b\>now\</b\> but \_costly\_", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("<b>", StringComparison.Ordinal));
        // What the user sees once rendered is the article's own characters.
        Assert.Contains("*fine* for <b>now</b> but _costly_", result.Text);
    }

    [Theory]
    [InlineData("what did marquez say")]
    [InlineData("who said bold but affordable")]
    [InlineData("who talked about the traffic crisis")]
    [InlineData("did marquez say nobody will pay more than two dollars a ride?")]
    public async Task Beside_a_card_the_text_is_the_answer_and_the_quotes_are_not_repeated(string question)
    {
        var message = (await _bot.Conversation("msteams").SendAsync(question)).Replies.Single();
        var card = JObject.FromObject(message.Attachments.Single().Content).ToString();
        var quotes = card.Split('\u201c').Skip(1).Select(q => q.Split('\u201d')[0]).Where(q => q.Length > 8).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.DoesNotContain(q, message.Text));
        Assert.False(string.IsNullOrWhiteSpace(message.Text));
    }

    [Fact]
    public async Task Cards_carry_quote_speaker_role_and_paragraph_on_card_channels_only()
    {
        var onWeb = (await _bot.Conversation("msteams").SendAsync("who said bold but affordable")).Replies.Single();
        var card = JObject.FromObject(onWeb.Attachments.Single().Content).ToString();
        Assert.Contains("bold but affordable", card);
        Assert.Contains("Samuel Okafor, Port director", card);
        Assert.Contains("Paragraph 4", card);
        var onCli = (await _bot.Conversation("cli").SendAsync("who said bold but affordable")).Replies.Single();
        Assert.Empty(onCli.Attachments ?? []);
    }

    [Fact]
    public async Task Reported_speech_is_labelled_and_never_put_in_quotation_marks()
    {
        var onCard = await _bot.Conversation("webchat").SendAsync("what did the harbor business association say");
        Assert.DoesNotContain("\u201ctolls on the bridge", onCard.Text);
        Assert.Contains("Reported speech, not verbatim", onCard.Text);
        var inText = await _bot.Conversation("cli").SendAsync("what did the harbor business association say");
        Assert.Contains("(reported) tolls on the bridge", inText.Text);
        Assert.DoesNotContain("\u201ctolls on the bridge", inText.Text);
        var verbatim = await _bot.AskAsync("who said bold but affordable");
        Assert.Contains("\u201cbold but affordable\u201d", verbatim);
    }

    [Fact]
    public async Task One_conversation_never_sees_another_conversations_state()
    {
        var first = _bot.Conversation();
        var second = _bot.Conversation();
        await first.SendAsync("what did marquez say");
        Assert.Contains("not sure who you mean", (await second.SendAsync("who is she")).Text);
        Assert.Contains("Mayor", (await first.SendAsync("who is she")).Text);
    }

    [Fact]
    public async Task Welcome_when_a_user_joins()
    {
        var result = await _bot.Conversation("emulator").StartAsync();
        Assert.Single(result.Replies);
        Assert.Contains("who said", result.Text);
    }

    [Fact]
    public async Task Welcome_in_a_Teams_personal_chat_where_only_the_bot_is_added()
    {
        var chat = _bot.Conversation("msteams");
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [new ChannelAccount("newsbot", "NewsBot")],
            Conversation = new ConversationAccount(conversationType: "personal", id: "a:personal-1"),
            ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = "t1" } },
        };
        var result = await chat.RunAsync(update);
        Assert.Single(result.Replies);
        Assert.Contains("Hi, I'm NewsBot", result.Text);
    }

    [Fact]
    public async Task No_welcome_when_only_the_bot_joins_a_group_chat()
    {
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [new ChannelAccount("newsbot", "NewsBot")],
            Conversation = new ConversationAccount(isGroup: true, conversationType: "groupChat", id: "19:group"),
        };
        var result = await _bot.Conversation("msteams").RunAsync(update);
        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task Teams_mentions_of_the_bot_are_stripped()
    {
        var message = new Activity(ActivityTypes.Message)
        {
            Text = "<at>NewsBot</at> who is okafor",
            Entities = [new Entity("mention") { Properties = JObject.FromObject(new { mentioned = new { id = "newsbot", name = "NewsBot" }, text = "<at>NewsBot</at>" }) }],
        };
        var result = await _bot.Conversation("msteams").RunAsync(message);
        Assert.Contains("Port director", result.Text);
    }

    [Fact]
    public async Task A_typed_at_mention_is_stripped()
    {
        Assert.Contains("Port director", await _bot.AskAsync("@NewsBot who is okafor"));
    }
}

public class MemoryGrowthTests
{
    [Fact]
    public async Task Asking_what_else_again_and_again_does_not_grow_the_conversation_state()
    {
        using var bot = new Bot();
        var chat = bot.Conversation();
        var memory = new Conversation.ConversationMemory();
        var router = new Answering.QuestionRouter();
        var index = TestArticles.HarborIndex();
        router.Answer(index, "what did marquez say", memory);
        for (int i = 0; i < 5; i++) router.Answer(index, "what else did she say", memory);
        var shown = memory.ShownBySpeaker.Values.Single();
        Assert.Equal(shown.Distinct().Count(), shown.Count);
        Assert.Contains("That's everything", (await chat.SendAsync("what did marquez say")).Text + (await chat.SendAsync("what else did she say")).Text + (await chat.SendAsync("what else did she say")).Text);
    }
}
