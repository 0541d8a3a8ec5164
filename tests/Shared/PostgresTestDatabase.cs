using Npgsql;

namespace NewsBot.Testing;

/// <summary>
/// A fresh PostgreSQL database for one test class (a class fixture), dropped afterwards, on the server
/// that NEWSBOT_TEST_POSTGRES names (default: what eng/setup/30-postgresql.sh creates). A server that
/// cannot be reached fails the tests with a message saying how to get one; they are never skipped.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncLifetime
{
    public const string Variable = "NEWSBOT_TEST_POSTGRES";
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=newsbot;Password=newsbot;Database=newsbot";

    private int _schemas;

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : DefaultServer;

    public string Name { get; } = "newsbot_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>The connection string of this class's database.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = Name }.ConnectionString;

    private bool _created;

    public async Task InitializeAsync()
    {
        await OnServerAsync($"CREATE DATABASE {Name}");
        _created = true;
    }

    public async Task DisposeAsync()
    {
        if (!_created) return;
        // PostgreSQL 15 refuses to force out an autovacuum worker that happens to be cleaning the database
        // ("must be a member of the role whose process is being terminated"): the worker is done in a moment.
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await OnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
                return;
            }
            catch (InvalidOperationException e) when (attempt < DropAttempts && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege })
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private const int DropAttempts = 10;

    /// <summary>A new empty schema in this database, and a connection string whose search path starts there: a fresh store for one test.</summary>
    public async Task<string> NewSchemaAsync()
    {
        var schema = $"test_{Interlocked.Increment(ref _schemas)}";
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    private static async Task OnServerAsync(string sql)
    {
        var server = new NpgsqlConnectionStringBuilder(Server) { Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server where user '{server.Username}' may create databases; {server.Host}:{server.Port} failed: {e.Message}. " +
                $"Run eng/setup/30-postgresql.sh (eng/test.sh does), or set {Variable} to an Npgsql connection string of such a server.", e);
        }
    }
}
