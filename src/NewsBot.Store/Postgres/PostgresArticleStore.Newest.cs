using System.Text.Json;
using Npgsql;

namespace NewsBot.Store.Postgres;

/// <summary>Quotes holding words, newest first, read the cheaper of two ways.</summary>
public sealed partial class PostgresArticleStore
{
    /// <summary>
    /// The newest quotes that match, read the cheaper of two ways, chosen by the planner's own estimate
    /// of the hits: squared, does it pass the quotes in the table times the page asked for (where the
    /// two cost alike)? Words found in very many quotes (“it a to this”): the planner would read and
    /// sort every hit, tens of thousands, where walking the quotes newest first and keeping those that
    /// match stops after a few hundred, so the search index is left out. Words found in few: their hits
    /// from the search index in the newest articles expected to hold a few pages of them (in all the
    /// articles when those hold less than a page), then sorted; left to itself, the planner walks the quotes newest
    /// first for these too (a word it has no statistics for is guessed at a thousand hits or two), and
    /// reads hundreds of thousands of quotes to find the hundred that hold “lifespans” (0.7 s at 100k).
    /// </summary>
    private Task<IReadOnlyList<QuoteHit>> NewestQuotesAsync(string match, int limit, CancellationToken cancellationToken) => Run(async connection =>
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        double hits, quotes;
        long first, last;
        await using (var estimate = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Query($"EXPLAIN (FORMAT JSON) SELECT 1 FROM quotes q WHERE q.search @@ to_tsquery({WordSearch}, $1)", match),
                Query("SELECT greatest(reltuples, 0)::float8 FROM pg_class WHERE oid = 'quotes'::regclass"),
                Query("SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM articles"),
            },
        })
        await using (var rows = await estimate.ExecuteReaderAsync(cancellationToken))
        {
            await rows.ReadAsync(cancellationToken);
            hits = JsonDocument.Parse(rows.GetString(0)).RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
            await rows.NextResultAsync(cancellationToken);
            await rows.ReadAsync(cancellationToken);
            quotes = rows.GetDouble(0);
            await rows.NextResultAsync(cancellationToken);
            await rows.ReadAsync(cancellationToken);
            (first, last) = (rows.GetInt64(0), rows.GetInt64(1));
        }
        IReadOnlyList<QuoteHit> found;
        if (hits * hits > quotes * limit)
        {
            await using var noIndex = new NpgsqlCommand("SET LOCAL enable_bitmapscan = off", connection, transaction);
            await noIndex.ExecuteNonQueryAsync(cancellationToken);
            found = await ReadRows(connection, NewestByWalking, cancellationToken, ReadQuoteHit, match, limit);
        }
        else
        {
            long from = NewestArticlesHolding(hits, limit, first, last);
            found = from > first ? await ReadRows(connection, NewestOfHitsFrom, cancellationToken, ReadQuoteHit, match, limit, from) : [];
            if (found.Count < limit)
                found = await ReadRows(connection, NewestOfHits, cancellationToken, ReadQuoteHit, match, limit);
        }
        await transaction.CommitAsync(cancellationToken);
        return found;
    }, cancellationToken);

    /// <summary>How many pages of hits the newest articles looked in first are expected to hold.</summary>
    internal const int PagesLookedFor = 4;

    /// <summary>
    /// The first of the newest articles (ids <paramref name="first"/> to <paramref name="last"/>) expected
    /// to hold <see cref="PagesLookedFor"/> pages of a word's <paramref name="hits"/> (the planner's
    /// estimate), were they spread evenly: the first article of all when there are too few hits for that.
    /// </summary>
    internal static long NewestArticlesHolding(double hits, int limit, long first, long last)
    {
        double share = (double)limit * PagesLookedFor / Math.Max(hits, 1);
        return share >= 1 ? first : Math.Max(first, last + 1 - (long)Math.Ceiling((last - first + 1) * share));
    }

    private static readonly string NewestByWalking = $"""
        SELECT {QuoteHitColumns}
        FROM quotes q JOIN articles a ON a.id = q.article_id, to_tsquery({WordSearch}, $1) query
        WHERE q.search @@ query
        ORDER BY q.article_id DESC, q.ordinal DESC
        LIMIT $2
        """;

    /// <summary>
    /// The hits from the search index alone (a materialized CTE cannot take the quotes' order from
    /// another index), the page of the newest of them, and only then their articles' titles.
    /// </summary>
    internal static readonly string NewestOfHits = NewestOfHitsWhere("");

    /// <summary>
    /// <see cref="NewestOfHits"/> in the articles from $3 on: the search index's hits are ANDed with the
    /// quotes' article index before any quote is read. "tweet", in 4,973 quotes at 100k, had 57 of them
    /// read in the newest 1,200 articles, not all 4,973 (236 ms from disk, 3.3 ms).
    /// </summary>
    internal static readonly string NewestOfHitsFrom = NewestOfHitsWhere(" AND q.article_id >= $3");

    private static string NewestOfHitsWhere(string condition) => $"""
        WITH hits AS MATERIALIZED (
            SELECT q.article_id, q.ordinal, q.id, q.text, q.speaker_id, q.speaker_name, q.kind
            FROM quotes q WHERE q.search @@ to_tsquery({WordSearch}, $1){condition}
        ), newest AS (
            SELECT * FROM hits ORDER BY article_id DESC, ordinal DESC LIMIT $2)
        SELECT {QuoteHitColumns}
        FROM newest q JOIN articles a ON a.id = q.article_id
        ORDER BY q.article_id DESC, q.ordinal DESC
        """;
}
