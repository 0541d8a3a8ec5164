using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Testing;
using NewsBot.Web.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace NewsBot.Web.Tests;

/// <summary>
/// The local Direct Line and the page's token endpoint under one security model: with an app id
/// the Direct Line is off unless it has its own secret; the secret stays on the server; the page
/// gets short-lived tokens only as DirectLine:PageTokens allows; a conversation's user is who its
/// token names; only vouched-for users may add articles on a deployed bot.
/// </summary>
public sealed class DirectLineSecurityTests
{
    private const string Secret = "dl-secret-7f3a9c2e51";
    private const string UserHeader = "X-Signed-In-User";

    private static Dictionary<string, string?> Deployed(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>(BearerTokenTests.Deployed);
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    private static NewsBotHost EchoHost(IReadOnlyDictionary<string, string?> settings) =>
        new(TestArticles.WriteFolder(), settings, services => services.AddSingleton<IBot, EchoBot>());

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? bearer = null, string? json = null, (string, string)? header = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (header is { } h) request.Headers.Add(h.Item1, h.Item2);
        return await http.SendAsync(request);
    }

    [Theory]
    [InlineData("POST", "v3/directline/tokens/generate")]
    [InlineData("POST", "v3/directline/conversations")]
    [InlineData("GET", "v3/directline/conversations/abc/activities")]
    [InlineData("POST", "v3/directline/conversations/abc/activities")]
    [InlineData("POST", "v3/directline/conversations/abc/upload")]
    [InlineData("POST", "api/webchat/token")]
    public async Task With_an_app_id_and_no_secret_the_direct_line_is_off(string method, string path)
    {
        await using var host = EchoHost(Deployed());
        using var http = host.Http();

        using var response = await SendAsync(http, new HttpMethod(method), path, json: """{"type":"message","text":"hi","from":{"id":"u"}}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("DirectLine:Secret", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_a_secret_only_its_holder_gets_tokens_and_starts_conversations()
    {
        await using var host = EchoHost(Deployed(("DirectLine:Secret", Secret)));
        using var http = host.Http();

        using var noSecret = await SendAsync(http, HttpMethod.Post, "v3/directline/tokens/generate");
        using var wrongSecret = await SendAsync(http, HttpMethod.Post, "v3/directline/tokens/generate", bearer: "guess");
        using var startWithout = await SendAsync(http, HttpMethod.Post, "v3/directline/conversations");
        using var generated = await SendAsync(http, HttpMethod.Post, "v3/directline/tokens/generate", bearer: Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, noSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, startWithout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var grant = JObject.Parse(await generated.Content.ReadAsStringAsync());
        Assert.Equal(1800, (int)grant["expires_in"]!);
        Assert.DoesNotContain(Secret, grant.ToString());

        var chat = new DirectLineClient(http) { Token = (string)grant["token"]! };
        using var started = await chat.RawAsync(HttpMethod.Post, "v3/directline/conversations");
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
    }

    [Fact]
    public async Task A_token_made_with_the_secret_for_a_user_speaks_as_that_user_whatever_the_activity_claims()
    {
        await using var host = EchoHost(Deployed(("DirectLine:Secret", Secret)));
        using var http = host.Http();
        using var generated = await SendAsync(http, HttpMethod.Post, "v3/directline/tokens/generate", bearer: Secret, json: """{"user":{"id":"dl_alice","name":"Alice"}}""");
        var grant = JObject.Parse(await generated.Content.ReadAsStringAsync());
        var chat = new DirectLineClient(http) { Token = (string)grant["token"]! };
        var conversationId = (string)grant["conversationId"]!;
        (await chat.RawAsync(HttpMethod.Post, "v3/directline/conversations")).Dispose();

        using var posted = await chat.RawAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", """{"type":"message","text":"hi","from":{"id":"dl_mallory"}}""");
        using var page = await chat.RawAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities");
        var activities = JObject.Parse(await page.Content.ReadAsStringAsync())["activities"]!;

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var echoed = activities.Single(a => (string?)a["text"] == "hi");
        Assert.Equal("dl_alice", (string?)echoed["from"]!["id"]);
        Assert.DoesNotContain(activities, a => (string?)a["from"]?["id"] == "dl_mallory");
    }

    [Fact]
    public async Task The_secret_opens_any_conversation_and_never_reaches_the_page()
    {
        await using var host = EchoHost(Deployed(("DirectLine:Secret", Secret), ("DirectLine:PageTokens", "anyone")));
        using var http = host.Http();

        using var pageToken = await SendAsync(http, HttpMethod.Post, "api/webchat/token");
        var grant = JObject.Parse(await pageToken.Content.ReadAsStringAsync());
        using var withSecret = await SendAsync(http, HttpMethod.Get, $"v3/directline/conversations/{grant["conversationId"]}/activities", bearer: Secret);
        var page = await http.GetStringAsync("");
        var script = await http.GetStringAsync("app.js");

        Assert.Equal(HttpStatusCode.OK, pageToken.StatusCode);
        Assert.StartsWith("dl_", (string)grant["userId"]!);
        Assert.Equal(HttpStatusCode.OK, withSecret.StatusCode);
        Assert.DoesNotContain(Secret, page + script + grant);
    }

    [Fact]
    public async Task With_an_app_id_the_pages_token_endpoint_is_off_unless_configured()
    {
        await using var host = EchoHost(Deployed(("DirectLine:Secret", Secret)));
        using var http = host.Http();

        using var response = await SendAsync(http, HttpMethod.Post, "api/webchat/token");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("DirectLine:PageTokens", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_in_page_tokens_need_the_sign_in_proxys_header_and_name_its_user()
    {
        await using var host = EchoHost(Deployed(("DirectLine:Secret", Secret), ("DirectLine:PageTokens", "signed-in"), ("DirectLine:UserHeader", UserHeader)));
        using var http = host.Http();

        using var anonymous = await SendAsync(http, HttpMethod.Post, "api/webchat/token");
        using var signedIn = await SendAsync(http, HttpMethod.Post, "api/webchat/token", header: (UserHeader, "ann@example.org"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal("ann@example.org", (string?)JObject.Parse(await signedIn.Content.ReadAsStringAsync())["userId"]);
    }

    [Fact]
    public async Task Without_an_app_id_the_page_gets_a_token_and_the_old_open_door_still_works()
    {
        await using var host = EchoHost(new Dictionary<string, string?>());
        using var http = host.Http();

        using var pageToken = await SendAsync(http, HttpMethod.Post, "api/webchat/token");
        var chat = new DirectLineClient(http);
        await chat.StartAsync();

        Assert.Equal(HttpStatusCode.OK, pageToken.StatusCode);
        Assert.Contains(await chat.PollAsync(), a => a.Text == EchoBot.Welcome);
    }

    [Theory]
    [InlineData("DirectLine:PageTokens", "everybody", "use anyone, signed-in or off")]
    [InlineData("DirectLine:PageTokens", "signed-in", "DirectLine:UserHeader")]
    [InlineData("NewsBot:ArticleAdding:Allow", "some", "use everyone, nobody or listed")]
    public async Task A_setting_that_cannot_work_stops_the_host(string key, string value, string message)
    {
        await using var host = EchoHost(Deployed((key, value)));
        var error = Assert.ThrowsAny<Exception>(() => host.Services);
        Assert.Contains(message, error.ToString());
    }

    /// <summary>A deployed bot whose web chat users sign in through a proxy; editors may add articles.</summary>
    private static NewsBotHost DeployedNewsroom(string pageTokens) => new(TestArticles.WriteFolder(), Deployed(
        ("DirectLine:Secret", Secret), ("DirectLine:PageTokens", pageTokens), ("DirectLine:UserHeader", UserHeader),
        ("NewsBot:ArticleAdding:Allow", "listed"), ("NewsBot:ArticleAdding:Users", "editor@example.org, dl_desk")));

    private static async Task<IReadOnlyList<string>> PasteThroughPageAsync(HttpClient http, string? signedInAs)
    {
        using var issued = await SendAsync(http, HttpMethod.Post, "api/webchat/token", header: signedInAs is null ? null : (UserHeader, signedInAs));
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var grant = JObject.Parse(await issued.Content.ReadAsStringAsync());
        var chat = new DirectLineClient(http) { Token = (string)grant["token"]! };
        var conversationId = (string)grant["conversationId"]!;
        (await chat.RawAsync(HttpMethod.Post, "v3/directline/conversations")).Dispose();
        var paste = new JObject { ["type"] = "message", ["text"] = IngestArticles.FerryText, ["from"] = new JObject { ["id"] = "editor@example.org" } };
        (await chat.RawAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", paste.ToString())).Dispose();
        using var page = await chat.RawAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities");
        return JObject.Parse(await page.Content.ReadAsStringAsync())["activities"]!
            .Where(a => (string?)a["from"]?["role"] == "bot").Select(a => (string?)a["text"] ?? "").ToList();
    }

    [Fact]
    public async Task On_a_deployed_bot_an_anonymous_web_chat_user_may_not_add_articles_even_claiming_a_listed_id()
    {
        await using var host = DeployedNewsroom("anyone");
        using var http = host.Http();

        var replies = await PasteThroughPageAsync(http, signedInAs: null);

        Assert.Contains(replies, r => r.Contains("only some signed-in users"));
        Assert.DoesNotContain(replies, r => r.Contains("Added"));
    }

    [Fact]
    public async Task On_a_deployed_bot_a_signed_in_listed_user_adds_articles_and_another_does_not()
    {
        await using var host = DeployedNewsroom("signed-in");
        using var http = host.Http();

        var editor = await PasteThroughPageAsync(http, "editor@example.org");
        var reader = await PasteThroughPageAsync(http, "reader@example.org");

        Assert.Contains(editor, r => r.Contains($"Added **{IngestArticles.FerryTitle}**"));
        Assert.Contains(reader, r => r.Contains("only some signed-in users"));
    }
}
