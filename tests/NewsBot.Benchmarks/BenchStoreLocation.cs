using Npgsql;

namespace NewsBot.Benchmarks;

/// <summary>
/// A new, empty place for a benchmark's store, removed afterwards: a SQLite file in a folder of its
/// own, or a schema of its own in the PostgreSQL database that NEWSBOT_BENCH_POSTGRES names (by
/// default the one eng/setup/30-postgresql.sh creates).
/// </summary>
public sealed class BenchStoreLocation : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string Variable = "NEWSBOT_BENCH_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=newsbot;Password=newsbot;Database=newsbot";

    private readonly Func<Task> _remove;

    /// <summary>What <see cref="NewsBot.Store.ArticleStore.OpenAsync"/> opens.</summary>
    public string Location { get; }

    private BenchStoreLocation(string location, Func<Task> remove)
    {
        Location = location;
        _remove = remove;
    }

    public static async Task<BenchStoreLocation> CreateAsync(string backend)
    {
        if (backend == Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("newsbot-bench-").FullName;
            return new(Path.Combine(folder, "bench.db"), () => { Directory.Delete(folder, recursive: true); return Task.CompletedTask; });
        }
        if (backend != Postgres) throw new ArgumentException($"No store backend '{backend}': {Sqlite} or {Postgres}.", nameof(backend));
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(Server, $"CREATE SCHEMA {schema}");
        return new(new NpgsqlConnectionStringBuilder(Server) { SearchPath = schema }.ConnectionString,
            () => ExecuteAsync(Server, $"DROP SCHEMA {schema} CASCADE"));
    }

    public async ValueTask DisposeAsync() => await _remove();

    /// <summary>The benchmarks' PostgreSQL server: NEWSBOT_BENCH_POSTGRES, or the one eng/setup/30-postgresql.sh sets up.</summary>
    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : DefaultServer;

    /// <summary>A schema that is kept (made when missing), for a store built once and reused.</summary>
    public static async Task<string> KeptSchemaAsync(string schema)
    {
        await ExecuteAsync(Server, $"CREATE SCHEMA IF NOT EXISTS {schema}");
        return new NpgsqlConnectionStringBuilder(Server) { SearchPath = schema }.ConnectionString;
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
