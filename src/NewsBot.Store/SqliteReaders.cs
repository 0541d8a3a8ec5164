using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace NewsBot.Store;

/// <summary>
/// Read-only connections to a store file, opened when first needed and reused. In WAL mode readers
/// see the last commit and neither wait for the writer nor for each other, so the questions of many
/// conversations are searched at the same time instead of queueing on one connection.
/// </summary>
internal sealed class SqliteReaders(string connectionString, int most) : IAsyncDisposable
{
    private readonly SemaphoreSlim _free = new(most, most);
    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private readonly ConcurrentBag<SqliteConnection> _opened = [];

    /// <summary>
    /// Searches over a large corpus revisit the same index pages: each connection keeps 64 MB of them,
    /// and reads the file through memory mapping, up to SQLite's largest map (2 GB).
    /// </summary>
    public const string ReadTuning = "PRAGMA cache_size = -65536; PRAGMA mmap_size = 2147418112";

    /// <summary>Most readers a store opens: more than the cores rarely helps, and each keeps a page cache.</summary>
    public static int DefaultCount => Math.Clamp(Environment.ProcessorCount, 2, 8);

    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await _free.WaitAsync(cancellationToken);
        SqliteConnection? connection = null;
        try
        {
            connection = _idle.TryTake(out var idle) ? idle : await OpenAsync(cancellationToken);
            return await read(connection);
        }
        finally
        {
            if (connection is not null) _idle.Add(connection);
            _free.Release();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var pragma = connection.CreateCommand();
            // query_only makes a stray write an error.
            pragma.CommandText = "PRAGMA query_only = 1; " + ReadTuning;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        _opened.Add(connection);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _opened) await connection.DisposeAsync();
        _free.Dispose();
    }
}
