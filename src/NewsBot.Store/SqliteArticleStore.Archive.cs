namespace NewsBot.Store;

/// <summary>The store's <see cref="IArchiveStore"/> side: batched writes, and analysing stored articles again.</summary>
public sealed partial class SqliteArticleStore
{
    public Task<IReadOnlyList<AddResult>> AddManyAsync(IReadOnlyList<ArticleToAdd> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return InWriteTransaction(writer => (IReadOnlyList<AddResult>)articles.Select(article => writer.Add(article, cancellationToken)).ToList(), cancellationToken);
    }

    public Task ReplaceAnalysesAsync(IReadOnlyList<Reanalysis> analyses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        return InWriteTransaction(writer => writer.Replace(analyses, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<EngineVersionCount>> EngineVersionsAsync(CancellationToken cancellationToken = default) => Read(c =>
        ReadAll(c, "SELECT engine_version, count(*) FROM articles INDEXED BY articles_by_engine_version GROUP BY engine_version ORDER BY 2 DESC, engine_version IS NULL, engine_version",
            row => new EngineVersionCount(row.IsDBNull(0) ? null : row.GetString(0), row.GetInt32(1)), cancellationToken), cancellationToken);

    public Task<IReadOnlyList<StoredText>> TextsAnalysedByAsync(string? engineVersion, long afterId, int limit, CancellationToken cancellationToken = default) => Read(c =>
        ReadAll(c, """
            SELECT id, source, title, text FROM articles
            WHERE id IN (SELECT id FROM articles INDEXED BY articles_by_engine_version
                         WHERE engine_version IS $version AND id > $after ORDER BY id LIMIT $limit)
            ORDER BY id
            """,
            row => new StoredText(row.GetInt64(0), row.GetString(1), row.GetString(2), row.GetString(3)), cancellationToken,
            ("$version", (object?)engineVersion ?? DBNull.Value), ("$after", afterId), ("$limit", Limit(limit))), cancellationToken);

    /// <summary>One write transaction on the writer connection: committed when <paramref name="write"/> returns, rolled back when it throws or is cancelled.</summary>
    private Task<T> InWriteTransaction<T>(Func<SqliteArticleWriter, T> write, CancellationToken cancellationToken) => InTurn(() =>
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var transaction = _connection.BeginTransaction(deferred: false);
        T result;
        using (var writer = new SqliteArticleWriter(_connection, transaction))
        {
            result = write(writer);
            writer.IndexPending();
        }
        transaction.Commit();
        return Task.FromResult(result);
    }, cancellationToken);
}
