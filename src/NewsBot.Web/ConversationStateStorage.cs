using Microsoft.Bot.Builder;
using NewsBot.State;
using NewsBot.Store.Postgres;

namespace NewsBot.Web;

/// <summary>
/// Where conversation and user state live, from configuration: NewsBot:ConversationState = memory
/// (the default: each instance its own, lost on restart, bounded by NewsBot:State) or postgres
/// (shared by every instance, in the PostgreSQL database of NewsBot:ConversationStateConnection,
/// else of NewsBot:Store, with expired conversations cleared out every NewsBot:State:CleanupInterval).
/// </summary>
public static class ConversationStateStorage
{
    public const string ModeKey = "NewsBot:ConversationState";
    public const string ConnectionKey = "NewsBot:ConversationStateConnection";
    public const string StoreKey = "NewsBot:Store";
    public const string LimitsSection = "NewsBot:State";

    /// <summary>Registers the configured IStorage; call before AddNewsBot, which adds MemoryStorage only when none is registered.</summary>
    /// <exception cref="InvalidOperationException">The mode is unknown, or postgres is asked for without a PostgreSQL database to use.</exception>
    public static IServiceCollection AddConversationStateStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(LimitsSection).Get<StateLimits>() ?? new StateLimits();
        var mode = configuration[ModeKey]?.Trim() ?? "";
        if (mode.Length == 0 || mode.Equals("memory", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IStorage>(sp => new ExpiringMemoryStorage(limits, sp.GetService<TimeProvider>()));
            return services;
        }
        if (!mode.Equals("postgres", StringComparison.OrdinalIgnoreCase) && !mode.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{ModeKey} is '{mode}': use memory (the default) or postgres.");

        var location = configuration[ConnectionKey] is { Length: > 0 } own ? own : configuration[StoreKey];
        if (!PostgresLocation.IsPostgres(location))
            throw new InvalidOperationException(
                $"{ModeKey} is postgres, but neither {ConnectionKey} nor {StoreKey} names a PostgreSQL database " +
                "(a postgres:// URI or a Host=...;Database=... connection string).");
        var database = PostgresLocation.Parse(location!); // a malformed string stops the host here, not at the first turn
        services.AddSingleton(_ => new PostgresStorage(database.ConnectionString));
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<PostgresStorage>());
        var interval = configuration.GetValue($"{LimitsSection}:CleanupInterval", TimeSpan.FromHours(1));
        services.AddHostedService(sp => new StateCleanup(sp.GetRequiredService<PostgresStorage>(), limits.Expiry, interval, sp.GetRequiredService<ILogger<StateCleanup>>()));
        return services;
    }
}

/// <summary>Deletes the shared state of conversations and users gone quiet for longer than the expiry, every interval.</summary>
public sealed class StateCleanup(PostgresStorage storage, TimeSpan expiry, TimeSpan interval, ILogger<StateCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                var deleted = await storage.DeleteExpiredAsync(expiry, stoppingToken);
                if (deleted > 0) logger.LogInformation("Deleted the state of {Count} conversations and users unused for {Expiry}", deleted, expiry);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not clear out expired conversation state; trying again in {Interval}", interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
