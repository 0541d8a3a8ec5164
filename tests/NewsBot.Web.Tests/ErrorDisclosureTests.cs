using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Store;
using NewsBot.Testing;
using NewsBot.Web.Tests.Infrastructure;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsBot.Web.Tests;

/// <summary>No server path and no exception text reaches a client, whatever fails on the server.</summary>
public sealed class ErrorDisclosureTests : IAsyncLifetime
{
    private ChannelRecorder _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelRecorder.StartAsync();
    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task A_failing_turn_sends_the_emulator_no_exception_text()
    {
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), replaceServices: services => services.AddSingleton<IBot, FailingBot>());
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);

        await emulator.AskAsync("anything");

        var sent = _channel.RepliesTo(emulator.ConversationId);
        Assert.NotEmpty(sent);
        Assert.All(sent, activity => Assert.DoesNotContain("failed on purpose", JsonConvert.SerializeObject(activity)));
    }

    [Fact]
    public async Task Listing_articles_shows_no_server_paths()
    {
        var articles = TestArticles.WriteFolder();
        await using var host = new NewsBotHost(articles, new Dictionary<string, string?> { ["NewsBot:ApiKey"] = IngestHostTests.ApiKey });
        using var http = host.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/articles");
        request.Headers.Add("X-Api-Key", IngestHostTests.ApiKey);

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("storm-wall.txt", body);
        Assert.DoesNotContain(articles, body);
        Assert.DoesNotContain(Path.GetTempPath(), body);
    }

    private const string LockedStorePath = "/srv/newsbot/private/data/newsbot.db";

    /// <summary>The host with a store whose writes fail as a locked SQLite file does (its message names the file).</summary>
    private static NewsBotHost HostWithLockedStore() =>
        new(TestArticles.WriteFolder(), new Dictionary<string, string?> { ["NewsBot:ApiKey"] = IngestHostTests.ApiKey }, services =>
        {
            var real = services.Single(d => d.ServiceType == typeof(IArticleStore));
            services.Replace(ServiceDescriptor.Singleton<IArticleStore>(sp => LockedStore.Around((IArticleStore)real.ImplementationFactory!(sp))));
        });

    [Fact]
    public async Task A_locked_store_is_a_503_without_its_path_over_http()
    {
        await using var host = HostWithLockedStore();
        using var http = host.Http();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = new StringContent(IngestArticles.FerryText, Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Api-Key", IngestHostTests.ApiKey);

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("/srv/newsbot", body);
        Assert.Contains("nothing was stored", body);
    }

    [Fact]
    public async Task A_locked_store_is_a_plain_apology_without_its_path_in_chat()
    {
        await using var host = HostWithLockedStore();
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);

        var reply = Assert.Single(await emulator.AskAsync(IngestArticles.FerryText));

        Assert.DoesNotContain("/srv/newsbot", reply);
        Assert.Contains("couldn't add", reply);
    }

    [Fact]
    public async Task An_upload_of_an_unknown_activity_type_is_a_400_like_a_post()
    {
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), replaceServices: services => services.AddSingleton<IBot, EchoBot>());
        using var http = host.Http();
        var chat = new DirectLineClient(http);
        await chat.StartAsync();
        var activity = new StringContent("""{"type":"warp","from":{"id":"u"}}""", Encoding.UTF8);
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("some text"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{chat.ConversationId}/upload")
        {
            Content = new MultipartFormDataContent { { activity, "activity", "blob" }, { file, "file", "a.txt" } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await chat.PollAsync(), a => a.Text?.StartsWith("echo", StringComparison.Ordinal) == true);
    }

    /// <summary>A store whose every write fails as a locked SQLite store's does; everything else goes to the real store.</summary>
    public class LockedStore : DispatchProxy
    {
        private IArticleStore _inner = null!;

        public static IArticleStore Around(IArticleStore inner)
        {
            var proxy = Create<IArticleStore, LockedStore>();
            ((LockedStore)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            if (method!.Name == nameof(IArticleStore.AddAsync))
                return Task.FromException<AddResult>(new ArticleStoreException($"{LockedStorePath} is busy: another process kept it locked too long."));
            try
            {
                return method.Invoke(_inner, args);
            }
            catch (TargetInvocationException e)
            {
                throw e.InnerException!;
            }
        }
    }
}
