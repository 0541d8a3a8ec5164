using Microsoft.Data.Sqlite;

namespace NewsBot.Store.Tests;

public sealed class SqliteStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteStatementTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT UNIQUE, maybe TEXT)";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Binds_numbers_as_integers_text_as_text_and_null_as_null_by_position()
    {
        using (var insert = new SqliteStatement(_connection, "INSERT INTO t (n, s, maybe) VALUES (?1, ?2, ?3)"))
        {
            insert.Execute([7, "seven", null]);
            insert.Execute([8L, "eight", "x"]);
        }
        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT group_concat(typeof(n) || ':' || n || ':' || typeof(s) || ':' || s || ':' || typeof(maybe), ' ') FROM t";
        Assert.Equal("integer:7:text:seven:null integer:8:text:eight:text", read.ExecuteScalar());
    }

    [Fact]
    public void Returns_the_id_a_statement_returns_and_null_when_it_returns_no_row()
    {
        using var insert = new SqliteStatement(_connection, "INSERT INTO t (s) VALUES (?1) ON CONFLICT (s) DO NOTHING RETURNING id");
        Assert.Equal(1, insert.ExecuteForId(["a"]));
        Assert.Equal(2, insert.ExecuteForId(["b"]));
        Assert.Null(insert.ExecuteForId(["a"]));
    }

    [Fact]
    public void A_failed_step_throws_and_leaves_the_statement_ready_for_the_next_row()
    {
        using var insert = new SqliteStatement(_connection, "INSERT INTO t (s) VALUES (?1)");
        insert.Execute(["a"]);
        Assert.Throws<SqliteException>(() => insert.Execute(["a"]));
        insert.Execute(["b"]);
        Assert.Throws<ArgumentException>(() => insert.Execute([1.5]));
    }
}
