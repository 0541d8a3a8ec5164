using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>
/// The article view is a door like the chat: on a deployed bot it is open to whom the web chat page
/// is open (DirectLine:PageTokens), unless NewsBot:ArticleView:Access says public or off.
/// </summary>
public sealed class ArticleViewAccessTests
{
    private const string UserHeader = "X-Signed-In-User";

    private static NewsBotHost Host(params (string Key, string? Value)[] settings)
    {
        var all = new Dictionary<string, string?>(BearerTokenTests.Deployed);
        foreach (var (key, value) in settings) all[key] = value;
        return new NewsBotHost(TestArticles.WriteFolder(), all, services => services.AddSingleton<IBot, EchoBot>());
    }

    private static async Task<HttpStatusCode> GetAsync(NewsBotHost host, string path, string? signedIn = null)
    {
        using var http = host.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (signedIn is not null) request.Headers.Add(UserHeader, signedIn);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_deployed_bot_whose_page_gets_no_tokens_keeps_the_article_view_closed()
    {
        await using var host = Host(("DirectLine:Secret", "dl-secret-41c0"));

        Assert.Equal(HttpStatusCode.NotFound, await GetAsync(host, "articles"));
        Assert.Equal(HttpStatusCode.NotFound, await GetAsync(host, "articles/1"));
    }

    [Fact]
    public async Task With_signed_in_page_tokens_the_article_view_needs_the_signed_in_user()
    {
        await using var host = Host(("DirectLine:Secret", "dl-secret-41c0"), ("DirectLine:PageTokens", "signed-in"), ("DirectLine:UserHeader", UserHeader));

        Assert.Equal(HttpStatusCode.Unauthorized, await GetAsync(host, "articles"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(host, "articles", signedIn: "editor@example.org"));
    }

    [Fact]
    public async Task A_deployment_may_open_the_article_view_to_everyone_or_close_it()
    {
        await using var open = Host(("NewsBot:ArticleView:Access", "public"));
        await using var closed = Host(("DirectLine:Secret", "dl-secret-41c0"), ("DirectLine:PageTokens", "anyone"), ("NewsBot:ArticleView:Access", "off"));
        await using var asChat = Host(("DirectLine:Secret", "dl-secret-41c0"), ("DirectLine:PageTokens", "anyone"));

        Assert.Equal(HttpStatusCode.OK, await GetAsync(open, "articles"));
        Assert.Equal(HttpStatusCode.NotFound, await GetAsync(closed, "articles"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(asChat, "articles"));
    }
}
