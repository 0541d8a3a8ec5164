using Microsoft.Bot.Builder;
using NewsBot.Store;
using NewsBot.Store.Postgres;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace NewsBot.State;

/// <summary>
/// Bot Framework state (ConversationState, UserState, any IStorage user) in one PostgreSQL table,
/// so every bot instance behind a load balancer reads and writes the same conversations.
/// Semantics follow the SDK's storages: items are JSON with their .NET type names (so they read
/// back as the types written); an <see cref="IStoreItem"/> whose ETag is neither "*" nor missing
/// is written only when that ETag is still the stored one, otherwise the write throws
/// <see cref="StateConflictException"/> and none of the batch is written; every write gives the
/// item a new ETag. The table (bot_state) is created on first use; <see cref="DeleteExpiredAsync"/>
/// clears out what has not been written for a while.
/// </summary>
public sealed class PostgresStorage : IStorage, IAsyncDisposable, IDisposable
{
    // Any fixed number, other than the article store's: instances creating the table take turns.
    private const long TableLock = 0x4E657773426F7402;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresLocation _location;
    private readonly JsonSerializer _serializer;
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _ready;

    /// <param name="location">A postgres:// URI or an Npgsql connection string.</param>
    /// <param name="serializer">How items become JSON; by default with type names, limited to the types of <see cref="StateTypeBinder"/>.</param>
    /// <exception cref="ArticleStoreException">The location is not a PostgreSQL URI or connection string.</exception>
    public PostgresStorage(string location, JsonSerializer? serializer = null)
    {
        _location = PostgresLocation.Parse(location);
        _dataSource = NpgsqlDataSource.Create(_location.ConnectionString);
        _serializer = serializer ?? StateDocuments.DefaultSerializer();
    }

    /// <summary>postgresql://user@host:port/database: never the password.</summary>
    public string Location => _location.Display;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0) return items;
        await RunAsync(async connection =>
        {
            await using var read = new NpgsqlCommand("SELECT key, document FROM bot_state WHERE key = ANY($1)", connection) { Parameters = { new() { Value = keys } } };
            await using var row = await read.ExecuteReaderAsync(cancellationToken);
            while (await row.ReadAsync(cancellationToken))
                items[row.GetString(0)] = JObject.Parse(row.GetString(1)).ToObject<object>(_serializer)!;
        }, cancellationToken);
        return items;
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return Task.CompletedTask;
        return RunAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var (key, value) in changes)
            {
                if (value is null)
                {
                    await DeleteAsync(connection, [key], cancellationToken);
                    continue;
                }
                var (document, etag) = StateDocuments.ToDocument(value, _serializer);
                var expected = StateDocuments.ExpectedETag(value);
                if (!await TryWriteAsync(connection, key, document.ToString(Formatting.None), etag, expected, cancellationToken))
                    throw new StateConflictException(key, expected!);
            }
            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Length == 0 ? Task.CompletedTask : RunAsync(connection => DeleteAsync(connection, keys, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Deletes the items not written for <paramref name="unusedFor"/> (conversations and users gone
    /// quiet: every turn that changes state writes it); the count deleted. Safe to run from every
    /// instance at once.
    /// </summary>
    public async Task<int> DeleteExpiredAsync(TimeSpan unusedFor, CancellationToken cancellationToken = default)
    {
        int deleted = 0;
        await RunAsync(async connection =>
            deleted = await ExecuteAsync(connection, "DELETE FROM bot_state WHERE updated < now() - $1", cancellationToken, unusedFor), cancellationToken);
        return deleted;
    }

    public ValueTask DisposeAsync()
    {
        _creating.Dispose();
        return _dataSource.DisposeAsync();
    }

    public void Dispose()
    {
        _creating.Dispose();
        _dataSource.Dispose();
    }

    /// <summary>
    /// Writes unconditionally when <paramref name="expected"/> is missing or "*"; otherwise only over
    /// that ETag, or where no item is stored yet. False when the stored item has another ETag.
    /// </summary>
    private static async Task<bool> TryWriteAsync(NpgsqlConnection connection, string key, string document, string etag, string? expected, CancellationToken cancellationToken)
    {
        if (StateDocuments.OverwritesAnything(expected))
        {
            return await ExecuteAsync(connection, """
                INSERT INTO bot_state (key, document, etag) VALUES ($1, $2, $3)
                ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag, updated = now()
                """, cancellationToken, key, document, etag) == 1;
        }
        return await ExecuteAsync(connection, "UPDATE bot_state SET document = $2, etag = $3, updated = now() WHERE key = $1 AND etag = $4",
                   cancellationToken, key, document, etag, expected) == 1
            || await ExecuteAsync(connection, "INSERT INTO bot_state (key, document, etag) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING",
                   cancellationToken, key, document, etag) == 1;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Task DeleteAsync(NpgsqlConnection connection, string[] keys, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, "DELETE FROM bot_state WHERE key = ANY($1)", cancellationToken, (object)keys);

    private async Task RunAsync(Func<NpgsqlConnection, Task> operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            if (!_ready) await CreateTableAsync(connection, cancellationToken);
            await operation(connection);
        }
        catch (NpgsqlException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw PostgresFailure.From(e, _location);
        }
    }

    private async Task CreateTableAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (_ready) return;
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"""
                SELECT pg_advisory_xact_lock({TableLock});
                CREATE TABLE IF NOT EXISTS bot_state (
                    key text PRIMARY KEY,
                    document text NOT NULL,
                    etag text NOT NULL,
                    updated timestamptz NOT NULL DEFAULT now()
                );
                CREATE INDEX IF NOT EXISTS bot_state_updated ON bot_state (updated);
                """, connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _ready = true;
        }
        finally
        {
            _creating.Release();
        }
    }
}

/// <summary>A state write lost a race: the item's ETag is no longer the one stored (another turn or instance wrote it since).</summary>
public sealed class StateConflictException(string key, string etag)
    : Exception($"Etag conflict: state '{key}' was written elsewhere since it was read (ETag {etag} is no longer current).");
