using Npgsql;

namespace NewsBot.Store.Postgres;

/// <summary>
/// A PostgreSQL database named by a URI (postgres://user:password@host:port/database?sslmode=require)
/// or by an Npgsql key=value connection string (Host=...;Database=...), and how to name it in
/// messages without its password.
/// </summary>
public sealed class PostgresLocation
{
    public string ConnectionString { get; }

    /// <summary>postgresql://user@host:port/database: never the password.</summary>
    public string Display { get; }

    private PostgresLocation(NpgsqlConnectionStringBuilder builder)
    {
        ConnectionString = builder.ConnectionString;
        Display = $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
    }

    public override string ToString() => Display;

    /// <summary>Whether <paramref name="location"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string? location)
    {
        if (string.IsNullOrWhiteSpace(location)) return false;
        var trimmed = location.Trim();
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return true;
        return trimmed.Split(';').Select(part => part.Split('=', 2)).Any(pair =>
            pair.Length == 2 && pair[0].Trim() is var key
            && (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)));
    }

    /// <exception cref="ArticleStoreException">The location is not a usable PostgreSQL URI or connection string.</exception>
    public static PostgresLocation Parse(string location)
    {
        var trimmed = location.Trim();
        try
        {
            var builder = trimmed.Contains("://", StringComparison.Ordinal) ? FromUri(trimmed) : new NpgsqlConnectionStringBuilder(trimmed);
            if (string.IsNullOrEmpty(builder.Host)) throw new ArgumentException("it names no host");
            return new PostgresLocation(builder);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            // Npgsql's parse messages name the setting, never its value, so the password stays out of the message.
            throw new ArticleStoreException($"The PostgreSQL location is not a valid postgres:// URI or Host=...;Database=... connection string ({Describe(e)}).");
        }
    }

    private static NpgsqlConnectionStringBuilder FromUri(string text)
    {
        var uri = new Uri(text);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.IdnHost };
        if (uri.Port > 0) builder.Port = uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            var user = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(user[0]);
            if (user.Length == 2) builder.Password = Uri.UnescapeDataString(user[1]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            builder[UriKeys.GetValueOrDefault(key.ToLowerInvariant(), key)] = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "";
        }
        return builder;
    }

    // libpq's URI parameter names that Npgsql spells differently (search_path is ours: libpq would say options=-csearch_path=...).
    private static readonly Dictionary<string, string> UriKeys = new()
    {
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["target_session_attrs"] = "Target Session Attributes",
        ["search_path"] = "Search Path",
    };

    private static string Describe(Exception e) => e switch
    {
        UriFormatException => "the URI is malformed",
        _ => e.Message,
    };
}
