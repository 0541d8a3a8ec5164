using System.Text.Json;
using Npgsql;

namespace NewsBot.Store.Postgres;

/// <summary>Quotes holding words, newest first, read the cheaper of two ways.</summary>
public sealed partial class PostgresArticleStore
{
    /// <summary>
    /// The newest quotes that match. Words found in few quotes: all their hits from the search index,
    /// sorted (what the planner picks). Words found in very many (“it a to this”): the planner
    /// still reads and sorts every hit, tens of thousands, where walking the quotes newest first and
    /// keeping those that match stops after a few hundred; so when the planner's own estimate of the
    /// hits, squared, passes the quotes in the table times the page asked for (where the two cost
    /// alike), the search index is left out for this query.
    /// </summary>
    private Task<IReadOnlyList<QuoteHit>> NewestQuotesAsync(string match, int limit, CancellationToken cancellationToken) => Run(async connection =>
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        double hits, quotes;
        await using (var estimate = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Query($"EXPLAIN (FORMAT JSON) SELECT 1 FROM quotes q WHERE q.search @@ to_tsquery({WordSearch}, $1)", match),
                Query("SELECT greatest(reltuples, 0)::float8 FROM pg_class WHERE oid = 'quotes'::regclass"),
            },
        })
        await using (var rows = await estimate.ExecuteReaderAsync(cancellationToken))
        {
            await rows.ReadAsync(cancellationToken);
            hits = JsonDocument.Parse(rows.GetString(0)).RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
            await rows.NextResultAsync(cancellationToken);
            await rows.ReadAsync(cancellationToken);
            quotes = rows.GetDouble(0);
        }
        if (hits * hits > quotes * limit)
        {
            await using var walk = new NpgsqlCommand("SET LOCAL enable_bitmapscan = off", connection, transaction);
            await walk.ExecuteNonQueryAsync(cancellationToken);
        }
        var found = await ReadRows(connection, $"""
            SELECT {QuoteHitColumns}
            FROM quotes q JOIN articles a ON a.id = q.article_id, to_tsquery({WordSearch}, $1) query
            WHERE q.search @@ query
            ORDER BY q.article_id DESC, q.ordinal DESC
            LIMIT $2
            """, cancellationToken, ReadQuoteHit, match, limit);
        await transaction.CommitAsync(cancellationToken);
        return found;
    }, cancellationToken);
}
