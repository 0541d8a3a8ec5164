using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NewsBot.Testing;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>POST and GET /api/articles on the real host, with a store file and an API key of the test's own.</summary>
public sealed class ArticleApiTests : IngestHostTests
{
    private async Task<HttpResponseMessage> PostAsync(HttpContent content, string? key = ApiKey, bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = content };
        request.Headers.ExpectContinue = expectContinue;
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await Http.SendAsync(request);
    }

    private static JsonContent JsonBody(object body) => JsonContent.Create(body);

    private static async Task<JsonElement> Read(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Posted_text_is_stored_201_then_recognised_200()
    {
        using var first = await PostAsync(JsonBody(new { text = IngestArticles.FerryText }));
        using var second = await PostAsync(JsonBody(new { text = IngestArticles.FerryText }));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var added = await Read(first);
        Assert.Equal(IngestArticles.FerryTitle, added.GetProperty("title").GetString());
        Assert.True(added.GetProperty("isNew").GetBoolean());
        Assert.True(added.GetProperty("quoteCount").GetInt32() >= 4);
        Assert.Equal("Elena Vasquez", added.GetProperty("speakers")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var again = await Read(second);
        Assert.False(again.GetProperty("isNew").GetBoolean());
        Assert.Equal(added.GetProperty("articleId").GetInt64(), again.GetProperty("articleId").GetInt64());
        Assert.Equal(1, await Store.CountAsync());
    }

    [Fact]
    public async Task Posted_html_json_and_raw_bodies_and_a_url_are_each_added()
    {
        using var html = await PostAsync(JsonBody(new { html = IngestArticles.FerryPage }));
        using var raw = await PostAsync(new StringContent(IngestArticles.OrchardText, Encoding.UTF8, "text/plain"));
        using var url = await PostAsync(JsonBody(new { url = Pages["news/orchard"].AbsoluteUri }));
        using var rawHtml = await PostAsync(new StringContent(IngestArticles.OrchardPage.Replace("Dunmore", "Kilbride"), Encoding.UTF8, "text/html"));

        Assert.Equal(HttpStatusCode.Created, html.StatusCode);
        Assert.Contains("Jonas Berg", (await Read(html)).GetProperty("byline").GetString());
        Assert.Equal(HttpStatusCode.Created, raw.StatusCode);
        Assert.Equal(HttpStatusCode.Created, url.StatusCode);
        Assert.Equal(Pages["news/orchard"].AbsoluteUri, (await Read(url)).GetProperty("source").GetString());
        Assert.Equal(HttpStatusCode.Created, rawHtml.StatusCode);
        Assert.Equal(4, await Store.CountAsync());
    }

    [Fact]
    public async Task Articles_are_listed_a_page_at_a_time()
    {
        (await PostAsync(JsonBody(new { text = IngestArticles.FerryText }))).Dispose();
        (await PostAsync(JsonBody(new { text = IngestArticles.OrchardText }))).Dispose();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/articles?offset=1&limit=1");
        request.Headers.Add("X-Api-Key", ApiKey);

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Read(response);
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var article = Assert.Single(page.GetProperty("articles").EnumerateArray());
        Assert.Equal(IngestArticles.OrchardTitle, article.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    [InlineData("test-key-5d1c0b7")]
    public async Task A_missing_or_wrong_key_is_401_and_stores_nothing(string? key)
    {
        using var post = await PostAsync(JsonBody(new { text = IngestArticles.FerryText }), key);
        using var list = await Http.GetAsync("api/articles");

        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(0, await Store.CountAsync());
    }

    public static TheoryData<string, HttpStatusCode, string> BadPosts => new()
    {
        { "not json", HttpStatusCode.BadRequest, "not JSON" },
        { "two fields", HttpStatusCode.BadRequest, "exactly one" },
        { "no field", HttpStatusCode.BadRequest, "exactly one" },
        { "empty text", (HttpStatusCode)422, "empty" },
        { "binary text", (HttpStatusCode)422, "binary" },
        { "scripts page", (HttpStatusCode)422, "no article" },
        { "link to 404", (HttpStatusCode)422, "404" },
        { "link to private", (HttpStatusCode)422, "private" },
        { "link redirecting to private", (HttpStatusCode)422, "10.1.2.3" },
        { "not a link", (HttpStatusCode)422, "not a web link" },
        { "image", HttpStatusCode.UnsupportedMediaType, "JSON" },
        { "huge link", HttpStatusCode.RequestEntityTooLarge, "limit" },
    };

    [Theory]
    [MemberData(nameof(BadPosts))]
    public async Task Bad_input_gets_a_status_and_a_reason_and_leaves_the_store_as_it_was(string input, HttpStatusCode status, string reasonHas)
    {
        (await PostAsync(JsonBody(new { text = IngestArticles.OrchardText }))).Dispose();
        var before = await StoreSnapshot();

        using var response = await PostAsync(input switch
        {
            "not json" => new StringContent("{ text: oops", Encoding.UTF8, "application/json"),
            "two fields" => JsonBody(new { text = "a", url = "https://example.org/" }),
            "no field" => JsonBody(new { source = "x" }),
            "empty text" => JsonBody(new { text = "   " }),
            "binary text" => new ByteArrayContent([0x50, 0x4B, 3, 4, 0, 0, 0, 0, 8, 0, 1, 2]) { Headers = { ContentType = new("text/plain") } },
            "scripts page" => new StringContent(IngestArticles.ScriptsOnlyPage, Encoding.UTF8, "text/html"),
            "link to 404" => JsonBody(new { url = Pages["gone"].AbsoluteUri }),
            "link to private" => JsonBody(new { url = "http://169.254.169.254/latest/meta-data/" }),
            "link redirecting to private" => JsonBody(new { url = Pages["to-private"].AbsoluteUri }),
            "not a link" => JsonBody(new { url = "www example org" }),
            "image" => new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]) { Headers = { ContentType = new("image/png") } },
            "huge link" => JsonBody(new { url = Pages["huge"].AbsoluteUri }),
            _ => throw new ArgumentOutOfRangeException(nameof(input)),
        });

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reasonHas, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await StoreSnapshot());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_without_being_read()
    {
        var before = await StoreSnapshot();
        var hundredMegabytes = new GeneratedContent(100L * 1024 * 1024, "text/plain").Typed();

        // As curl does for large bodies: the headers first, the body only if the server wants it.
        using var response = await PostAsync(hundredMegabytes, expectContinue: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(hundredMegabytes.Sent < 100L * 1024 * 1024, $"{hundredMegabytes.Sent} bytes were sent");
        Assert.Equal(before, await StoreSnapshot());
    }
}

/// <summary>Without NewsBot:ApiKey the endpoints do not exist.</summary>
public sealed class ArticleApiWithoutKeyTests : IngestHostTests
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["NewsBot:ApiKey"] = "" };

    [Fact]
    public async Task No_key_configured_means_404()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = JsonContent.Create(new { text = IngestArticles.FerryText }) };
        request.Headers.Add("X-Api-Key", "anything");

        using var post = await Http.SendAsync(request);
        using var list = await Http.GetAsync("api/articles");

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(0, await Store.CountAsync());
    }
}
