using NewsBot.Store.Postgres;

namespace NewsBot.Web.Articles;

/// <summary>
/// Where the host keeps its article store: NewsBot:Store, a SQLite file path (relative paths from
/// the content root), by default data/newsbot.db, or a PostgreSQL database (postgres:// URI or
/// Host=… connection string); "memory" keeps them in an in-memory store, gone when the host stops.
/// </summary>
public static class StoreLocator
{
    public const string ConfigurationKey = "NewsBot:Store";
    public const string DefaultPath = "data/newsbot.db";
    public const string InMemory = "memory";

    /// <returns>The store file's full path (its folder created) or the PostgreSQL location, or null for the in-memory store.</returns>
    public static string? Locate(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[ConfigurationKey];
        var wanted = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured.Trim();
        if (string.Equals(wanted, InMemory, StringComparison.OrdinalIgnoreCase)) return null;
        if (PostgresLocation.IsPostgres(wanted)) return wanted;
        var path = Path.GetFullPath(wanted, environment.ContentRootPath);
        if (Path.GetDirectoryName(path) is { } folder) Directory.CreateDirectory(folder);
        return path;
    }
}
