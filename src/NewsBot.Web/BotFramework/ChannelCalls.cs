using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace NewsBot.Web.BotFramework;

/// <summary>
/// The HTTP calls the bot makes to channels (replies to an activity's serviceUrl): pooled, and
/// through the standard resilience handler of Microsoft.Extensions.Http.Resilience, so a channel
/// that does not answer costs a turn <see cref="Timeout"/> (NewsBot:Channel:Timeout, 10 s) and not
/// HttpClient's 100 s; a channel that keeps failing opens a circuit of its own (one per serviceUrl
/// host), and its turns then fail at once. Replies are POSTs, which are never retried: a retry
/// could post a reply twice.
/// </summary>
public static class ChannelCalls
{
    public const string TimeoutKey = "NewsBot:Channel:Timeout";

    public static IServiceCollection AddChannelCalls(this IServiceCollection services, IConfiguration configuration)
    {
        var timeout = configuration.GetValue(TimeoutKey, TimeSpan.FromSeconds(10));
        // The SDK's connector asks the factory for its default client.
        services.AddHttpClient(Options.DefaultName)
            .AddStandardResilienceHandler(options =>
            {
                options.AttemptTimeout.Timeout = timeout;
                options.TotalRequestTimeout.Timeout = timeout;
                options.Retry.DisableForUnsafeHttpMethods();
                options.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, 2 * timeout.Ticks));
                options.CircuitBreaker.MinimumThroughput = 5;
                options.CircuitBreaker.FailureRatio = 0.5;
                options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
            })
            .SelectPipelineByAuthority();
        return services;
    }

    /// <summary>True when a turn failed because its channel could not be reached in time (so telling it so would fail too).</summary>
    public static bool IsUnreachableChannel(Exception exception) => exception switch
    {
        TimeoutRejectedException or BrokenCircuitException or HttpRequestException => true,
        OperationCanceledException { InnerException: TimeoutException } => true,
        _ when exception.InnerException is { } inner => IsUnreachableChannel(inner),
        _ => false,
    };
}
