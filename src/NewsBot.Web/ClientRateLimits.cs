using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NewsBot.Web;

/// <summary>A token bucket: <see cref="Burst"/> requests at once, refilled at <see cref="PerMinute"/> a minute.</summary>
public sealed record RateLimit
{
    public int PerMinute { get; init; }
    public int Burst { get; init; }

    public TokenBucketRateLimiterOptions ToOptions()
    {
        // Whole tokens at a period of at least 100 ms, the limiter's own replenishment tick.
        var perMinute = Math.Max(1, PerMinute);
        var period = perMinute <= 600 ? TimeSpan.FromSeconds(60.0 / perMinute) : TimeSpan.FromMilliseconds(100);
        var tokens = perMinute <= 600 ? 1 : (int)Math.Ceiling(perMinute / 600.0);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, Burst),
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}

/// <summary>The limits per client of each kind of request (section RateLimits).</summary>
public sealed record RateLimitSettings
{
    /// <summary>New conversations: Direct Line tokens and conversations, the web chat page's token.</summary>
    public RateLimit Conversations { get; init; } = new() { PerMinute = 30, Burst = 30 };

    /// <summary>Activities posted: to the Direct Line and to /api/messages.</summary>
    public RateLimit Posts { get; init; } = new() { PerMinute = 120, Burst = 60 };

    /// <summary>Uploads to the Direct Line and articles posted to /api/articles.</summary>
    public RateLimit Uploads { get; init; } = new() { PerMinute = 10, Burst = 5 };

    /// <summary>Reads of one conversation's stream (Web Chat polls about twice a second), token refreshes, article lists.</summary>
    public RateLimit Reads { get; init; } = new() { PerMinute = 300, Burst = 100 };
}

/// <summary>
/// Per-client rate limits on every door, with ASP.NET Core's rate limiting: a client is its address
/// (behind a proxy, let the forwarded-headers middleware set it, ASPNETCORE_FORWARDEDHEADERS_ENABLED);
/// on a deployed /api/messages, where a channel's few servers speak for all its users, it is the
/// channel's user instead, checked once the request has proven where it comes from
/// (<see cref="ChannelUsers"/>). A refusal is a 429 with Retry-After.
/// </summary>
public static class ClientRateLimits
{
    public const string Conversations = "conversations";
    public const string Posts = "posts";
    public const string Uploads = "uploads";
    public const string Reads = "reads";
    /// <summary>/api/messages: per address without an app id; with one, per channel user (after authentication).</summary>
    public const string ChannelPosts = "channel-posts";

    public static IServiceCollection AddClientRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("RateLimits").Get<RateLimitSettings>() ?? new RateLimitSettings();
        var deployed = HostSecurity.From(configuration).Deployed;
        services.AddSingleton(settings);
        services.AddSingleton(new ChannelUsers(settings.Posts));
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Conversations, http => ByClient(http, settings.Conversations));
            options.AddPolicy(Posts, http => ByClient(http, settings.Posts));
            options.AddPolicy(Uploads, http => ByClient(http, settings.Uploads));
            options.AddPolicy(Reads, http => ByClient(http, settings.Reads, http.GetRouteValue("conversationId") as string));
            options.AddPolicy(ChannelPosts, http => deployed ? RateLimitPartition.GetNoLimiter("channel") : ByClient(http, settings.Posts));
            options.OnRejected = (context, cancellationToken) =>
                new ValueTask(RefuseAsync(context.HttpContext, context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1)));
        });
        return services;
    }

    /// <summary>The address the request came from (what the forwarded-headers middleware made of it, behind a proxy).</summary>
    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>429 with Retry-After (whole seconds, at least one) and a sentence saying so.</summary>
    public static Task RefuseAsync(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem($"Too many requests; try again in {seconds} s.", statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }

    private static RateLimitPartition<string> ByClient(HttpContext http, RateLimit limit, string? within = null) =>
        RateLimitPartition.GetTokenBucketLimiter(within is null ? ClientOf(http) : ClientOf(http) + "|" + within, _ => limit.ToOptions());
}

/// <summary>
/// The posting limits of a deployed /api/messages: per channel user once the request is
/// authenticated, and per address for requests refused as unauthenticated, so that a flood of
/// forged tokens from one address is turned away before any token of it is checked.
/// </summary>
public sealed class ChannelUsers(RateLimit limit) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _users = Create(limit);
    private readonly PartitionedRateLimiter<string> _refused = Create(limit);

    /// <summary>Null when the user may post now; else how long to wait.</summary>
    public TimeSpan? Refuses(string channelId, string userId) => Acquire(_users, $"{channelId}/{userId}");

    /// <summary>Counts a refused request from a client; how long it must wait when it has been refused too often.</summary>
    public TimeSpan? Refused(string client) => Acquire(_refused, client);

    /// <summary>True when the client has used up its refusals: its requests are not even checked for now.</summary>
    public bool HasBeenRefusedTooOften(string client) => _refused.GetStatistics(client)?.CurrentAvailablePermits <= 0;

    public void Dispose()
    {
        _users.Dispose();
        _refused.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(RateLimit limit) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => limit.ToOptions()));

    private static TimeSpan? Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
    }
}
