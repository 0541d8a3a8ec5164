using NewsBot.Quotes;
using Npgsql;
using NpgsqlTypes;

namespace NewsBot.Store.Postgres;

/// <summary>
/// The store's <see cref="IArchiveStore"/> side: a batch of articles is one transaction of one
/// multi-row insert for the articles and a binary COPY each for their speakers and quotes.
/// </summary>
public sealed partial class PostgresArticleStore
{
    // Rows come out of unnest in the order given, so ids follow the batch's order.
    private const string InsertArticles = """
        INSERT INTO articles (content_hash, source, title, published, text, added, speaker_count, quote_count, engine_version)
        SELECT hash, source, title, published::timestamptz, text, $6, speakers, quotes, version
        FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $7::int[], $8::int[], $9::text[]) WITH ORDINALITY
             AS batch(hash, source, title, published, text, speakers, quotes, version, position)
        ORDER BY position
        ON CONFLICT (content_hash) DO NOTHING
        RETURNING content_hash, id
        """;

    public Task<IReadOnlyList<AddResult>> AddManyAsync(IReadOnlyList<ArticleToAdd> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var item in articles) RefuseNul(item.Analysed.Article);
        if (articles.Count == 0) return Task.FromResult<IReadOnlyList<AddResult>>([]);
        var hashes = articles.Select(a => ArticleStore.ContentHash(a.Analysed.Article.Text)).ToArray();
        return Run(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var inserted = new Dictionary<string, long>(StringComparer.Ordinal);
            await using (var insert = new NpgsqlCommand(InsertArticles, connection, transaction)
            {
                Parameters =
                {
                    new() { Value = hashes },
                    new() { Value = articles.Select(a => a.Analysed.Article.Source).ToArray() },
                    new() { Value = articles.Select(a => a.Analysed.Article.Title).ToArray() },
                    new() { Value = articles.Select(a => a.Published is { } date ? ArticleRows.Timestamp(date) : null).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                    new() { Value = articles.Select(a => a.Analysed.Article.Text).ToArray() },
                    new() { Value = DateTimeOffset.UtcNow },
                    new() { Value = articles.Select(a => a.Analysed.Speakers.Count).ToArray() },
                    new() { Value = articles.Select(a => a.Analysed.Quotes.Count).ToArray() },
                    new() { Value = articles.Select(a => a.EngineVersion).ToArray() },
                },
            })
            await using (var rows = await insert.ExecuteReaderAsync(cancellationToken))
                while (await rows.ReadAsync(cancellationToken)) inserted[rows.GetString(0)] = rows.GetInt64(1);

            var stored = inserted.Count == hashes.Distinct().Count() ? [] : await StoredIds(connection, hashes.Where(h => !inserted.ContainsKey(h)).Distinct().ToArray(), cancellationToken);
            var results = new List<AddResult>(articles.Count);
            var written = new List<(long Id, ArticleQuotes Analysed)>();
            for (int i = 0; i < articles.Count; i++)
            {
                // The first of several articles with one text in a batch is the one inserted.
                if (inserted.Remove(hashes[i], out long id))
                {
                    stored[hashes[i]] = id;
                    written.Add((id, articles[i].Analysed));
                    results.Add(new AddResult(id, IsNew: true));
                }
                else results.Add(new AddResult(stored[hashes[i]], IsNew: false));
            }
            await CopyAnalysesAsync(connection, written, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (IReadOnlyList<AddResult>)results;
        }, cancellationToken);
    }

