using Microsoft.Bot.Schema;
using NewsBot.Dialogs.Articles;
using NewsBot.Ingest;
using NewsBot.Quotes.Tests;
using NewsBot.Store;
using NewsBot.Testing;

namespace NewsBot.Dialogs.Tests;

/// <summary>
/// Articles brought in chat — pasted, linked, attached (Emulator and Web Chat contentUrl, Teams
/// download info, a Direct Line upload's data link) — are stored, described, and answerable in the
/// same conversation; refusals are explained and leave the store as it was.
/// </summary>
public sealed class AddingArticlesTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private PageServer _server = null!;
    private LinkFetcher _fetcher = null!;
    private IArticleStore _store = null!;
    private InProcessBot _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await PageServer.StartAsync();
        _fetcher = new LinkFetcher(new LinkFetcherOptions { AllowLoopback = true, MaxBytes = 1024 * 1024 });
        _store = await ArticleStore.OpenAsync(Path.Combine(_folder.Path, "news.db"));
        await _store.AddAsync(TestArticles.Harbor().Analysis);
        _bot = new InProcessBot(_store, new ArticleIntake(_store, _fetcher, maxBytes: 256 * 1024));
    }

    public async Task DisposeAsync()
    {
        _bot.Dispose();
        await _store.DisposeAsync();
        _fetcher.Dispose();
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_pasted_article_is_added_described_and_then_answerable()
    {
        var chat = _bot.NewConversation();

        var added = (await chat.SendAsync(IngestArticles.FerryText)).Text;
        var asked = (await chat.SendAsync("What did Lindqvist say?")).Text;

        Assert.Contains($"Added {IngestArticles.FerryTitle}", added);
        Assert.Contains("Elena Vasquez", added);
        Assert.Contains("quotes", added);
        Assert.Contains("damage nobody could see", asked);
        Assert.Equal(2, await _store.CountAsync());
    }

    [Fact]
    public async Task The_reply_to_an_added_article_carries_its_result_as_data_for_clients()
    {
        var chat = _bot.NewConversation();

        var added = Assert.Single((await chat.SendAsync(IngestArticles.FerryText)).Replies);
        var refused = Assert.Single((await chat.SendAsync(_server["app"].AbsoluteUri)).Replies);

        var result = Assert.Single(Newtonsoft.Json.Linq.JObject.FromObject(added.Value)["articles"]!);
        var stored = (await _store.ListAsync(0, 10)).Single(a => a.Title == IngestArticles.FerryTitle);
        Assert.True((bool)result["added"]!);
        Assert.Equal(stored.Id, (long)result["articleId"]!);
        Assert.Equal(IngestArticles.FerryTitle, (string)result["title"]!);
        Assert.Equal(stored.QuoteCount, (int)result["quoteCount"]!);
        Assert.True((bool)result["isNew"]!);
        var refusal = Assert.Single(Newtonsoft.Json.Linq.JObject.FromObject(refused.Value)["articles"]!);
        Assert.False((bool)refusal["added"]!);
        Assert.Contains("no article in it", (string)refusal["reason"]!);
    }

    [Fact]
    public async Task The_same_article_twice_is_recognised()
    {
        var chat = _bot.NewConversation();

        await chat.SendAsync(IngestArticles.FerryText);
        var again = (await chat.SendAsync(IngestArticles.FerryText)).Text;

        Assert.Contains("I already had this article", again);
        Assert.Equal(2, await _store.CountAsync());
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("add this {0}")]
    [InlineData("Please read this: {0}")]
    [InlineData("<{0}>")]
    [InlineData("<a href=\"{0}\">{0}</a>")]
    public async Task A_link_is_fetched_and_its_article_added(string message)
    {
        var chat = _bot.NewConversation();

        var reply = (await chat.SendAsync(string.Format(message, _server["news/orchard"]))).Text;
        var asked = (await chat.SendAsync("who said \"the latest frost we have recorded\"?")).Text;

        Assert.Contains($"Added {IngestArticles.OrchardTitle}", reply);
        Assert.Contains("Patrick Nolan", reply);
        Assert.Contains("Aisha Rahman", asked);
    }

    [Theory]
    [InlineData("app", "no article in it")]
    [InlineData("gone", "404")]
    [InlineData("huge", "limit")]
    [InlineData("to-metadata", "private")]
    [InlineData("image.png", "image/png")]
    public async Task A_link_that_cannot_be_added_gets_a_clear_reply_and_stores_nothing(string path, string reasonHas)
    {
        var reply = (await _bot.NewConversation().SendAsync(_server[path].AbsoluteUri)).Text;

        Assert.StartsWith("I couldn't add that article", reply);
        Assert.Contains(reasonHas, reply);
        Assert.Equal(1, await _store.CountAsync());
    }

    [Fact]
    public async Task A_link_to_a_private_address_is_refused()
    {
        var reply = (await _bot.NewConversation().SendAsync("http://10.0.0.1/news/story")).Text;

        Assert.Contains("private", reply);
        Assert.Equal(1, await _store.CountAsync());
    }

    [Fact]
    public async Task A_text_file_attached_in_the_emulator_is_added()
    {
        var reply = await SendAttachments(new Attachment("text/plain", _server["files/orchard.txt"].AbsoluteUri, name: "orchard.txt"));

        Assert.Contains($"Added {IngestArticles.OrchardTitle}", reply);
        Assert.Equal(2, await _store.CountAsync());
    }

    [Fact]
    public async Task A_web_page_attached_in_teams_is_added_from_its_download_url()
    {
        var teamsFile = new Attachment(ArticleOffers.TeamsFileDownloadInfo, name: "ferry.html",
            content: new { downloadUrl = _server["files/ferry.html"].AbsoluteUri, uniqueId = "1a2b", fileType = "html" });
        var teamsBody = new Attachment("text/html", content: "<p>here you go</p>");

        var reply = await SendAttachments([teamsFile, teamsBody], channel: "msteams");

        Assert.Contains($"Added {IngestArticles.FerryTitle}", reply);
        Assert.Equal(2, await _store.CountAsync());
    }

    [Fact]
    public async Task A_file_uploaded_as_a_data_link_is_added()
    {
        var data = "data:text/plain;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(IngestArticles.FerryText));

        var reply = await SendAttachments(new Attachment("text/plain", data, name: "ferry.txt"), channel: "directline");

        Assert.Contains($"Added {IngestArticles.FerryTitle}", reply);
    }

    [Fact]
    public async Task A_binary_attachment_is_refused_and_stores_nothing()
    {
        await _bot.NewConversation().SendAsync(IngestArticles.OrchardText);

        var reply = await SendAttachments(new Attachment("application/octet-stream", _server["files/picture.txt"].AbsoluteUri, name: "picture.txt"));

        Assert.Contains("binary", reply);
        Assert.Equal(2, await _store.CountAsync());
    }

    [Fact]
    public async Task Questions_are_still_questions()
    {
        var chat = _bot.NewConversation();
        var longQuestion = "I read the harbour story this morning and I keep thinking about it. The mayor said a lot about the wall. " +
            "The harbourmaster had numbers too. Could you tell me who said that every patch bought them a winter, and what else did that person say about the wall?";

        await chat.SendAsync("who was quoted?");
        await chat.SendAsync(longQuestion);
        await chat.SendAsync("what is https in a link?");

        Assert.Equal(1, await _store.CountAsync());
    }

    [Fact]
    public async Task Without_a_store_the_bot_says_it_cannot_add_articles()
    {
        using var bot = new InProcessBot(Bot.StoreOf(TestArticles.Harbor()));

        var reply = (await bot.NewConversation().SendAsync(IngestArticles.FerryText)).Text;

        Assert.Contains("can't add articles here", reply);
    }

    private async Task<string> SendAttachments(Attachment attachment, string channel = "emulator") => await SendAttachments([attachment], channel);

    private async Task<string> SendAttachments(Attachment[] attachments, string channel = "emulator")
    {
        var activity = new Activity(ActivityTypes.Message) { Attachments = attachments, ChannelId = channel };
        return (await _bot.NewConversation(channel).RunAsync(activity)).Text;
    }
}
