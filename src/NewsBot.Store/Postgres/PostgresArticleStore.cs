using System.Data.Common;
using System.Text;
using System.Text.Json;
using NewsBot.Quotes;
using NewsBot.Store.People;
using Npgsql;
using NpgsqlTypes;

namespace NewsBot.Store.Postgres;

/// <summary>
/// The article store in a PostgreSQL database, shared by any number of bot instances. Each call
/// takes a connection from one pool (<see cref="NpgsqlDataSource"/>), so many callers run at once.
/// An article goes in whole or not at all (one statement per article); the same text added twice,
/// by any instance, is stored once (a unique content hash). Search is PostgreSQL's own full-text
/// search (see <see cref="PostgresSchema"/>), with queries built from words only.
/// </summary>
public sealed partial class PostgresArticleStore : IArchiveStore
{
    private const string Search = "'newsbot_search'::regconfig";

    /// <summary>Quote and article words: stemmed (see <see cref="PostgresSchema"/>), as names are not.</summary>
    private const string WordSearch = "'newsbot_english'::regconfig";

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresLocation _location;

    /// <summary>postgresql://user@host:port/database: never the password.</summary>
    public string Location => _location.Display;

    private PostgresArticleStore(NpgsqlDataSource dataSource, PostgresLocation location)
    {
        _dataSource = dataSource;
        _location = location;
    }