    public Task ReplaceAnalysesAsync(IReadOnlyList<Reanalysis> analyses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        if (analyses.Count == 0) return Task.CompletedTask;
        return Run(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var ids = analyses.Select(a => a.ArticleId).ToArray();
            // The update locks the articles' rows first, so a second re-analysis of one of them waits for this one.
            var found = new HashSet<long>();
            await using (var update = new NpgsqlCommand("""
                UPDATE articles a SET speaker_count = u.speakers, quote_count = u.quotes, engine_version = u.version
                FROM unnest($1::bigint[], $2::int[], $3::int[], $4::text[]) AS u(id, speakers, quotes, version)
                WHERE a.id = u.id
                RETURNING a.id
                """, connection, transaction)
            {
                Parameters =
                {
                    new() { Value = ids },
                    new() { Value = analyses.Select(a => a.Analysed.Speakers.Count).ToArray() },
                    new() { Value = analyses.Select(a => a.Analysed.Quotes.Count).ToArray() },
                    new() { Value = analyses.Select(a => a.EngineVersion).ToArray() },
                },
            })
            await using (var rows = await update.ExecuteReaderAsync(cancellationToken))
                while (await rows.ReadAsync(cancellationToken)) found.Add(rows.GetInt64(0));
            await using (var forget = new NpgsqlBatch(connection, transaction)
            {
                BatchCommands = { Query("DELETE FROM quotes WHERE article_id = ANY($1)", ids), Query("DELETE FROM speakers WHERE article_id = ANY($1)", ids) },
            })
                await forget.ExecuteNonQueryAsync(cancellationToken);
            var written = analyses.Where(a => found.Contains(a.ArticleId)).DistinctBy(a => a.ArticleId).Select(a => (a.ArticleId, a.Analysed)).ToList();
            await CopyAnalysesAsync(connection, written, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<EngineVersionCount>> EngineVersionsAsync(CancellationToken cancellationToken = default) =>
        ReadAll("SELECT engine_version, count(*)::int FROM articles GROUP BY engine_version ORDER BY 2 DESC, 1 NULLS LAST",
            row => new EngineVersionCount(row.IsDBNull(0) ? null : row.GetString(0), row.GetInt32(1)), cancellationToken);

    public Task<IReadOnlyList<StoredText>> TextsAnalysedByAsync(string? engineVersion, long afterId, int limit, CancellationToken cancellationToken = default)
    {
        // Equality, or IS NULL, so that the index on (engine_version, id) is read in id order.
        var version = engineVersion is null ? "engine_version IS NULL" : "engine_version = $3";
        object[] parameters = engineVersion is null ? [afterId, Limit(limit)] : [afterId, Limit(limit), engineVersion];
        return ReadAll($"SELECT id, source, title, text FROM articles WHERE {version} AND id > $1 ORDER BY id LIMIT $2",
            row => new StoredText(row.GetInt64(0), row.GetString(1), row.GetString(2), row.GetString(3)), cancellationToken, parameters);
    }

    private static async Task<Dictionary<string, long>> StoredIds(NpgsqlConnection connection, string[] hashes, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var select = new NpgsqlCommand("SELECT content_hash, id FROM articles WHERE content_hash = ANY($1)", connection) { Parameters = { new() { Value = hashes } } };
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken)) ids[rows.GetString(0)] = rows.GetInt64(1);
        return ids;
    }

    /// <summary>The speakers and quotes of these articles, each table in one binary COPY.</summary>
    private static async Task CopyAnalysesAsync(NpgsqlConnection connection, IReadOnlyList<(long Id, ArticleQuotes Analysed)> articles, CancellationToken cancellationToken)
    {
        if (articles.Count == 0) return;
        await CopyAsync(connection, "speakers", ArticleRows.SpeakerTable,
            articles.SelectMany(a => a.Analysed.Speakers.Select((speaker, i) => ArticleRows.SpeakerValues(a.Id, i, speaker))), cancellationToken);
        await CopyAsync(connection, "quotes", ArticleRows.QuoteTable,
            articles.SelectMany(a => a.Analysed.Quotes.Select((quote, i) => ArticleRows.QuoteValues(a.Id, i, quote))), cancellationToken);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            foreach (var value in row)
            {
                // Binary COPY sends each value in its column's own format: the table's integer columns take int, article_id bigint.
                var write = value switch
                {
                    null => copy.WriteNullAsync(cancellationToken),
                    long number => copy.WriteAsync(number, NpgsqlDbType.Bigint, cancellationToken),
                    int number => copy.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken),
                    string text => copy.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
                    _ => throw new InvalidOperationException($"No COPY format for {value.GetType().Name} in {table}."),
                };
                await write;
            }
        }
        await copy.CompleteAsync(cancellationToken);
    }
}
