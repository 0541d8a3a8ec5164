using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Web.Tests.Infrastructure;
using Newtonsoft.Json;

namespace NewsBot.Web.Tests;

/// <summary>
/// /api/messages and the Authorization header: whatever is not a valid Bot Framework token is a 401
/// (never a 500), with or without an app id; with none, no token is ever checked, so nothing is fetched.
/// </summary>
public sealed class BearerTokenTests : IAsyncLifetime
{
    public const string AppId = "3f1c2a9e-5b7d-4e8a-9c0f-1a2b3c4d5e6f";

    public static readonly IReadOnlyDictionary<string, string?> Deployed = new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    };

    private ChannelRecorder _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelRecorder.StartAsync();
    public async Task DisposeAsync() => await _channel.DisposeAsync();

    private static NewsBotHost Host(bool deployed) =>
        new(TestArticles.WriteFolder(), deployed ? Deployed : null, services => services.AddSingleton<IBot, EchoBot>());

    /// <summary>A token of the Bot Framework's shape, signed by nobody.</summary>
    public static string ForgedToken()
    {
        static string Part(object value) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(value))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return Part(new { alg = "RS256", typ = "JWT", kid = "forged-key" }) + "."
            + Part(new { iss = "https://api.botframework.com", aud = AppId, serviceurl = "http://127.0.0.1/", nbf = now - 60, exp = now + 3600 }) + "."
            + "c2lnbmVkLWJ5LW5vYm9keQ";
    }

    private async Task<HttpResponseMessage> PostWithAsync(HttpClient http, string authorization)
    {
        var emulator = new EmulatorClient(http, _channel);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(emulator.Build("message", a => a.Text = "hello")), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await http.SendAsync(request);
    }

    [Theory]
    [InlineData(false, "Bearer x")]
    [InlineData(true, "Bearer x")]
    [InlineData(false, "Bearer a.b.c")]
    [InlineData(true, "Bearer a.b.c")]
    [InlineData(false, "Basic dXNlcjpwYXNz")]
    [InlineData(true, "Basic dXNlcjpwYXNz")]
    [InlineData(true, "Bearer")]
    public async Task A_malformed_authorization_is_401(bool deployed, string authorization)
    {
        await using var host = Host(deployed);
        using var http = host.Http();

        using var response = await PostWithAsync(http, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_channel.RepliesTo("c"));
    }

    [Fact]
    public async Task Without_an_app_id_a_forged_token_is_401_and_nothing_is_fetched()
    {
        await using var host = Host(deployed: false);
        using var http = host.Http();
        using var outbound = new OutboundRequests();

        using var response = await PostWithAsync(http, "Bearer " + ForgedToken());

        Assert.Empty(outbound.ToOtherHosts);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_a_forged_token_never_reaches_the_bot()
    {
        await using var host = Host(deployed: true);
        using var http = host.Http();

        using var response = await PostWithAsync(http, "Bearer " + ForgedToken());

        // 401 where the Bot Framework's signing keys can be fetched; this machine has no internet, so 503 ("cannot check now").
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable });
        Assert.Empty(_channel.RepliesTo("c"));
    }

    /// <summary>What the SDK throws for a well-formed token it cannot accept, or cannot check, and the status each becomes.</summary>
    public static TheoryData<string, HttpStatusCode> CheckFailures => new()
    {
        { "signed with an unknown key", HttpStatusCode.Unauthorized },
        { "expired", HttpStatusCode.Unauthorized },
        { "refused", HttpStatusCode.Unauthorized },
        { "keys out of reach", HttpStatusCode.ServiceUnavailable },
    };

    [Theory]
    [MemberData(nameof(CheckFailures))]
    public async Task A_token_the_sdk_cannot_accept_is_401_and_one_it_cannot_check_is_503(string failure, HttpStatusCode expected)
    {
        Exception thrown = failure switch
        {
            "signed with an unknown key" => new Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException("IDX10503: Signature validation failed."),
            "expired" => new Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException("IDX10223: Lifetime validation failed."),
            "refused" => new UnauthorizedAccessException("Invalid AppId passed on token"),
            _ => new InvalidOperationException("IDX20803: Unable to obtain configuration.", new HttpRequestException("Name or service not known")),
        };
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), Deployed, services =>
        {
            services.AddSingleton<IBot, EchoBot>();
            services.AddSingleton<Microsoft.Bot.Connector.Authentication.BotFrameworkAuthentication>(new FailingAuthentication(thrown));
        });
        using var http = host.Http();

        using var response = await PostWithAsync(http, "Bearer " + ForgedToken());

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("IDX", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Authentication that fails every request the way it is told to.</summary>
    private sealed class FailingAuthentication(Exception failure) : Microsoft.Bot.Connector.Authentication.BotFrameworkAuthentication
    {
        public override Task<Microsoft.Bot.Connector.Authentication.AuthenticateRequestResult> AuthenticateRequestAsync(Microsoft.Bot.Schema.Activity activity, string authHeader, CancellationToken cancellationToken) =>
            Task.FromException<Microsoft.Bot.Connector.Authentication.AuthenticateRequestResult>(failure);

        public override Task<Microsoft.Bot.Connector.Authentication.AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
            Task.FromException<Microsoft.Bot.Connector.Authentication.AuthenticateRequestResult>(failure);

        public override Microsoft.Bot.Connector.Authentication.ConnectorFactory CreateConnectorFactory(System.Security.Claims.ClaimsIdentity claimsIdentity) => throw failure;

        public override Task<Microsoft.Bot.Connector.Authentication.UserTokenClient> CreateUserTokenClientAsync(System.Security.Claims.ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
            Task.FromException<Microsoft.Bot.Connector.Authentication.UserTokenClient>(failure);
    }

    [Fact]
    public async Task Without_an_app_id_a_request_without_a_token_is_answered()
    {
        await using var host = Host(deployed: false);
        using var http = host.Http();
        var emulator = new EmulatorClient(http, _channel);

        var replies = await emulator.AskAsync("hello");

        Assert.Equal(["echo: hello"], replies);
    }

    [Fact]
    public async Task A_401_says_why_in_a_problem_body()
    {
        await using var host = Host(deployed: true);
        using var http = host.Http();

        using var response = await PostWithAsync(http, "Bearer x");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("token", body, StringComparison.OrdinalIgnoreCase);
    }
}
