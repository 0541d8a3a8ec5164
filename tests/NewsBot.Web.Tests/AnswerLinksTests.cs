using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Dialogs.Hosting;
using NewsBot.Ingest;
using NewsBot.Web.ArticleView;
using NewsBot.Web.DirectLine;
using NewsBot.Web.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace NewsBot.Web.Tests;

/// <summary>A host with adding articles on, and the ways of asking it through each door and reading the links in the reply.</summary>
public abstract class AnswerLinkHostTests : IngestHostTests
{
    protected async Task<long> AddReservoirAsync()
    {
        var added = await Host.Services.GetRequiredService<ArticleIntake>().AddTextAsync(NewsroomArticles.Reservoir, "reservoir.txt");
        Assert.True(added.Stored, added.Reason);
        return added.ArticleId!.Value;
    }

    internal static async Task<Activity> AnswerOnDirectLineAsync(HttpClient http, string question)
    {
        var client = new DirectLineClient(http);
        await client.StartAsync();
        await client.PollAsync();
        var (id, _) = await client.SayAsync(question);
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(20); waited += TimeSpan.FromMilliseconds(100))
        {
            if ((await client.PollAsync()).FirstOrDefault(a => a.ReplyToId == id && a.Type == ActivityTypes.Message) is { } reply) return reply;
            await Task.Delay(100);
        }
        throw new TimeoutException($"no answer to \"{question}\"");
    }

    protected async Task<Activity> AnswerOnApiMessagesAsync(string channelId, string question)
    {
        var client = new EmulatorClient(Http, Channel, channelId);
        using var response = await client.SayAsync(question);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Channel.RepliesTo(client.ConversationId).Last(a => a.Type == ActivityTypes.Message);
    }

    internal static JObject? CardOf(Activity reply) =>
        reply.Attachments?.Where(a => a.ContentType == QuoteCard.ContentType).Select(a => JObject.FromObject(a.Content)).FirstOrDefault();

    /// <summary>Every address a card opens: its quotes' and its buttons'.</summary>
    internal static List<string> OpenedUrls(JObject card) =>
        card.Descendants().OfType<JObject>().Where(o => (string?)o["type"] == "Action.OpenUrl").Select(o => (string)o["url"]!).ToList();
}

/// <summary>
/// Answers through the host link to the exact paragraph of the article view, in each channel as it
/// can open links: the web chat on the host's own Direct Line (its own origin), the Emulator and
/// Teams on this machine, Teams anywhere once NewsBot:PublicUrl says where the host is; and never
/// when the chat's users may not open the pages.
/// </summary>
public sealed class AnswerLinksTests : AnswerLinkHostTests
{
    [Fact]
    public async Task In_the_web_chat_the_card_opens_the_paragraph_that_holds_the_quote_on_the_pages_own_host()
    {
        var id = await AddReservoirAsync();

        var reply = await AnswerOnDirectLineAsync(Http, $"who said \"{NewsroomArticles.ThirdSpeakersWords}\"?");

        var urls = OpenedUrls(CardOf(reply)!);
        var paragraph = (await Store.GetAsync(id))!.Quotes.Single(q => q.Text.Contains(NewsroomArticles.ThirdSpeakersWords, StringComparison.Ordinal)).Paragraph;
        var expected = new Uri(Host.Address, $"articles/{id}#p{paragraph + 1}").AbsoluteUri;
        Assert.Contains(expected, urls);
        Assert.All(urls, url => Assert.StartsWith(Host.Address.AbsoluteUri, url));
        using var page = await Http.GetAsync(new Uri(expected).GetLeftPart(UriPartial.Path));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"id=\"p{paragraph + 1}\"", await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("msteams")]
    public async Task On_this_machine_the_emulator_and_teams_open_the_local_host(string channel)
    {
        var id = await AddReservoirAsync();

        var reply = await AnswerOnApiMessagesAsync(channel, $"what did {NewsroomArticles.ThirdSpeaker} say?");

        var urls = OpenedUrls(CardOf(reply)!);
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.StartsWith(new Uri(Host.Address, $"articles/{id}#p").AbsoluteUri, url));
    }
}

