using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingest;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>The article view's pages over HTTP: untrusted text encoded, a CSP on every page, a clear 404 page for what does not exist.</summary>
public sealed class ArticleViewTests : IngestHostTests
{
    /// <summary>An article whose headline and quotes are markup, as a hostile page or paste could make them.</summary>
    private const string Scripted = """
        <script>alert('title')</script> Council <img src=x onerror=alert(1)> approves budget

        "We will <b>not</b> raise taxes <script>document.cookie</script> this year," said Mayor Lena Ortiz.

        Treasurer Paul Kim said the reserves would cover the shortfall.
        """;

    [Fact]
    public async Task Article_text_that_looks_like_markup_is_shown_as_text_under_a_content_security_policy()
    {
        var added = await Host.Services.GetRequiredService<ArticleIntake>().AddTextAsync(Scripted, "/srv/private/articles/scripted.txt");
        Assert.True(added.Stored, added.Reason);

        using var response = await Http.GetAsync($"articles/{added.ArticleId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<b>not</b>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("Lena Ortiz", html);
        Assert.DoesNotContain("/srv/private", html);
        Assert.Contains("scripted.txt", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script"));   // the page's own script, from this host
    }

    [Theory]
    [InlineData("articles/987654", "no article 987654")]
    [InlineData("articles/abc", "is not an article number")]
    [InlineData("articles/-3", "is not an article number")]
    [InlineData("articles/99999999999999999999999", "is not an article number")]
    public async Task An_article_that_does_not_exist_is_a_404_page_that_says_so(string path, string expected)
    {
        using var response = await Http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(expected, html);
        Assert.Contains("href=\"/articles\"", html);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_ten_kilobyte_id_is_refused_in_a_page_with_a_shortened_echo()
    {
        using var response = await Http.GetAsync("articles/" + new string('7', 3000) + "x");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("is not an article number", html);
        Assert.True(html.Length < 5000, $"the page echoes the whole id ({html.Length} characters)");
    }

    [Fact]
    public async Task A_host_that_keeps_its_articles_in_memory_shows_them_too()
    {
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), new Dictionary<string, string?> { ["NewsBot:Store"] = "memory" });
        using var http = host.Http();

        using var corpus = await http.GetAsync("articles");
        using var article = await http.GetAsync("articles/1");

        Assert.Equal(HttpStatusCode.OK, corpus.StatusCode);
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Contains("Ingrid Solberg", await article.Content.ReadAsStringAsync());
    }
}
