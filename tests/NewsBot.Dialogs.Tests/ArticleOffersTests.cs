using Microsoft.Bot.Schema;
using NewsBot.Dialogs.Articles;
using NewsBot.Testing;

namespace NewsBot.Dialogs.Tests;

public sealed class ArticleOffersTests
{
    private static ArticleOffer? Read(string text, params Attachment[] attachments) =>
        ArticleOffers.Read(new Activity(ActivityTypes.Message) { Text = text, Attachments = attachments });

    [Theory]
    [InlineData("https://news.example.org/2026/ferry", "https://news.example.org/2026/ferry")]
    [InlineData("add this https://news.example.org/a?b=1.", "https://news.example.org/a?b=1")]
    [InlineData("Read this article: http://example.org/story", "http://example.org/story")]
    [InlineData("<at>NewsBot</at> https://example.org/x", "https://example.org/x")]
    [InlineData("<p><a href=\"https://example.org/y\">https://example.org/y</a></p>", "https://example.org/y")]
    public void A_link_alone_or_with_add_this_brings_an_article(string text, string url) =>
        Assert.Equal(new LinkOffer(url), Read(text));

    [Theory]
    [InlineData("who said https://example.org is great?")]
    [InlineData("what did Vasquez say about https://example.org/ferry and the crossing?")]
    [InlineData("who was quoted?")]
    [InlineData("Tell me what the mayor said. And the harbourmaster. And everyone else who spoke about the storm wall and its cost, please?")]
    public void Questions_bring_no_article(string text) => Assert.Null(Read(text));

    [Fact]
    public void A_long_text_of_several_sentences_is_a_pasted_article_and_keeps_its_paragraphs()
    {
        var offer = Assert.IsType<PastedOffer>(Read(IngestArticles.FerryText));

        Assert.Contains("\n\n", offer.Text);
        Assert.StartsWith(IngestArticles.FerryTitle, offer.Text);
    }

    [Fact]
    public void Teams_paragraphs_become_paragraphs()
    {
        var html = string.Join("", IngestArticles.OrchardText.Split("\n\n").Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>"));

        var offer = Assert.IsType<PastedOffer>(Read(html));

        Assert.Contains("\u0022Another hour", offer.Text);
        Assert.Contains("\n\n", offer.Text);
    }

    [Fact]
    public void Files_are_offered_but_cards_and_the_teams_message_copy_are_not()
    {
        var offer = Read("", new Attachment("text/plain", "http://localhost:5000/v3/attachments/1", name: "a.txt"),
            new Attachment("application/vnd.microsoft.card.adaptive", content: new { type = "AdaptiveCard" }),
            new Attachment("text/html", content: "<p>hi</p>"),
            new Attachment(ArticleOffers.TeamsFileDownloadInfo, name: "b.html", content: new { downloadUrl = "https://tenant.sharepoint.com/b.html" }));

        var files = Assert.IsType<AttachmentsOffer>(offer).Files;
        Assert.Equal(["a.txt", "b.html"], files.Select(f => f.Name));
        Assert.Equal("https://tenant.sharepoint.com/b.html", files[1].ContentUrl);
    }
}
