using Microsoft.Data.Sqlite;
using NewsBot.Quotes;

namespace NewsBot.Store;

/// <summary>
/// Writes articles, and new analyses of stored ones, inside one transaction of the writer
/// connection: every statement is prepared once and reused for every row of the batch, the rows' inserts bound by position. The search
/// entries of the rows written are made together, in rowid order, before the transaction commits
/// (<see cref="IndexPending"/>): FTS5 writes its pending entries out as a new segment at every
/// statement that writes to it and whenever a row comes with a lower rowid than the one before, and
/// every segment costs merging later.
/// </summary>
internal sealed class SqliteArticleWriter(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private const string InsertArticle = """
        INSERT INTO articles (content_hash, source, title, published, text, added, speaker_count, quote_count, engine_version)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
        ON CONFLICT (content_hash) DO NOTHING
        RETURNING id
        """;

    // The search tables hold no text of their own (content='...'): an entry is deleted by giving the values it was made from.
    // One statement per index for the whole batch, in rowid order, as FTS5 starts a new segment at every statement and lower rowid.
    private const string ForgetAnalyses = """
        INSERT INTO quotes_fts (quotes_fts, rowid, text)
            SELECT 'delete', row, text FROM quotes WHERE article_id IN (SELECT value FROM json_each($article_ids)) ORDER BY row;
        INSERT INTO speakers_fts (speakers_fts, rowid, name, aliases)
            SELECT 'delete', row, name, aliases FROM speakers WHERE article_id IN (SELECT value FROM json_each($article_ids)) ORDER BY row;
        DELETE FROM quotes WHERE article_id IN (SELECT value FROM json_each($article_ids));
        DELETE FROM speakers WHERE article_id IN (SELECT value FROM json_each($article_ids));
        """;

    private const string RecordAnalysis = """
        UPDATE articles SET speaker_count = $speakers, quote_count = $quotes, engine_version = $engine_version WHERE id = $article_id
        """;

    // The search entries of every row from the first one given: rows written since the last deletion have only higher rowids.
    private const string IndexArticles = "INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id >= $first ORDER BY id";
    private const string IndexSpeakers = "INSERT INTO speakers_fts (rowid, name, aliases) SELECT row, name, aliases FROM speakers WHERE row >= $first ORDER BY row";
    private const string IndexQuotes = "INSERT INTO quotes_fts (rowid, text) SELECT row, text FROM quotes WHERE row >= $first ORDER BY row";

    private readonly List<IDisposable> _prepared = [];
    private SqliteStatement? _article, _speaker, _quote;
    private SqliteCommand? _existing, _forget, _record, _isStored, _indexArticles, _indexSpeakers, _indexQuotes;

    // The first article and rows written since the search entries were last made: none when null.
    private long? _firstArticle, _firstSpeaker, _firstQuote;

    public AddResult Add(ArticleToAdd item, CancellationToken cancellationToken)
    {
        var (analysed, article) = (item.Analysed, item.Analysed.Article);
        string hash = ArticleStore.ContentHash(article.Text);
        var insert = _article ??= Statement(InsertArticle);
        if (insert.ExecuteForId([hash, article.Source, article.Title, item.Published is { } date ? ArticleRows.Timestamp(date) : null, article.Text,
                ArticleRows.Timestamp(DateTimeOffset.UtcNow), analysed.Speakers.Count, analysed.Quotes.Count, item.EngineVersion]) is not { } articleId)
        {
            var existing = _existing ??= Prepare("SELECT id FROM articles WHERE content_hash = $hash");
            ArticleRows.Set(existing, "$hash", hash);
            return new AddResult((long)existing.ExecuteScalar()!, IsNew: false);
        }
        _firstArticle ??= articleId;
        InsertAnalysis(articleId, analysed, cancellationToken);
        return new AddResult(articleId, IsNew: true);
    }

    /// <summary>
    /// Replaces the analyses of the stored articles among these (the others are skipped): all their old entries are
    /// forgotten at once, then the new ones written. An article given twice keeps the last, as if each came in turn.
    /// </summary>
    /// <returns>How many articles were analysed again.</returns>
    public int Replace(IReadOnlyList<Reanalysis> analyses, CancellationToken cancellationToken)
    {
        var stored = analyses.GroupBy(analysis => analysis.ArticleId).Select(same => same.Last())
            .Where(analysis => IsStored(analysis.ArticleId)).OrderBy(analysis => analysis.ArticleId).ToList();
        if (stored.Count == 0) return 0;
        // What is forgotten must be in the index first.
        IndexPending();
        var forget = _forget ??= Prepare(ForgetAnalyses);
        ArticleRows.Set(forget, "$article_ids", System.Text.Json.JsonSerializer.Serialize(stored.Select(analysis => analysis.ArticleId)));
        forget.ExecuteNonQuery();
        var record = _record ??= Prepare(RecordAnalysis);
        foreach (var reanalysis in stored)
        {
            ArticleRows.Set(record, "$article_id", reanalysis.ArticleId);
            ArticleRows.Set(record, "$speakers", reanalysis.Analysed.Speakers.Count);
            ArticleRows.Set(record, "$quotes", reanalysis.Analysed.Quotes.Count);
            ArticleRows.Set(record, "$engine_version", reanalysis.EngineVersion);
            record.ExecuteNonQuery();
            InsertAnalysis(reanalysis.ArticleId, reanalysis.Analysed, cancellationToken);
        }
        return stored.Count;
    }

    private bool IsStored(long articleId)
    {
        var isStored = _isStored ??= Prepare("SELECT 1 FROM articles WHERE id = $article_id");
        ArticleRows.Set(isStored, "$article_id", articleId);
        return isStored.ExecuteScalar() is not null;
    }

    private void InsertAnalysis(long articleId, ArticleQuotes analysed, CancellationToken cancellationToken)
    {
        var speaker = _speaker ??= Statement(ArticleRows.InsertSpeaker);
        for (int i = 0; i < analysed.Speakers.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            speaker.Execute(ArticleRows.SpeakerValues(articleId, i, analysed.Speakers[i]));
            _firstSpeaker ??= LastRow();
        }
        var quote = _quote ??= Statement(ArticleRows.InsertQuote);
        for (int i = 0; i < analysed.Quotes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            quote.Execute(ArticleRows.QuoteValues(articleId, i, analysed.Quotes[i]));
            _firstQuote ??= LastRow();
        }
    }

    /// <summary>
    /// Makes the search entries of everything written since the last call, one statement per index in rowid
    /// order; called before the transaction commits, so an article is searchable exactly when it is stored.
    /// </summary>
    public void IndexPending()
    {
        Index(ref _firstArticle, ref _indexArticles, IndexArticles);
        Index(ref _firstSpeaker, ref _indexSpeakers, IndexSpeakers);
        Index(ref _firstQuote, ref _indexQuotes, IndexQuotes);
    }

    private void Index(ref long? first, ref SqliteCommand? command, string sql)
    {
        if (first is not { } from) return;
        command ??= Prepare(sql);
        ArticleRows.Set(command, "$first", from);
        command.ExecuteNonQuery();
        first = null;
    }

    private long LastRow() => SQLitePCL.raw.sqlite3_last_insert_rowid(connection.Handle);

    private SqliteCommand Prepare(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        _prepared.Add(command);
        return command;
    }

    /// <summary>A statement for the rows written many times a batch, bound by position (see <see cref="SqliteStatement"/>).</summary>
    private SqliteStatement Statement(string sql)
    {
        var statement = new SqliteStatement(connection, sql);
        _prepared.Add(statement);
        return statement;
    }

    public void Dispose()
    {
        foreach (var prepared in _prepared) prepared.Dispose();
    }
}
