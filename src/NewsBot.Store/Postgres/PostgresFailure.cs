using System.Net.Sockets;
using Npgsql;

namespace NewsBot.Store.Postgres;

/// <summary>Turns what Npgsql throws into a message a user can act on, naming the database without its password.</summary>
public static class PostgresFailure
{
    public static ArticleStoreException From(NpgsqlException e, PostgresLocation location)
    {
        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        string server = $"{builder.Host}:{builder.Port}";
        string database = builder.Database ?? builder.Username ?? "";
        return new ArticleStoreException(e switch
        {
            PostgresException { SqlState: "28P01" or "28000" } p =>
                $"The PostgreSQL server at {server} refused user '{builder.Username}': wrong user or password, or the user may not connect ({p.MessageText}).",
            PostgresException { SqlState: "3D000" } =>
                $"Database '{database}' does not exist on the PostgreSQL server at {server}: create it (createdb {database}) or name another.",
            PostgresException { SqlState: "42501" } p =>
                $"{location}: user '{builder.Username}' lacks a permission the store needs ({p.MessageText}).",
            PostgresException { SqlState: "53300" } =>
                $"The PostgreSQL server at {server} has no free connections (too many clients); try again, or raise max_connections.",
            PostgresException { SqlState: "53100" } =>
                $"{location} cannot grow: the server's disk is full.",
            PostgresException { SqlState: "57P01" or "57P02" or "57P03" } p =>
                $"The PostgreSQL server at {server} is shutting down or starting ({p.MessageText}); try again shortly.",
            PostgresException p => $"{location}: {p.MessageText}{(p.Detail is { } detail ? $" ({detail})" : "")}",
            _ when Inner<SocketException>(e) is { } socket =>
                $"Cannot reach the PostgreSQL server at {server} ({socket.Message}): is it running, and does it accept TCP connections there?",
            _ when Inner<TimeoutException>(e) is not null =>
                $"The PostgreSQL server at {server} did not answer in time: is it running and reachable?",
            _ => $"{location}: {e.Message}",
        }, e);
    }

    private static T? Inner<T>(Exception e) where T : Exception
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            if (inner is T found) return found;
        return null;
    }
}
