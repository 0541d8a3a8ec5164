using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>
/// Rate limits per client on every door (429 with Retry-After), and fair eviction: a crowd of new
/// conversations is refused before any conversation in use is dropped.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private ChannelRecorder _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelRecorder.StartAsync();
    public async Task DisposeAsync() => await _channel.DisposeAsync();

    private static async Task<IReadOnlyList<HttpResponseMessage>> ManyAsync(int count, int atOnce, Func<Task<HttpResponseMessage>> send)
    {
        var responses = new HttpResponseMessage[count];
        int next = -1;
        await Task.WhenAll(Enumerable.Range(0, atOnce).Select(async _ =>
        {
            for (int i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next)) responses[i] = await send();
        }));
        return responses;
    }

    private static void AssertRefusedWithRetryAfter(IEnumerable<HttpResponseMessage> refused) =>
        Assert.All(refused, r => Assert.True(r.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "429 without Retry-After"));

    [Fact]
    public async Task Twelve_thousand_conversations_from_one_client_are_refused_429_while_a_live_one_keeps_answering()
    {
        await using var host = new NewsBotHost(TestArticles.WriteFolder());
        using var http = host.Http();
        var live = new DirectLineClient(http);
        await live.StartAsync();
        await live.PollAsync();

        var responses = await ManyAsync(12_000, 8, () => http.PostAsync("v3/directline/tokens/generate", null));
        await live.SayAsync("Who said \"every patch bought us a winter\"?");
        var answer = await live.PollAsync();

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange(statuses.GetValueOrDefault(HttpStatusCode.OK), 1, 200);  // the burst and what refills while the flood lasts
        Assert.Equal(12_000 - statuses[HttpStatusCode.OK], statuses[HttpStatusCode.TooManyRequests]);
        AssertRefusedWithRetryAfter(responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Contains(answer, a => a.From.Role == "bot" && a.Text.Contains("Tomas Reyes"));
        foreach (var response in responses) response.Dispose();
    }

    [Fact]
    public async Task At_the_limit_new_conversations_are_refused_503_and_none_in_use_is_dropped()
    {
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), new Dictionary<string, string?>
        {
            ["DirectLine:MaxConversations"] = "20",
            ["RateLimits:Conversations:Burst"] = "1000",
        }, services => services.AddSingleton<IBot, EchoBot>());
        using var http = host.Http();
        var live = new DirectLineClient(http);
        await live.StartAsync();

        var responses = await ManyAsync(200, 4, () => http.PostAsync("v3/directline/tokens/generate", null));
        await live.SayAsync("still here?");
        var activities = await live.PollAsync();

        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode));
        AssertRefusedWithRetryAfter(refused);
        Assert.Contains(activities, a => a.Text == "echo: still here?");
    }

    [Fact]
    public async Task Posting_too_fast_to_the_direct_line_is_429_and_then_allowed_again()
    {
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), new Dictionary<string, string?>
        {
            ["RateLimits:Posts:Burst"] = "5",
            ["RateLimits:Posts:PerMinute"] = "120",
        }, services => services.AddSingleton<IBot, EchoBot>());
        using var http = host.Http();
        var chat = new DirectLineClient(http);
        await chat.StartAsync();
        const string hello = """{"type":"message","text":"hi","from":{"id":"u"}}""";

        var burst = await ManyAsync(12, 1, () => chat.RawAsync(HttpMethod.Post, $"v3/directline/conversations/{chat.ConversationId}/activities", hello));
        var refused = burst.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        AssertRefusedWithRetryAfter(refused);
        await Task.Delay(refused[0].Headers.RetryAfter!.Delta!.Value + TimeSpan.FromMilliseconds(200));
        using var later = await chat.RawAsync(HttpMethod.Post, $"v3/directline/conversations/{chat.ConversationId}/activities", hello);

        Assert.InRange(burst.Count(r => r.StatusCode == HttpStatusCode.OK), 5, 6);
        Assert.NotEmpty(refused);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Contains("Too many requests", await refused[0].Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_an_app_id_posting_too_fast_to_api_messages_is_429_per_client()
    {
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), new Dictionary<string, string?>
        {
            ["RateLimits:Posts:Burst"] = "5",
            ["RateLimits:Posts:PerMinute"] = "6",
        }, services => services.AddSingleton<IBot, EchoBot>());
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);

        var responses = await ManyAsync(12, 1, () => emulator.SayAsync("hello"));

        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        AssertRefusedWithRetryAfter(responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(5, emulator.Replies.Count);
    }

    [Fact]
    public async Task With_an_app_id_a_client_refused_too_often_is_429_before_its_tokens_are_checked()
    {
        var settings = new Dictionary<string, string?>(BearerTokenTests.Deployed)
        {
            ["RateLimits:Posts:Burst"] = "3",
            ["RateLimits:Posts:PerMinute"] = "1",
        };
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), settings, services => services.AddSingleton<IBot, EchoBot>());
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);

        var responses = await ManyAsync(8, 1, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(emulator.Build("message", a => a.Text = "hi")), Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer x");
            return http.SendAsync(request);
        });

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 3), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 5)], responses.Select(r => r.StatusCode));
        AssertRefusedWithRetryAfter(responses.Skip(3));
    }

    [Fact]
    public void A_limit_set_in_part_keeps_its_defaults_for_the_rest()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["RateLimits:Conversations:Burst"] = "1000" }).Build();

        var settings = configuration.GetSection("RateLimits").Get<RateLimitSettings>()!;

        Assert.Equal(new RateLimit { PerMinute = 30, Burst = 1000 }, settings.Conversations);
        Assert.Equal(new RateLimitSettings().Posts, settings.Posts);
    }

    [Fact]
    public async Task Uploads_and_posted_articles_have_their_own_limit()
    {
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), new Dictionary<string, string?>
        {
            ["RateLimits:Uploads:Burst"] = "2",
            ["RateLimits:Uploads:PerMinute"] = "1",
            ["NewsBot:ApiKey"] = IngestHostTests.ApiKey,
        }, services => services.AddSingleton<IBot, EchoBot>());
        using var http = host.Http();
        var chat = new DirectLineClient(http);
        await chat.StartAsync();

        var uploads = await ManyAsync(3, 1, () => UploadAsync(http, chat));
        var articles = await ManyAsync(3, 1, () => PostArticleAsync(http));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], uploads.Select(r => r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, articles[^1].StatusCode);
        AssertRefusedWithRetryAfter([uploads[^1], articles[^1]]);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient http, DirectLineClient chat)
    {
        var activity = new StringContent("""{"type":"message","from":{"id":"u"}}""", Encoding.UTF8);
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("notes"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{chat.ConversationId}/upload")
        {
            Content = new MultipartFormDataContent { { activity, "activity", "blob" }, { file, "file", "notes.txt" } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
        return http.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostArticleAsync(HttpClient http)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = new StringContent("too short to be an article", Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Api-Key", IngestHostTests.ApiKey);
        return http.SendAsync(request);
    }
}
