using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Hosting;
using NewsBot.Dialogs.Index;
using Newtonsoft.Json.Linq;

namespace NewsBot.Dialogs.Tests;

public class MoreAnswerTests : IDisposable
{
    private readonly Bot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Several_people_in_one_question_get_their_quotes_each()
    {
        var reply = await _bot.AskAsync("what did Okafor and Grace Park say");
        Assert.Contains("Samuel Okafor (Port director): \u201cbold but affordable\u201d", reply);
        Assert.Contains("Grace Park (chair of the Harbor Business Association): ", reply);
    }

    [Fact]
    public async Task How_many_times_someone_is_quoted()
    {
        Assert.Contains("quoted 8 times", await _bot.AskAsync("how many times was Marquez quoted?"));
    }

    [Fact]
    public async Task A_bare_name_is_taken_as_what_did_they_say()
    {
        Assert.Contains("bold but affordable", await _bot.AskAsync("okafor"));
    }

    [Theory]
    [InlineData("hello", "Hello!")]
    [InlineData("thanks", "You're welcome")]
    public async Task Small_talk_is_answered(string text, string expected) => Assert.Contains(expected, await _bot.AskAsync(text));

    [Fact]
    public void The_card_is_an_adaptive_card_with_a_body_of_quotes()
    {
        var view = new QuoteView("Ann Lee", "Mayor", "we *will* win", 3, "Twitter", "Town news", Reported: false);
        var card = QuoteCard.Build(new Answer("text", [view], [], "Who said it"));
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        var texts = card.Descendants().OfType<JProperty>().Where(p => p.Name == "text").Select(p => (string)p.Value!).ToList();
        Assert.Equal(["Who said it", "\u201cwe \\*will\\* win\u201d", "\u2014 Ann Lee, Mayor", "Paragraph 3 \u00b7 on Twitter \u00b7 Town news"], texts);
    }

    [Fact]
    public async Task The_same_person_in_two_articles_is_one_person_with_quotes_from_both()
    {
        var second = new HandMadeArticle("harbor2.txt", "Ferry update\n\nMayor Elena Marquez said the first ferry was \"ready to sail.\"\n")
            .Speaker("m", "Elena Marquez", ["Marquez"], ["Mayor"])
            .Quote("m", "ready to sail.")
            .Build();
        using var bot = new Bot(TestArticles.Harbor(), second);
        var who = await bot.AskAsync("who is Marquez");
        Assert.DoesNotContain("Which one", who);
        Assert.Contains("Quoted 9 times", who);
        var reply = await bot.AskAsync("what did marquez say about the ferry sailing");
        Assert.Contains("ready to sail", reply);
        Assert.Contains("Ferry update", reply);
    }

    [Fact]
    public void The_whole_text_of_a_turn_joins_message_card_and_buttons()
    {
        var answer = new Answer(@"**Ann** said \*hi\*", [new QuoteView("Ann", null, "hi there", 1, null, null)], ["more"], "Title");
        var text = TurnText.Of([ReplyRenderer.Render(answer, "webchat")]);
        Assert.Equal("Ann said *hi*\nTitle\n\u201chi there\u201d\n\u2014 Ann\nParagraph 1\n[more]", text);
        Assert.Equal("Ann said *hi*\n[more]", TurnText.Of([ReplyRenderer.Render(answer, "cli")]));
    }
}
