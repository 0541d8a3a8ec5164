using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>Whatever is posted to /api/messages, a bad request is a 4xx that says why, never a 500, and reaches no bot.</summary>
public sealed class MalformedRequestTests : LoopbackHostTests
{
    protected override NewsBotHost CreateHost() => new(TestArticles.WriteFolder(), replaceServices: services => services.AddSingleton<IBot, EchoBot>());

    public static TheoryData<string, string> BadBodies => new()
    {
        { "not JSON", "hello bot" },
        { "truncated JSON", """{"type":"message","text":"hi""" },
        { "a JSON array", """[{"type":"message"}]""" },
        { "a JSON string", "\"message\"" },
        { "JSON null", "null" },
        { "empty object", "{}" },
        { "no type", """{"text":"hi","channelId":"emulator","serviceUrl":"{serviceUrl}","from":{"id":"u"},"conversation":{"id":"c"}}""" },
        { "unknown type", """{"type":"teleport","channelId":"emulator","serviceUrl":"{serviceUrl}","from":{"id":"u"},"conversation":{"id":"c"}}""" },
        { "type of the wrong kind", """{"type":{"a":1},"channelId":"emulator","serviceUrl":"{serviceUrl}","from":{"id":"u"},"conversation":{"id":"c"}}""" },
        { "no serviceUrl", """{"type":"message","text":"hi","channelId":"emulator","from":{"id":"u"},"conversation":{"id":"c"}}""" },
        { "relative serviceUrl", """{"type":"message","text":"hi","channelId":"emulator","serviceUrl":"/replies","from":{"id":"u"},"conversation":{"id":"c"}}""" },
        { "non-http serviceUrl", """{"type":"message","text":"hi","channelId":"emulator","serviceUrl":"file:///etc/passwd","from":{"id":"u"},"conversation":{"id":"c"}}""" },
        { "no conversation", """{"type":"message","text":"hi","channelId":"emulator","serviceUrl":"{serviceUrl}","from":{"id":"u"}}""" },
        { "conversation without id", """{"type":"message","text":"hi","channelId":"emulator","serviceUrl":"{serviceUrl}","from":{"id":"u"},"conversation":{}}""" },
        { "no from", """{"type":"message","text":"hi","channelId":"emulator","serviceUrl":"{serviceUrl}","conversation":{"id":"c"}}""" },
        { "no channelId", """{"type":"message","text":"hi","serviceUrl":"{serviceUrl}","from":{"id":"u"},"conversation":{"id":"c"}}""" },
        { "wrongly typed field", """{"type":"message","text":"hi","channelId":"emulator","serviceUrl":"{serviceUrl}","from":{"id":"u"},"conversation":{"id":"c"},"attachments":"none"}""" },
        { "bad timestamp", """{"type":"message","text":"hi","channelId":"emulator","serviceUrl":"{serviceUrl}","from":{"id":"u"},"conversation":{"id":"c"},"timestamp":"yesterday"}""" },
        { "deeply nested", "{\"type\":\"message\",\"value\":" + new string('[', 5000) + new string(']', 5000) + "}" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_bodies_get_a_400_with_a_reason(string _, string body)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Empty_body_gets_a_400()
    {
        using var response = await Http.PostAsync("api/messages", new ByteArrayContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Invalid_utf8_gets_a_400()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"type":"message","text":"X"}""");
        bytes[bytes.Length - 4] = 0xC3; // a lead byte with no continuation
        bytes[bytes.Length - 3] = 0x28;
        using var response = await Http.PostAsync("api/messages", new ByteArrayContent(bytes));
        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task A_huge_body_gets_a_413_whether_or_not_its_length_is_announced()
    {
        var emulator = new EmulatorClient(Http, Channel);
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(emulator.Build("message", a => a.Text = new string('x', 2_000_000)));

        using var announced = await Http.PostAsync("api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var streamed = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, announced.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Empty(emulator.Replies);
    }

    [Fact]
    public async Task A_long_message_within_the_limit_is_answered()
    {
        var emulator = new EmulatorClient(Http, Channel);
        var replies = await emulator.AskAsync(string.Concat(Enumerable.Repeat("who said what? ", 5_000)));
        Assert.InRange(replies.Count, 1, NewsBot.Web.BotFramework.ReplySizeLimit.MaxParts); // the echo of 75 KB goes back in parts under the channel limit
    }

    [Fact]
    public async Task Get_is_not_allowed()
    {
        using var response = await Http.GetAsync("api/messages");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task No_bad_request_reached_the_bot()
    {
        foreach (var body in BadBodies.Select(row => (string)row[1])) (await PostAsync(body)).Dispose();
        var control = await PostAsync("""{"type":"message","text":"hi","channelId":"emulator","serviceUrl":"{serviceUrl}","from":{"id":"u"},"conversation":{"id":"c2"}}""");

        Assert.Equal(HttpStatusCode.OK, control.StatusCode);
        Assert.Empty(Channel.RepliesTo("c"));
        Assert.Single(Channel.RepliesTo("c2"));
    }

    /// <summary>Posts a body whose serviceUrl (if any) is the recording channel, so anything reaching the bot would show.</summary>
    private Task<HttpResponseMessage> PostAsync(string body) =>
        Http.PostAsync("api/messages", new StringContent(body.Replace("{serviceUrl}", Channel.ServiceUrl), Encoding.UTF8, "application/json"));
}
