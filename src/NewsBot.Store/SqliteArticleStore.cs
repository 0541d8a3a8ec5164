using Microsoft.Data.Sqlite;
using NewsBot.Quotes;
using NewsBot.Store.People;

namespace NewsBot.Store;

/// <summary>
/// A newsroom's articles with their speakers and quotes, in one SQLite file (WAL mode), searchable
/// with FTS5. An article goes in whole or not at all (one transaction per article); the same text
/// added twice is stored once. Reading an article back rebuilds its <see cref="ArticleQuotes"/> from
/// the stored rows; the engine is never run again. One instance serves many callers: writes take
/// turns on one connection, reads run side by side on a few read-only ones; several instances or
/// processes may share a file.
/// </summary>
public sealed partial class SqliteArticleStore : IArchiveStore, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly SqliteReaders _readers;

    public string Path { get; }

    public string Location => Path;

    private SqliteArticleStore(string path, SqliteConnection connection, SqliteReaders readers)
    {
        Path = path;
        _connection = connection;
        _readers = readers;
    }

    /// <summary>Opens the store file, creating it (and its tables) when it does not exist.</summary>
    /// <exception cref="ArticleStoreException">The file is not a store, is damaged, is from a newer version, or cannot be opened.</exception>
    public static async Task<SqliteArticleStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ArticleStoreException("No store file was named.");
        if (Directory.Exists(path)) throw new ArticleStoreException($"{path} is a folder, not a store file.");
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = System.IO.Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            // A pooled connection would keep the file open after Dispose; a store is opened once and kept.
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA journal_mode = WAL";
                var mode = (string?)await pragma.ExecuteScalarAsync(cancellationToken);
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                    throw new ArticleStoreException($"{path} cannot use write-ahead logging (journal mode stays '{mode}').");
            }
            using (var pragma = connection.CreateCommand())
            {
                // In WAL mode NORMAL keeps every commit through a process crash; only a power cut can lose the last few (never corrupt the file).
                pragma.CommandText = "PRAGMA synchronous = NORMAL";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = SqliteReaders.ReadTuning;
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }
            StoreSchema.Migrate(connection, path);
            var readers = new SqliteReaders(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString(), SqliteReaders.DefaultCount);
            return new SqliteArticleStore(path, connection, readers);
        }
        catch (Exception e)
        {
            await connection.DisposeAsync();
            if (e is SqliteException sqlite) throw Failure(path, sqlite);
            throw;
        }
    }

    /// <summary>
    /// Adds an analysed article in one transaction: the article, its speakers and quotes and their
    /// search entries are all stored, or (on any failure or cancellation) none of them.
    /// </summary>
    /// <returns>The article's id, and whether it was new (false: the same text was already stored, under that id).</returns>
    public async Task<AddResult> AddAsync(ArticleQuotes analysed, DateTimeOffset? published = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        return (await AddManyAsync([new ArticleToAdd(analysed, published)], cancellationToken))[0];
    }

    /// <summary>The stored article with its speakers and quotes as the engine gave them, or null when there is no such article.</summary>
    public async Task<ArticleQuotes?> GetAsync(long articleId, CancellationToken cancellationToken = default) =>
        (await GetManyAsync([articleId], cancellationToken)) is [var stored] ? stored.Analysis : null;

    /// <summary>The articles with these ids and their speakers and quotes in three statements, however many articles: a turn reads several at once.</summary>
    public async Task<IReadOnlyList<StoredAnalysis>> GetManyAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var wanted = articleIds.Distinct().Take(ArticleStore.MaxLimit).ToList();
        if (wanted.Count == 0) return [];
        var ids = System.Text.Json.JsonSerializer.Serialize(wanted);
        var (articles, speakers, quotes) = await Read(async c => (
            await ReadAll(c, $"SELECT {StoredArticleColumns}, text FROM articles WHERE id IN (SELECT value FROM json_each($ids))",
                row => (Info: ReadStoredArticle(row), Text: row.GetString(7)), cancellationToken, ("$ids", ids)),
            await ReadAll(c, $"SELECT s.article_id, {ArticleRows.SpeakerColumns} FROM speakers s WHERE s.article_id IN (SELECT value FROM json_each($ids)) ORDER BY s.article_id, s.ordinal",
                row => (ArticleId: row.GetInt64(0), Speaker: ArticleRows.ReadSpeaker(row, first: 1)), cancellationToken, ("$ids", ids)),
            await ReadAll(c, $"SELECT article_id, {ArticleRows.QuoteColumns} FROM quotes WHERE article_id IN (SELECT value FROM json_each($ids)) ORDER BY article_id, ordinal",
                row => (ArticleId: row.GetInt64(0), Quote: ArticleRows.ReadQuote(row, first: 1)), cancellationToken, ("$ids", ids))), cancellationToken);
        var speakersOf = speakers.ToLookup(s => s.ArticleId, s => s.Speaker);
        var quotesOf = quotes.ToLookup(q => q.ArticleId, q => q.Quote);
        var byId = articles.ToDictionary(a => a.Info.Id, a => new StoredAnalysis(a.Info,
            new ArticleQuotes(Article.FromText(a.Text, a.Info.Source, a.Info.Title), speakersOf[a.Info.Id].ToList(), quotesOf[a.Info.Id].ToList())));
        return wanted.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>Stored articles in the order they were added.</summary>
    public Task<IReadOnlyList<StoredArticle>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default) => Read(c =>
        ReadAll(c, """
            SELECT id, source, title, published, added, speaker_count, quote_count
            FROM articles INDEXED BY articles_listing ORDER BY id LIMIT $limit OFFSET $offset
            """,
            ReadStoredArticle, cancellationToken, ("$limit", Limit(limit)), ("$offset", Math.Max(0, offset))), cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Read(async c =>
    {
        using var count = Command(c, "SELECT count(*) FROM articles");
        return (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }, cancellationToken);

    public Task<IReadOnlyList<StoredArticle>> FindArticlesAsync(string? about, int limit = 20, CancellationToken cancellationToken = default) =>
        ArticleStore.SearchInStepsAsync(about, limit, textOf: null, step => FindArticles(Match(about, step), limit, cancellationToken));

    /// <summary>
    /// Quotes with the text word for word, else with every content word of it, newest first; else with
    /// any of its rarer words, best match first (BM25). Any text is safe: punctuation, quotes and search
    /// operators are not query syntax here, and text with no words finds nothing.
    /// </summary>
    public Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(string? text, int limit = 20, CancellationToken cancellationToken = default) =>
        ArticleStore.SearchInStepsAsync(text, Limit(limit), hit => hit.Text, step => step switch
        {
            SearchStep.AnyWord => FindQuotesWithAnyWord(text, limit, cancellationToken),
            SearchStep.Phrase => FindQuotesWordForWord(text, limit, cancellationToken),
            _ => FindQuotes(Match(text, step), ArticleStore.NewestFirst(step), limit, cancellationToken),
        });

    /// <summary>Most quotes that have a phrase's content words close together are read to find it word for word among them.</summary>
    private const int NearHitsPerPhraseHit = 5;

    /// <summary>
    /// Quotes with the words in order, newest first. A phrase with words such as "the" or "we" in it is looked for
    /// among the newest quotes that have its content words close together: FTS5's own phrase search reads the
    /// position lists of every word, and those of "the" or "we" span nearly every quote of a large store
    /// (1.5 s over a million articles for a phrase no quote has).
    /// </summary>
    private async Task<IReadOnlyList<QuoteHit>> FindQuotesWordForWord(string? text, int limit, CancellationToken cancellationToken)
    {
        var words = FtsQuery.Words(text);
        var content = FtsQuery.ContentWords(text);
        if (content.Count == words.Count) return await FindQuotes(Match(text, SearchStep.Phrase), newestFirst: true, limit, cancellationToken);
        var near = await FindQuotes(FtsQuery.Near(content, words.Count), newestFirst: true, Limit(limit) * NearHitsPerPhraseHit, cancellationToken);
        var phrase = ArticleStore.Stems(words);
        return near.Where(hit => ArticleStore.HasPhrase(ArticleStore.Stems(FtsQuery.AllWords(hit.Text)), phrase)).Take(Limit(limit)).ToList();
    }

    /// <summary>Quotes with any of the content words, best first, ranking no more hits than <see cref="ArticleStore.AnyWordRankingBudget"/> (see <see cref="ArticleStore.AnyWordPlan"/>).</summary>
    private async Task<IReadOnlyList<QuoteHit>> FindQuotesWithAnyWord(string? text, int limit, CancellationToken cancellationToken)
    {
        var counted = new List<(string Word, int Quotes)>();
        foreach (var word in FtsQuery.ContentWords(text).Distinct(StringComparer.OrdinalIgnoreCase))
            counted.Add((word, await CountQuotesUpTo(FtsQuery.Phrase(word)!, ArticleStore.AnyWordRankingBudget + 1, cancellationToken)));
        var (words, ranked) = ArticleStore.AnyWordPlan(counted, ArticleStore.AnyWordRankingBudget);
        if (words.Count == 0) return [];
        return ranked
            ? await FindQuotes(FtsQuery.AnyOf(string.Join(' ', words)), newestFirst: false, limit, cancellationToken)
            : await FindQuotes(FtsQuery.Phrase(words[0]), newestFirst: true, limit, cancellationToken);
    }

    private Task<int> CountQuotesUpTo(string match, int most, CancellationToken cancellationToken) => Read(async c =>
    {
        using var count = Command(c, "SELECT count(*) FROM (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH $match LIMIT $most)");
        count.Parameters.AddWithValue("$match", match);
        count.Parameters.AddWithValue("$most", most);
        return (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }, cancellationToken);

    private static string? Match(string? text, SearchStep step) => step switch
    {
        SearchStep.Phrase => FtsQuery.Phrase(text),
        SearchStep.EveryWord => FtsQuery.AllOf(text, content: true),
        _ => FtsQuery.AnyOf(text, content: true),
    };

    /// <summary>Speakers and mentioned people, across articles, whose name or alias has every word of <paramref name="name"/> (the last may be the start of a word), the most recently stored first.</summary>
    public Task<IReadOnlyList<SpeakerHit>> FindSpeakersAsync(string? name, int limit = 20, CancellationToken cancellationToken = default)
    {
        var match = FtsQuery.AllOf(name, lastIsPrefix: true);
        if (match is null) return Task.FromResult<IReadOnlyList<SpeakerHit>>([]);
        return Read(c => ReadAll(c, $"""
            SELECT {SpeakerHitColumns}
            FROM speakers_fts f JOIN speakers s ON s.row = f.rowid JOIN articles a ON a.id = s.article_id
            WHERE speakers_fts MATCH $match
            ORDER BY f.rowid DESC
            LIMIT $limit
            """,
            ReadSpeakerHit,
            cancellationToken, ("$match", match), ("$limit", Limit(limit))), cancellationToken);
    }

    /// <summary>Quotes, across articles, by speakers whose name or alias has every word of <paramref name="name"/>, a page at a time: the newest article first, each article's quotes in order.</summary>
    public Task<IReadOnlyList<QuoteHit>> QuotesBySpeakerAsync(string? name, int limit = 20, int offset = 0, CancellationToken cancellationToken = default)
    {
        var match = FtsQuery.AllOf(name);
        if (match is null) return Task.FromResult<IReadOnlyList<QuoteHit>>([]);
        limit = Limit(limit);
        offset = Math.Max(0, offset);
        // Every quoted speaker row holds at least one quote, so the newest limit + offset of them hold the page.
        // They are read from the name index newest first, which stops at the limit: a name found in hundreds of
        // thousands of articles costs neither a join of all their quotes nor a sort of all their rows.
        return Read(c => ReadAll(c, """
            WITH chosen AS (
                SELECT s.article_id, s.id FROM speakers_fts f JOIN speakers s ON s.row = f.rowid
                WHERE speakers_fts MATCH $match AND s.quote_count > 0
                ORDER BY f.rowid DESC
                LIMIT $speakers)
            SELECT q.article_id, a.title, q.id, q.text, q.speaker_id, q.speaker_name, q.kind
            FROM chosen c
            JOIN quotes q ON q.article_id = c.article_id AND q.speaker_id = c.id
            JOIN articles a ON a.id = q.article_id
            ORDER BY q.article_id DESC, q.ordinal
            LIMIT $limit OFFSET $offset
            """,
            ReadQuoteHit, cancellationToken, ("$match", match), ("$speakers", (long)limit + offset), ("$limit", limit), ("$offset", offset)), cancellationToken);
    }

    public Task<IReadOnlyList<SpeakerHit>> QuotedSpeakersAsync(string? name, int limit = 20, CancellationToken cancellationToken = default)
    {
        var match = FtsQuery.AllOf(name);
        if (match is null) return Task.FromResult<IReadOnlyList<SpeakerHit>>([]);
        return Read(c => ReadAll(c, $"""
            SELECT {SpeakerHitColumns}
            FROM speakers_fts f JOIN speakers s ON s.row = f.rowid JOIN articles a ON a.id = s.article_id
            WHERE speakers_fts MATCH $match AND s.quote_count > 0
            ORDER BY f.rowid DESC
            LIMIT $limit
            """, ReadSpeakerHit, cancellationToken, ("$match", match), ("$limit", Limit(limit))), cancellationToken);
    }

    public Task<StoredArticle?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken = default) => Read(async c =>
        (await ReadAll(c, $"SELECT {StoredArticleColumns} FROM articles WHERE content_hash = $hash", ReadStoredArticle, cancellationToken,
            ("$hash", contentHash ?? ""))).FirstOrDefault(), cancellationToken);

    public async Task<IReadOnlyList<StoredArticle>> ListByIdAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var wanted = articleIds.Distinct().Take(ArticleStore.MaxLimit).ToList();
        if (wanted.Count == 0) return [];
        var found = await Read(c => ReadAll(c, $"""
            SELECT {StoredArticleColumns} FROM articles INDEXED BY articles_listing
            WHERE id IN (SELECT value FROM json_each($ids))
            """, ReadStoredArticle, cancellationToken, ("$ids", System.Text.Json.JsonSerializer.Serialize(wanted))), cancellationToken);
        var byId = found.ToDictionary(a => a.Id);
        return wanted.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    public async Task<IReadOnlyList<QuotedPerson>> MostQuotedAsync(int limit = 20, int? latestArticles = null, CancellationToken cancellationToken = default)
    {
        // The names counted, then merged into people: "Trump" and "Donald Trump" are one person.
        var names = await Read(c => ReadAll(c, """
            SELECT name, kind, gender, roles, sum(quote_count), count(DISTINCT article_id)
            FROM speakers
            WHERE quote_count > 0
              AND article_id >= (SELECT coalesce(min(id), 0) FROM (SELECT id FROM articles INDEXED BY articles_listing ORDER BY id DESC LIMIT $latest))
            GROUP BY name, kind, gender, roles
            ORDER BY 5 DESC, 6 DESC, name
            LIMIT $names
            """, row => new NameTally(row.GetString(0), Enum.Parse<SpeakerKind>(row.GetString(1)), Enum.Parse<Gender>(row.GetString(2)), row.GetString(3), row.GetInt32(4), row.GetInt32(5)),
            cancellationToken, ("$names", MostQuotedPeople.NamesRead), ("$latest", latestArticles is { } latest ? Math.Max(0, latest) : -1)),
            cancellationToken);
        return MostQuotedPeople.Of(names, Limit(limit));
    }

    /// <summary>
    /// Checks the file (SQLite's integrity check), both search indexes against their tables, and
    /// that every article has exactly the speakers and quotes it was stored with.
    /// </summary>
    public Task<StoreIntegrity> CheckIntegrityAsync(CancellationToken cancellationToken = default) => InTurn(async () =>
    {
        var problems = new List<string>();
        var pages = await ReadAll(_connection, "PRAGMA integrity_check", row => row.GetString(0), cancellationToken);
        if (pages is not ["ok"]) problems.AddRange(pages.Select(p => $"integrity_check: {p}"));
        foreach (var index in new[] { "quotes_fts", "speakers_fts", "articles_fts" })
        {
            try
            {
                using var check = Command(_connection, $"INSERT INTO {index} ({index}) VALUES ('integrity-check')");
                await check.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException e)
            {
                problems.Add($"{index}: {e.Message}");
            }
        }
        problems.AddRange(await ReadAll(_connection, ArticleRows.CountProblems, row => row.GetString(0), cancellationToken));
        var totals = await ReadAll(_connection, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM speakers), (SELECT count(*) FROM quotes)",
            row => (Articles: row.GetInt32(0), Speakers: row.GetInt32(1), Quotes: row.GetInt32(2)), cancellationToken);
        return new StoreIntegrity(totals[0].Articles, totals[0].Speakers, totals[0].Quotes, problems);
    }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _readers.DisposeAsync();
        await _connection.DisposeAsync();
        _turn.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private Task<IReadOnlyList<QuoteHit>> FindQuotes(string? match, bool newestFirst, int limit, CancellationToken cancellationToken)
    {
        if (match is null) return Task.FromResult<IReadOnlyList<QuoteHit>>([]);
        // Newest first is FTS5's own order read backwards, so the search stops at the limit; ranking reads every hit.
        return Read(c => ReadAll(c, $"""
            SELECT q.article_id, a.title, q.id, q.text, q.speaker_id, q.speaker_name, q.kind
            FROM quotes_fts f JOIN quotes q ON q.row = f.rowid JOIN articles a ON a.id = q.article_id
            WHERE quotes_fts MATCH $match
            ORDER BY {(newestFirst ? "f.rowid DESC" : "f.rank")}
            LIMIT $limit
            """, ReadQuoteHit, cancellationToken, ("$match", match), ("$limit", Limit(limit))), cancellationToken);
    }

    private Task<IReadOnlyList<StoredArticle>> FindArticles(string? match, int limit, CancellationToken cancellationToken)
    {
        if (match is null) return Task.FromResult<IReadOnlyList<StoredArticle>>([]);
        // The title weighs ten times the text: "the article about X" usually names what its headline says.
        return Read(c => ReadAll(c, """
            SELECT a.id, a.source, a.title, a.published, a.added, a.speaker_count, a.quote_count
            FROM articles_fts f JOIN articles a ON a.id = f.rowid
            WHERE articles_fts MATCH $match
            ORDER BY bm25(articles_fts, 10.0, 1.0)
            LIMIT $limit
            """, ReadStoredArticle, cancellationToken, ("$match", match), ("$limit", Limit(limit))), cancellationToken);
    }

    private const string StoredArticleColumns = "id, source, title, published, added, speaker_count, quote_count";

    private static StoredArticle ReadStoredArticle(SqliteDataReader row) => new(
        Id: row.GetInt64(0),
        Source: row.GetString(1),
        Title: row.GetString(2),
        Published: row.IsDBNull(3) ? null : ArticleRows.ParseTimestamp(row.GetString(3)),
        Added: ArticleRows.ParseTimestamp(row.GetString(4)),
        SpeakerCount: row.GetInt32(5),
        QuoteCount: row.GetInt32(6));

    /// <summary>Only what a hit shows: a name search reads a hundred rows or more, and a speaker's roles and mentions are not among it.</summary>
    private const string SpeakerHitColumns = "s.article_id, a.title, a.published, s.id, s.name, s.aliases, s.kind, s.quote_count";

    private static SpeakerHit ReadSpeakerHit(SqliteDataReader row) => new(
        ArticleId: row.GetInt64(0),
        ArticleTitle: row.GetString(1),
        ArticlePublished: row.IsDBNull(2) ? null : ArticleRows.ParseTimestamp(row.GetString(2)),
        SpeakerId: row.GetString(3),
        Name: row.GetString(4),
        Aliases: ArticleRows.Strings(row.GetString(5)),
        Kind: Enum.Parse<SpeakerKind>(row.GetString(6)),
        QuoteCount: row.GetInt32(7));

    private static QuoteHit ReadQuoteHit(SqliteDataReader row) => new(
        ArticleId: row.GetInt64(0),
        ArticleTitle: row.GetString(1),
        QuoteId: row.GetString(2),
        Text: row.GetString(3),
        SpeakerId: row.IsDBNull(4) ? null : row.GetString(4),
        SpeakerName: row.GetString(5),
        Kind: Enum.Parse<QuoteKind>(row.GetString(6)));

    private static int Limit(int limit) => Math.Clamp(limit, 0, ArticleStore.MaxLimit);

    /// <summary>Runs one write at a time on the writer connection, and turns SQLite's errors into <see cref="ArticleStoreException"/>.</summary>
    private async Task<T> InTurn<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            return await operation();
        }
        catch (SqliteException e)
        {
            throw Failure(Path, e);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Runs a read on one of the reader connections, turning SQLite's errors into <see cref="ArticleStoreException"/>.</summary>
    private async Task<T> Read<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await _readers.ReadAsync(read, cancellationToken);
        }
        catch (SqliteException e)
        {
            throw Failure(Path, e);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static async Task<IReadOnlyList<T>> ReadAll<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
        return rows;
    }

    private static ArticleStoreException Failure(string path, SqliteException e) => new(e.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_NOTADB => $"{path} is not a NewsBot store (not a SQLite database, or its header is damaged).",
        SQLitePCL.raw.SQLITE_CORRUPT => $"{path} is damaged ({e.Message}); restore it from a backup or index the articles again into a new file.",
        SQLitePCL.raw.SQLITE_CANTOPEN => $"{path} cannot be opened: does its folder exist, and may it be written?",
        SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => $"{path} is busy: another process kept it locked too long.",
        SQLitePCL.raw.SQLITE_READONLY => $"{path} is read-only.",
        SQLitePCL.raw.SQLITE_FULL => $"{path} cannot grow: the disk is full.",
        _ => $"{path}: {e.Message}",
    }, e);
}
