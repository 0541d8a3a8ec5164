using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsBot.Store;

/// <summary>
/// One statement prepared once on a connection and run many times with its parameters bound by position
/// (?1, ?2, ...). A writer runs a batch's thousands of row inserts through these: Microsoft.Data.Sqlite
/// looks every parameter up by name and re-marshals it on every execution, which cost the writer thread
/// more than the rows' own b-tree work.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        int rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Runs the statement with these values for ?1, ?2, ... (numbers as integers, the rest as text, null as NULL).</summary>
    public void Execute(ReadOnlySpan<object?> values) => Step(values, readsId: false);

    /// <summary>Runs the statement and returns the integer in the first column of its first row, or null when it returns no row.</summary>
    public long? ExecuteForId(ReadOnlySpan<object?> values) => Step(values, readsId: true);

    private long? Step(ReadOnlySpan<object?> values, bool readsId)
    {
        try
        {
            for (int i = 0; i < values.Length; i++) Bind(i + 1, values[i]);
            int rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_ROW) return readsId ? raw.sqlite3_column_int64(_statement, 0) : null;
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
            return null;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    private void Bind(int index, object? value)
    {
        int rc = value switch
        {
            null => raw.sqlite3_bind_null(_statement, index),
            int number => raw.sqlite3_bind_int64(_statement, index, number),
            long number => raw.sqlite3_bind_int64(_statement, index, number),
            string text => raw.sqlite3_bind_text16(_statement, index, text),
            _ => throw new ArgumentException($"A {value.GetType().Name} cannot be bound: give numbers, text or null.", nameof(value)),
        };
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _statement.Dispose();
}