    /// <summary>Opens the store in the database <paramref name="location"/> names, creating its tables when missing.</summary>
    /// <param name="location">A postgres:// URI or an Npgsql connection string (Host=...;Database=...;Username=...;Password=...).</param>
    /// <exception cref="ArticleStoreException">The server cannot be reached, refuses the user, lacks the database, or holds something that is not a store.</exception>
    public static async Task<PostgresArticleStore> OpenAsync(string location, CancellationToken cancellationToken = default)
    {
        var parsed = PostgresLocation.Parse(location);
        var dataSource = NpgsqlDataSource.Create(parsed.ConnectionString);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await PostgresSchema.MigrateAsync(connection, parsed, cancellationToken);
            return new PostgresArticleStore(dataSource, parsed);
        }
        catch (Exception e)
        {
            await dataSource.DisposeAsync();
            if (e is NpgsqlException npgsql) throw PostgresFailure.From(npgsql, parsed);
            throw;
        }
    }

    public Task<AddResult> AddAsync(ArticleQuotes analysed, DateTimeOffset? published = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        var article = analysed.Article;
        RefuseNul(article);
        string hash = ArticleStore.ContentHash(article.Text);
        return Run(async connection =>
        {
            await using var insert = new NpgsqlCommand(InsertArticle, connection)
            {
                Parameters =
                {
                    new() { Value = hash },
                    new() { Value = article.Source },
                    new() { Value = article.Title },
                    new() { Value = published is { } date ? date.ToUniversalTime() : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                    new() { Value = article.Text },
                    new() { Value = DateTimeOffset.UtcNow },
                    new() { Value = analysed.Speakers.Count },
                    new() { Value = analysed.Quotes.Count },
                    new() { Value = JsonRows(ArticleRows.SpeakerTable, analysed.Speakers.Select((s, i) => ArticleRows.SpeakerValues(0, i, s))), NpgsqlDbType = NpgsqlDbType.Jsonb },
                    new() { Value = JsonRows(ArticleRows.QuoteTable, analysed.Quotes.Select((q, i) => ArticleRows.QuoteValues(0, i, q))), NpgsqlDbType = NpgsqlDbType.Jsonb },
                    new() { Value = EngineVersion.Current },
                },
            };
            if (await insert.ExecuteScalarAsync(cancellationToken) is long articleId) return new AddResult(articleId, IsNew: true);

            // Another caller stored this text first (this insert waited for that caller's commit, so its row is visible now).
            await using var existing = new NpgsqlCommand("SELECT id FROM articles WHERE content_hash = $1", connection) { Parameters = { new() { Value = hash } } };
            return new AddResult((long)(await existing.ExecuteScalarAsync(cancellationToken))!, IsNew: false);
        }, cancellationToken);
    }

    private void RefuseNul(Article article)
    {
        if (article.Text.Contains('\0') || article.Title.Contains('\0') || article.Source.Contains('\0'))
            throw new ArticleStoreException($"{Location} cannot store text with NUL characters (\\0): PostgreSQL text may not hold them.");
    }

    /// <summary>
    /// The article, its speakers and its quotes in one statement, so in one round trip and all or
    /// nothing without a transaction of our own: the speakers and quotes come as JSON arrays of rows
    /// ($9, $10) that take the tables' own column types, and are stored only when the article is new.
    /// </summary>
    private static readonly string InsertArticle = $"""
        WITH article AS (
            INSERT INTO articles (content_hash, source, title, published, text, added, speaker_count, quote_count, engine_version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $11)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id
        ), speaker_rows AS (
            {InsertRows("speakers", ArticleRows.SpeakerTable, "$9")}
        ), quote_rows AS (
            {InsertRows("quotes", ArticleRows.QuoteTable, "$10")}
        )
        SELECT id FROM article
        """;

    // The first column of every row is article_id, which comes from the article just inserted.
    private static string InsertRows(string table, string[] columns, string json) =>
        $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
        $"SELECT article.id, {string.Join(", ", columns.Skip(1).Select(c => $"r.\"{c}\""))} FROM article, jsonb_populate_recordset(NULL::{table}, {json}) r";

    private static string JsonRows(string[] columns, IEnumerable<object?[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (int i = 1; i < columns.Length; i++)
                {
                    json.WritePropertyName(columns[i]);
                    JsonSerializer.Serialize(json, row[i]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public Task<ArticleQuotes?> GetAsync(long articleId, CancellationToken cancellationToken = default) => Run(async connection =>
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Query("SELECT source, title, text FROM articles WHERE id = $1", articleId),
                Query($"SELECT {ArticleRows.SpeakerColumns} FROM speakers s WHERE s.article_id = $1 ORDER BY s.ordinal", articleId),
                Query($"SELECT {ArticleRows.QuoteColumns} FROM quotes WHERE article_id = $1 ORDER BY ordinal", articleId),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        var article = Article.FromText(reader.GetString(2), reader.GetString(0), reader.GetString(1));
        await reader.NextResultAsync(cancellationToken);
        var speakers = await ReadRows(reader, row => ArticleRows.ReadSpeaker(row), cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var quotes = await ReadRows(reader, row => ArticleRows.ReadQuote(row), cancellationToken);
        return (ArticleQuotes?)new ArticleQuotes(article, speakers, quotes);
    }, cancellationToken);

    public Task<IReadOnlyList<StoredArticle>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default) =>
        ReadAll($"SELECT {ArticleColumns} FROM articles a ORDER BY a.id LIMIT $1 OFFSET $2",
            ReadStoredArticle, cancellationToken, Limit(limit), Math.Max(0, offset));

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Run(async connection =>
    {
        await using var count = new NpgsqlCommand("SELECT count(*) FROM articles", connection);
        return (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }, cancellationToken);

    public async Task<StoredArticle?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken = default) =>
        (await ReadAll($"SELECT {ArticleColumns} FROM articles a WHERE a.content_hash = $1", ReadStoredArticle, cancellationToken, contentHash ?? "")).FirstOrDefault();

    public async Task<IReadOnlyList<StoredArticle>> ListByIdAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var wanted = articleIds.Distinct().Take(ArticleStore.MaxLimit).ToArray();
        if (wanted.Length == 0) return [];
        var found = await ReadAll($"SELECT {ArticleColumns} FROM articles a WHERE a.id = ANY($1)", ReadStoredArticle, cancellationToken, wanted);
        var byId = found.ToDictionary(a => a.Id);
        return wanted.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    public async Task<IReadOnlyList<QuotedPerson>> MostQuotedAsync(int limit = 20, int? latestArticles = null, CancellationToken cancellationToken = default)
    {
        // The names counted, then merged into people: "Trump" and "Donald Trump" are one person.
        var names = await ReadAll("""
            SELECT name, kind, gender, roles, sum(quote_count)::int, count(DISTINCT article_id)::int
            FROM speakers
            WHERE quote_count > 0
              AND ($2 < 0 OR article_id >= (SELECT coalesce(min(id), 0) FROM (SELECT id FROM articles ORDER BY id DESC LIMIT $2) latest))
            GROUP BY name, kind, gender, roles
            ORDER BY 5 DESC, 6 DESC, name
            LIMIT $1
            """, row => new NameTally(row.GetString(0), Enum.Parse<SpeakerKind>(row.GetString(1)), Enum.Parse<Gender>(row.GetString(2)), row.GetString(3), row.GetInt32(4), row.GetInt32(5)),
            cancellationToken, MostQuotedPeople.NamesRead, latestArticles is { } latest ? Math.Max(0, latest) : -1);
        return MostQuotedPeople.Of(names, Limit(limit));
    }

    public Task<IReadOnlyList<StoredArticle>> FindArticlesAsync(string? about, int limit = 20, CancellationToken cancellationToken = default) =>
        ArticleStore.SearchInStepsAsync(about, limit, textOf: null, step => FindArticles(Match(about, step), limit, cancellationToken));

    public Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(string? text, int limit = 20, CancellationToken cancellationToken = default) =>
        ArticleStore.SearchInStepsAsync(text, Limit(limit), hit => hit.Text, step => step == SearchStep.AnyWord
            ? FindQuotesWithAnyWord(text, limit, cancellationToken)
            : FindQuotes(Match(text, step), ArticleStore.NewestFirst(step), limit, cancellationToken));

    /// <summary>
    /// Most hits a search for any of several words ranks here: ranking reads each hit's row from the
    /// table, about as long as SQLite takes for three of its own (see <see cref="ArticleStore.AnyWordRankingBudget"/>).
    /// </summary>
    internal const int AnyWordRankingBudget = 2_000;

    /// <summary>
    /// Quotes with any of the content words, best first (ts_rank), ranking at most
    /// <see cref="AnyWordRankingBudget"/> hits (see <see cref="ArticleStore.AnyWordPlan"/>), each word's
    /// hits known without reading any (<see cref="CountQuotesOfWordsAsync"/>).
    /// </summary>
    private async Task<IReadOnlyList<QuoteHit>> FindQuotesWithAnyWord(string? text, int limit, CancellationToken cancellationToken)
    {
        var words = FtsQuery.ContentWords(text).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var (chosen, ranked) = ArticleStore.AnyWordPlan(await CountQuotesOfWordsAsync(words, cancellationToken), AnyWordRankingBudget);
        if (chosen.Count == 0) return [];
        return ranked
            ? await FindQuotes(TsQuery.AnyOf(string.Join(' ', chosen)), newestFirst: false, limit, cancellationToken)
            : await FindQuotes(TsQuery.Phrase(chosen[0]), newestFirst: true, limit, cancellationToken);
    }

    /// <summary>
    /// How many quotes hold each word, reading none. A word among the quotes' most common lexemes (the
    /// statistics ANALYZE keeps for the planner) is estimated from its frequency; any other is rarer
    /// than all of those (at 100k, up to ~3,700 quotes), and its hits are counted in the search index
    /// alone (<see cref="HitsInSearchIndexAsync"/>): counted as one, as they were, "Paris moderate
    /// Catholic" had 8,374 hits ranked within a budget of 2,000. A table not yet analysed (a new
    /// store) has its hits counted instead, up to just past the budget.
    /// </summary>
    internal async Task<IReadOnlyList<(string Word, int Quotes)>> CountQuotesOfWordsAsync(IReadOnlyList<string> words, CancellationToken cancellationToken = default)
    {
        var counted = await ReadAll($"""
            WITH stats AS (
                SELECT s.most_common_elems::text::text[] AS lexemes, s.most_common_elem_freqs AS freqs, c.reltuples
                FROM pg_stats s JOIN pg_class c ON c.oid = 'quotes'::regclass
                WHERE s.schemaname = current_schema() AND s.tablename = 'quotes' AND s.attname = 'search')
            SELECT w.word, CASE WHEN EXISTS (SELECT 1 FROM stats)
                THEN coalesce((SELECT greatest(1, u.freq * stats.reltuples)::int FROM stats, unnest(stats.lexemes, stats.freqs) AS u(lexeme, freq)
                               WHERE u.lexeme = (SELECT l FROM unnest(tsvector_to_array(to_tsvector({WordSearch}, w.word))) l LIMIT 1)), -1)
                ELSE (SELECT count(*) FROM (SELECT 1 FROM quotes q WHERE q.search @@ to_tsquery({WordSearch}, w.query) LIMIT $3) hits)::int
                END
            FROM unnest($1::text[], $2::text[]) AS w(word, query)
            """, row => (Word: row.GetString(0), Quotes: row.GetInt32(1)), cancellationToken,
            words.ToArray(), words.Select(word => TsQuery.AllOf(word)!).ToArray(), AnyWordRankingBudget + 1);
        var uncommon = counted.Where(c => c.Quotes < 0).Select(c => c.Word).ToList();
        if (uncommon.Count == 0) return counted;
        var hits = await HitsInSearchIndexAsync(uncommon, cancellationToken);
        return counted.Select(c => c.Quotes < 0 ? (c.Word, hits[c.Word]) : c).ToList();
    }

    /// <summary>
    /// Each word's hits as the search index holds them: the bitmap of a bitmap scan is built whole before
    /// its first quote is read, so EXPLAIN ANALYZE of the first hit alone tells how many there are
    /// (about 1 ms for 4,000 hits, where reading them costs 10 to 30).
    /// </summary>
    private Task<Dictionary<string, int>> HitsInSearchIndexAsync(IReadOnlyList<string> words, CancellationToken cancellationToken) => Run(async connection =>
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var indexOnly = new NpgsqlCommand("SET LOCAL enable_seqscan = off", connection, transaction))
            await indexOnly.ExecuteNonQueryAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var word in words)
            batch.BatchCommands.Add(Query($"EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF, SUMMARY OFF, FORMAT JSON) SELECT 1 FROM quotes q WHERE q.search @@ to_tsquery({WordSearch}, $1) LIMIT 1",
                TsQuery.AllOf(word)!));
        var hits = new Dictionary<string, int>();
        await using (var rows = await batch.ExecuteReaderAsync(cancellationToken))
            foreach (var (word, i) in words.Select((word, i) => (word, i)))
            {
                if (i > 0) await rows.NextResultAsync(cancellationToken);
                await rows.ReadAsync(cancellationToken);
                using var plan = JsonDocument.Parse(rows.GetString(0));
                hits[word] = IndexHits(plan.RootElement[0].GetProperty("Plan")) ?? 1;
            }
        await transaction.CommitAsync(cancellationToken);
        return hits;
    }, cancellationToken);

    /// <summary>The rows a plan's bitmap index scan found, if it has one.</summary>
    private static int? IndexHits(JsonElement node)
    {
        if (node.GetProperty("Node Type").GetString() == "Bitmap Index Scan") return (int)node.GetProperty("Actual Rows").GetDouble();
        if (!node.TryGetProperty("Plans", out var children)) return null;
        return children.EnumerateArray().Select(IndexHits).FirstOrDefault(found => found is not null);
    }

    private static string? Match(string? text, SearchStep step) => step switch
    {
        SearchStep.Phrase => TsQuery.Phrase(text),
        SearchStep.EveryWord => TsQuery.AllOf(text, content: true),
        _ => TsQuery.AnyOf(text, content: true),
    };

    public Task<IReadOnlyList<SpeakerHit>> FindSpeakersAsync(string? name, int limit = 20, CancellationToken cancellationToken = default)
    {
        var match = TsQuery.AllOf(name, lastIsPrefix: true);
        if (match is null) return Task.FromResult<IReadOnlyList<SpeakerHit>>([]);
        return ReadAll($"""
            SELECT s.article_id, a.title, a.published, {ArticleRows.SpeakerColumns}
            FROM speakers s JOIN articles a ON a.id = s.article_id, to_tsquery({Search}, $1) query
            WHERE s.search @@ query
            ORDER BY s.article_id DESC, s.ordinal
            LIMIT $2
            """,
            ReadSpeakerHit, cancellationToken, match, Limit(limit));
    }

    public Task<IReadOnlyList<SpeakerHit>> QuotedSpeakersAsync(string? name, int limit = 20, CancellationToken cancellationToken = default)
    {
        var match = TsQuery.AllOf(name);
        if (match is null) return Task.FromResult<IReadOnlyList<SpeakerHit>>([]);
        return ReadAll($"""
            SELECT s.article_id, a.title, a.published, {ArticleRows.SpeakerColumns}
            FROM speakers s JOIN articles a ON a.id = s.article_id
            WHERE s.search @@ to_tsquery({Search}, $1) AND s.quote_count > 0
            ORDER BY s.article_id DESC, s.ordinal
            LIMIT $2
            """, ReadSpeakerHit, cancellationToken, match, Limit(limit));
    }

    private static SpeakerHit ReadSpeakerHit(DbDataReader row)
    {
        var speaker = ArticleRows.ReadSpeaker(row, first: 3);
        return new SpeakerHit(row.GetInt64(0), row.GetString(1), row.IsDBNull(2) ? null : row.GetFieldValue<DateTimeOffset>(2),
            speaker.Id, speaker.Name, speaker.Aliases, speaker.Kind, speaker.QuoteCount);
    }

    public Task<IReadOnlyList<QuoteHit>> QuotesBySpeakerAsync(string? name, int limit = 20, int offset = 0, CancellationToken cancellationToken = default)
    {
        var match = TsQuery.AllOf(name);
        if (match is null) return Task.FromResult<IReadOnlyList<QuoteHit>>([]);
        limit = Limit(limit);
        offset = Math.Max(0, offset);
        // Every quoted speaker row holds at least one quote, so the newest limit + offset of them hold the page:
        // a name found in thousands of articles costs a sort of their speakers, not a join of all their quotes.
        return ReadAll($"""
            WITH chosen AS (
                SELECT s.article_id, s.id FROM speakers s
                WHERE s.search @@ to_tsquery({Search}, $1) AND s.quote_count > 0
                ORDER BY s.article_id DESC, s.ordinal
                LIMIT $4)
            SELECT {QuoteHitColumns}
            FROM chosen c
            JOIN quotes q ON q.article_id = c.article_id AND q.speaker_id = c.id
            JOIN articles a ON a.id = q.article_id
            ORDER BY q.article_id DESC, q.ordinal
            LIMIT $2 OFFSET $3
            """, ReadQuoteHit, cancellationToken, match, limit, offset, (long)limit + offset);
    }

    /// <summary>
    /// Checks every article against the speakers and quotes it was stored with, every search
    /// vector against its text under today's text search configuration (a changed configuration
    /// or dictionary leaves stale vectors that searches miss), and that no index is left invalid.
    /// </summary>
    public Task<StoreIntegrity> CheckIntegrityAsync(CancellationToken cancellationToken = default) => Run(async connection =>
    {
        var problems = new List<string>();
        problems.AddRange(await ReadRows(connection, ArticleRows.CountProblems, cancellationToken));
        problems.AddRange(await ReadRows(connection, $"""
            SELECT format('%s search vectors of %s differ from their text under the current search configuration: rebuild them (UPDATE %s SET %s = %s)', stale, what, what, touch, touch)
            FROM (
                SELECT 'articles' AS what, 'title' AS touch, count(*) AS stale FROM articles
                WHERE search <> setweight(to_tsvector({WordSearch}, title), 'A') || setweight(to_tsvector({WordSearch}, text), 'D')
                UNION ALL
                SELECT 'speakers', 'name', count(*) FROM speakers WHERE search <> to_tsvector({Search}, name || ' ' || aliases)
                UNION ALL
                SELECT 'quotes', 'text', count(*) FROM quotes WHERE search <> to_tsvector({WordSearch}, text)
            ) counts
            WHERE stale > 0
            UNION ALL
            SELECT 'index ' || i.indexrelid::regclass || ' is not valid: REINDEX it'
            FROM pg_index i
            WHERE i.indrelid IN ('articles'::regclass, 'speakers'::regclass, 'quotes'::regclass) AND NOT (i.indisvalid AND i.indisready)
            """, cancellationToken));
        var totals = await ReadRows(connection, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM speakers), (SELECT count(*) FROM quotes)", cancellationToken,
            row => (Articles: (int)row.GetInt64(0), Speakers: (int)row.GetInt64(1), Quotes: (int)row.GetInt64(2)));
        return new StoreIntegrity(totals[0].Articles, totals[0].Speakers, totals[0].Quotes, problems);
    }, cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private const string ArticleColumns = "a.id, a.source, a.title, a.published, a.added, a.speaker_count, a.quote_count";

    private const string QuoteHitColumns = "q.article_id, a.title, q.id, q.text, q.speaker_id, q.speaker_name, q.kind";

    private Task<IReadOnlyList<QuoteHit>> FindQuotes(string? match, bool newestFirst, int limit, CancellationToken cancellationToken)
    {
        if (match is null) return Task.FromResult<IReadOnlyList<QuoteHit>>([]);
        if (newestFirst) return NewestQuotesAsync(match, Limit(limit), cancellationToken);
        return ReadAll(BestOfHits, ReadQuoteHit, cancellationToken, match, Limit(limit));
    }

    /// <summary>
    /// The best page of the hits (ts_rank), ranked from the quotes alone, and only its own rows joined to
    /// their articles' titles. With the page's limit over the join, the planner sorted every hit without
    /// a bound, in parallel workers, and joined as it went (son, hero or research at 100k: 8,705 hits,
    /// 53 ms warm); under it, a top-N sort of the hits (25 ms).
    /// </summary>
    internal static readonly string BestOfHits = $"""
        WITH best AS (
            SELECT q.article_id, q.ordinal, q.id, q.text, q.speaker_id, q.speaker_name, q.kind, ts_rank(q.search, query, 1) AS rank
            FROM quotes q, to_tsquery({WordSearch}, $1) query
            WHERE q.search @@ query
            ORDER BY rank DESC, q.article_id, q.ordinal
            LIMIT $2)
        SELECT {QuoteHitColumns}
        FROM best q JOIN articles a ON a.id = q.article_id
        ORDER BY q.rank DESC, q.article_id, q.ordinal
        """;

    private Task<IReadOnlyList<StoredArticle>> FindArticles(string? match, int limit, CancellationToken cancellationToken)
    {
        if (match is null) return Task.FromResult<IReadOnlyList<StoredArticle>>([]);
        // Title words weigh A (1.0), text words D (0.1): "the article about X" usually names what its headline says.
        return ReadAll($"""
            SELECT {ArticleColumns}
            FROM articles a, to_tsquery({WordSearch}, $1) query
            WHERE a.search @@ query
            ORDER BY ts_rank(a.search, query, 1) DESC, a.id
            LIMIT $2
            """, ReadStoredArticle, cancellationToken, match, Limit(limit));
    }

    private static StoredArticle ReadStoredArticle(DbDataReader row) => new(
        Id: row.GetInt64(0),
        Source: row.GetString(1),
        Title: row.GetString(2),
        Published: row.IsDBNull(3) ? null : row.GetFieldValue<DateTimeOffset>(3),
        Added: row.GetFieldValue<DateTimeOffset>(4),
        SpeakerCount: row.GetInt32(5),
        QuoteCount: row.GetInt32(6));

    private static QuoteHit ReadQuoteHit(DbDataReader row) => new(
        ArticleId: row.GetInt64(0),
        ArticleTitle: row.GetString(1),
        QuoteId: row.GetString(2),
        Text: row.GetString(3),
        SpeakerId: row.IsDBNull(4) ? null : row.GetString(4),
        SpeakerName: row.GetString(5),
        Kind: Enum.Parse<QuoteKind>(row.GetString(6)));

    private static int Limit(int limit) => Math.Clamp(limit, 0, ArticleStore.MaxLimit);

    /// <summary>Runs one operation on a pooled connection, and turns Npgsql's errors into <see cref="ArticleStoreException"/>.</summary>
    private async Task<T> Run<T>(Func<NpgsqlConnection, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            return await operation(connection);
        }
        catch (NpgsqlException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw PostgresFailure.From(e, _location);
        }
        catch (System.Text.EncoderFallbackException e)
        {
            throw new ArticleStoreException($"{Location} cannot store this text: {e.Message}", e);
        }
    }

    private Task<IReadOnlyList<T>> ReadAll<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params object[] parameters) =>
        Run(connection => ReadRows(connection, sql, cancellationToken, read, parameters), cancellationToken);

    private static async Task<IReadOnlyList<T>> ReadRows<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken,
        Func<DbDataReader, T> read, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadRows(reader, read, cancellationToken);
    }

    private static Task<IReadOnlyList<string>> ReadRows(NpgsqlConnection connection, string sql, CancellationToken cancellationToken) =>
        ReadRows(connection, sql, cancellationToken, row => row.GetString(0));

    private static async Task<IReadOnlyList<T>> ReadRows<T>(DbDataReader reader, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
        return rows;
    }

    private static NpgsqlBatchCommand Query(string sql, params object[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }

}