/// <summary>With NewsBot:PublicUrl, every channel's answers link to the public address.</summary>
public sealed class PublicAnswerLinksTests : AnswerLinkHostTests
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { [AnswerLinks.PublicUrlKey] = "https://newsbot.example.org/desk" };

    [Fact]
    public async Task Teams_answers_link_to_the_public_address()
    {
        var id = await AddReservoirAsync();

        var reply = await AnswerOnApiMessagesAsync("msteams", $"what did {NewsroomArticles.ThirdSpeaker} say?");

        Assert.All(OpenedUrls(CardOf(reply)!), url => Assert.StartsWith($"https://newsbot.example.org/desk/articles/{id}#p", url));
    }
}

/// <summary>With the article view off, no answer links to it, in any channel.</summary>
public sealed class NoAnswerLinksTests : IngestHostTests
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [ArticleViewAccess.SettingKey] = "off",
        [AnswerLinks.PublicUrlKey] = "https://newsbot.example.org/",
    };

    [Fact]
    public async Task Cards_carry_no_links_when_the_pages_are_off()
    {
        var intake = Host.Services.GetRequiredService<ArticleIntake>();
        Assert.True((await intake.AddTextAsync(NewsroomArticles.Reservoir, "reservoir.txt")).Stored);
        var web = await AnswerLinkHostTests.AnswerOnDirectLineAsync(Http, $"what did {NewsroomArticles.ThirdSpeaker} say?");
        var teams = new EmulatorClient(Http, Channel, "msteams");
        using var response = await teams.SayAsync($"what did {NewsroomArticles.ThirdSpeaker} say?");

        foreach (var reply in new[] { web, Channel.RepliesTo(teams.ConversationId).Last() })
        {
            var json = Newtonsoft.Json.JsonConvert.SerializeObject(reply);
            Assert.Contains(NewsroomArticles.ThirdSpeakersWords, json);
            Assert.DoesNotContain("Action.OpenUrl", json);
            Assert.DoesNotContain("/articles/", json);
        }
        using var export = await Http.GetAsync("articles/quotes.csv?article=1");
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
    }
}

/// <summary>The rules of <see cref="AnswerLinks"/> on a deployed bot, where requests come from a channel's servers.</summary>
public sealed class DeployedAnswerLinksTests
{
    private static AnswerLinks Links(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000abcd", ["DirectLine:Secret"] = "a-secret-of-the-direct-line" }
                .Concat(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))).Build();
        var host = HostSecurity.From(configuration);
        var chat = new DirectLineAccess(configuration.GetSection("DirectLine").Get<DirectLineOptions>() ?? new DirectLineOptions(), host);
        return new AnswerLinks(configuration, new ArticleViewAccess(configuration, chat, host), host);
    }

    private static HttpRequest FromChannel()
    {
        var http = new DefaultHttpContext();
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("internal-node-7:8080");
        http.Connection.RemoteIpAddress = IPAddress.Parse("52.112.0.9");
        return http.Request;
    }

    [Fact]
    public void Without_a_public_address_a_channels_request_gets_no_links()
    {
        Assert.Null(Links((ArticleViewAccess.SettingKey, "public")).For(FromChannel(), ownDirectLine: false));
    }

    [Fact]
    public void With_one_links_go_there_when_the_chats_users_may_open_the_pages()
    {
        Assert.Equal("https://newsbot.example.org/", Links((ArticleViewAccess.SettingKey, "public"), (AnswerLinks.PublicUrlKey, "https://newsbot.example.org"))
            .For(FromChannel(), ownDirectLine: false)!.Base.AbsoluteUri);
        Assert.NotNull(Links(("DirectLine:PageTokens", "anyone"), (AnswerLinks.PublicUrlKey, "https://newsbot.example.org")).For(FromChannel(), false));
        // As the chat, with no page tokens: no one outside may open the pages, so no links.
        Assert.Null(Links((AnswerLinks.PublicUrlKey, "https://newsbot.example.org")).For(FromChannel(), false));
        Assert.Null(Links((ArticleViewAccess.SettingKey, "off"), (AnswerLinks.PublicUrlKey, "https://newsbot.example.org")).For(FromChannel(), false));
    }

    [Theory]
    [InlineData("newsbot.example.org")]
    [InlineData("ftp://newsbot.example.org/")]
    [InlineData("https://newsbot.example.org/?page=1")]
    public void A_public_address_that_is_no_http_address_stops_the_host_with_a_reason(string url)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Links((AnswerLinks.PublicUrlKey, url)));
        Assert.Contains(AnswerLinks.PublicUrlKey, refused.Message);
    }
}
