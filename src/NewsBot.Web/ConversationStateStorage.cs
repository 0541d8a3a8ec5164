using Microsoft.Bot.Builder;
using NewsBot.State;
using NewsBot.Store.Postgres;

namespace NewsBot.Web;

/// <summary>
/// Where conversation and user state live, from configuration: NewsBot:ConversationState = memory
/// (the default: each instance its own, lost on restart) or postgres (shared by every instance, in
/// the PostgreSQL database of NewsBot:ConversationStateConnection, else of NewsBot:Store).
/// </summary>
public static class ConversationStateStorage
{
    public const string ModeKey = "NewsBot:ConversationState";
    public const string ConnectionKey = "NewsBot:ConversationStateConnection";
    public const string StoreKey = "NewsBot:Store";

    /// <summary>Registers the configured IStorage; call before AddNewsBot, which adds MemoryStorage only when none is registered.</summary>
    /// <exception cref="InvalidOperationException">The mode is unknown, or postgres is asked for without a PostgreSQL database to use.</exception>
    public static IServiceCollection AddConversationStateStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var mode = configuration[ModeKey]?.Trim() ?? "";
        if (mode.Length == 0 || mode.Equals("memory", StringComparison.OrdinalIgnoreCase)) return services;
        if (!mode.Equals("postgres", StringComparison.OrdinalIgnoreCase) && !mode.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{ModeKey} is '{mode}': use memory (the default) or postgres.");

        var location = configuration[ConnectionKey] is { Length: > 0 } own ? own : configuration[StoreKey];
        if (!PostgresLocation.IsPostgres(location))
            throw new InvalidOperationException(
                $"{ModeKey} is postgres, but neither {ConnectionKey} nor {StoreKey} names a PostgreSQL database " +
                "(a postgres:// URI or a Host=...;Database=... connection string).");
        var database = PostgresLocation.Parse(location!); // a malformed string stops the host here, not at the first turn
        services.AddSingleton<IStorage>(_ => new PostgresStorage(database.ConnectionString));
        return services;
    }
}
