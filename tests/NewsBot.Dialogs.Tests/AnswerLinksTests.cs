using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Hosting;
using Newtonsoft.Json.Linq;

namespace NewsBot.Dialogs.Tests;

/// <summary>
/// Answers link to where their quotes stand in the article view, as each channel can show it: on
/// the card (each quote opens its paragraph, and a button does) where cards are shown, in the text
/// elsewhere; and nowhere when the turn has no address the user can open.
/// </summary>
public sealed class AnswerLinksTests : IDisposable
{
    private static readonly ArticleViewLinks Links = new(new Uri("https://newsbot.example.org/desk/"));
    private readonly Bot _bot = new();

    public void Dispose() => _bot.Dispose();

    private Task<Answer> AskAsync(string question) => _bot.InProcess.Answers.AnswerAsync(question, new ConversationMemory());

    private static JObject Card(Microsoft.Bot.Schema.Activity reply) =>
        JObject.FromObject(Assert.Single(reply.Attachments, a => a.ContentType == QuoteCard.ContentType).Content);

    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public async Task On_a_card_each_quote_opens_its_paragraph_and_a_button_opens_the_first(string channel)
    {
        var answer = await AskAsync("who said the plan was bold but affordable?");
        var quote = Assert.Single(answer.Quotes);

        var reply = ReplyRenderer.Render(answer, channel, Links);

        var card = Card(reply);
        var expected = $"https://newsbot.example.org/desk/articles/{quote.ArticleKey}#p{quote.ParagraphNumber}";
        var container = card["body"]!.Single(b => (string?)b["type"] == "Container");
        Assert.Equal(("Action.OpenUrl", expected), ((string?)container["selectAction"]!["type"], (string?)container["selectAction"]!["url"]));
        var button = Assert.Single(card["actions"]!);
        Assert.Equal(("Action.OpenUrl", QuoteCard.SeeIt, expected), ((string?)button["type"], (string?)button["title"], (string?)button["url"]));
        Assert.DoesNotContain("https://", reply.Text);
        Assert.Equal("1", quote.ArticleKey);
        Assert.True(quote.ParagraphNumber > 0);
    }

    [Fact]
    public async Task Where_no_card_is_shown_the_text_links_each_place()
    {
        var answer = await AskAsync("what did Marquez say?");

        var reply = ReplyRenderer.Render(answer, "slack", Links);

        Assert.Empty(reply.Attachments ?? []);
        var places = answer.Quotes.Select(q => q.ParagraphNumber).Distinct().Take(5).Select(n => $"(https://newsbot.example.org/desk/articles/1#p{n})");
        Assert.All(places, place => Assert.Contains(place, reply.Text));
        Assert.Contains("See them in the article: [paragraph ", reply.Text);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    [InlineData("emulator")]
    [InlineData("cli")]
    [InlineData(null)]
    public async Task Without_an_address_the_user_can_open_there_are_no_links(string? channel)
    {
        var answer = await AskAsync("what did Marquez say?");

        var reply = ReplyRenderer.Render(answer, channel, links: null);

        var json = Newtonsoft.Json.JsonConvert.SerializeObject(reply);
        Assert.DoesNotContain("articles/", json);
        Assert.DoesNotContain("Action.OpenUrl", json);
        Assert.DoesNotContain(QuoteCard.SeeIt, json);
    }

    [Fact]
    public void A_quote_of_an_article_that_is_not_the_stores_has_no_link()
    {
        var view = new QuoteView("Ann Lee", null, "We are ready", 3, null, null) { ArticleKey = "harbor.txt" };
        var answer = new Answer("Ann Lee said so.", [view], []);

        var json = Newtonsoft.Json.JsonConvert.SerializeObject(ReplyRenderer.Render(answer, "webchat", Links));

        Assert.DoesNotContain("articles/", json);
        Assert.Null(Links.Place(view));
    }

    [Fact]
    public void A_base_address_must_be_http_or_https_and_keeps_its_path()
    {
        Assert.Throws<ArgumentException>(() => new ArticleViewLinks(new Uri("ftp://example.org/")));
        Assert.Equal("http://example.org/newsbot/articles/7#p2", new ArticleViewLinks(new Uri("http://example.org/newsbot")).Paragraph("7", 2).AbsoluteUri);
        Assert.Equal("http://example.org/articles/7", new ArticleViewLinks(new Uri("http://example.org/?x=1#top")).Paragraph("7", 0).AbsoluteUri);
    }
}
