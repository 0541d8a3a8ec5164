using NewsBot.Quotes;
using NewsBot.Store.Postgres;
using NewsBot.Testing;
using Npgsql;

namespace NewsBot.Store.Tests;

/// <summary>
/// The store contract on PostgreSQL (each test in a fresh schema of this class's own database), and
/// what only a server can go through: unreachable, wrong password, missing database, many instances.
/// </summary>
public sealed class PostgresArticleStoreTests(PostgresTestDatabase database) : DurableStoreContract, IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private string _store = "";

    public async Task InitializeAsync() => _store = await database.NewSchemaAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected override Task<IArticleStore> Open() => ArticleStore.OpenAsync(_store);

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_store);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_connection_string_opens_a_PostgreSQL_store()
    {
        await using var store = await Open();
        Assert.IsType<PostgresArticleStore>(store);
        var builder = new NpgsqlConnectionStringBuilder(_store);
        Assert.Equal($"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}", store.Location);
    }

    [Theory]
    [InlineData("postgres://ann:s3cr%40t@db.example:6543/news?sslmode=require", "postgresql://ann@db.example:6543/news")]
    [InlineData("postgresql://ann:s3cr%40t@db.example/news", "postgresql://ann@db.example:5432/news")]
    [InlineData("Host=db.example;Port=6543;Username=ann;Password=s3cr@t;Database=news", "postgresql://ann@db.example:6543/news")]
    [InlineData("Server=db.example;User ID=ann;Password=s3cr@t;Database=news", "postgresql://ann@db.example:5432/news")]
    public void A_location_is_named_without_its_password(string location, string display)
    {
        Assert.True(PostgresLocation.IsPostgres(location));
        var parsed = PostgresLocation.Parse(location);
        Assert.Equal(display, parsed.Display);
        Assert.Equal("s3cr@t", new NpgsqlConnectionStringBuilder(parsed.ConnectionString).Password);
    }

    [Fact]
    public void A_URI_may_name_the_schema_and_other_settings()
    {
        var parsed = new NpgsqlConnectionStringBuilder(PostgresLocation.Parse("postgres://ann@db.example/news?search_path=bot&sslmode=require&application_name=newsbot").ConnectionString);
        Assert.Equal(("bot", SslMode.Require, "newsbot"), (parsed.SearchPath, parsed.SslMode, parsed.ApplicationName));
    }

    [Theory]
    [InlineData("news.db")]
    [InlineData("/var/lib/newsbot/news.db")]
    [InlineData("C:\\data\\news.db")]
    [InlineData("data/a=b.db")]
    [InlineData("")]
    public void Anything_else_is_a_SQLite_file(string location) => Assert.False(PostgresLocation.IsPostgres(location));

    [Theory]
    [InlineData("postgres://ann:hunter2@[bad")]
    [InlineData("Host=db.example;Pasword=hunter2;Colour=blue")]
    [InlineData("Host=db.example;Port=many;Password=hunter2")]
    public async Task A_malformed_location_is_refused_without_showing_the_password(string location)
    {
        var error = await Assert.ThrowsAsync<ArticleStoreException>(() => ArticleStore.OpenAsync(location));
        Assert.Contains("not a valid", error.Message);
        Assert.DoesNotContain("hunter2", error.ToString());
    }

    [Fact]
    public async Task An_unreachable_server_says_so_without_showing_the_password()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var error = await Assert.ThrowsAsync<ArticleStoreException>(() =>
            ArticleStore.OpenAsync("Host=127.0.0.1;Port=1;Username=ann;Password=hunter2;Database=news;Timeout=5"));
        Assert.Contains("Cannot reach the PostgreSQL server at 127.0.0.1:1", error.Message);
        Assert.DoesNotContain("hunter2", error.ToString());
    }

    [Fact]
    public async Task A_wrong_password_and_a_missing_database_are_told_apart()
    {
        var server = new NpgsqlConnectionStringBuilder(_store);
        var wrongPassword = new NpgsqlConnectionStringBuilder(_store) { Password = server.Password + "-wrong" };
        var missing = new NpgsqlConnectionStringBuilder(_store) { Database = "newsbot_no_such_database" };

        var refused = await Assert.ThrowsAsync<ArticleStoreException>(() => ArticleStore.OpenAsync(wrongPassword.ConnectionString));
        var absent = await Assert.ThrowsAsync<ArticleStoreException>(() => ArticleStore.OpenAsync(missing.ConnectionString));

        Assert.Contains($"refused user '{server.Username}'", refused.Message);
        Assert.DoesNotContain(wrongPassword.Password!, refused.ToString());
        Assert.Contains("Database 'newsbot_no_such_database' does not exist", absent.Message);
    }

    [Fact]
    public async Task Instances_starting_at_once_create_the_tables_once()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Open()));
        try
        {
            await Task.WhenAll(stores.Select((store, i) => store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge + (i % 3), "b.txt"))));
            Assert.All(await Task.WhenAll(stores.Select(store => store.CountAsync())), count => Assert.Equal(3, count));
        }
        finally
        {
            foreach (var store in stores) await store.DisposeAsync();
        }
        await using var connection = new NpgsqlConnection(_store);
        await connection.OpenAsync();
        await using var versions = new NpgsqlCommand("SELECT count(*) FROM schema_version", connection);
        Assert.Equal(1L, await versions.ExecuteScalarAsync());
    }

    [Fact]
    public async Task One_instance_serves_many_callers_at_once()
    {
        await using var store = await Open();
        var texts = Enumerable.Range(0, 40).Select(i => QuoteEngine.AnalyzeText(Stories.Bridge + $"Note {i % 20}.\n", "b.txt")).ToList();

        var added = await Task.WhenAll(texts.Select(text => store.AddAsync(text)));
        var searches = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => store.FindQuotesAsync("delighted", limit: 100)));

        Assert.Equal(20, added.Count(a => a.IsNew));
        Assert.Equal(20, added.Select(a => a.ArticleId).Distinct().Count());
        Assert.All(searches, hits => Assert.Equal(20, hits.Count));
        Assert.True((await store.CheckIntegrityAsync()).IsSound);
    }

    [Fact]
    public async Task Newest_quotes_of_a_rare_word_are_read_from_the_search_index_whatever_the_planner_thinks_of_sorting()
    {
        // With sorting (and the search index) made to look dear, the planner walks the quotes newest first
        // through their article index if it may: what it chose at 100k for words it has no statistics for
        // (0.7 s for "lifespans", found in 108 quotes).
        var plan = await PlanOverThreeArticlesAsync("EXPLAIN " + PostgresArticleStore.NewestOfHits, [ "'delighted'", 20 ],
            settings: "SET enable_sort = off; SET enable_incremental_sort = off; SET enable_bitmapscan = off; SET enable_seqscan = off");

        Assert.DoesNotContain("quotes_by_speaker", plan);
        await using var reopened = await Open();
        var hits = await reopened.FindQuotesAsync("delighted", limit: 20);
        Assert.Equal(hits.OrderByDescending(h => h.ArticleId).Select(h => h.ArticleId), hits.Select(h => h.ArticleId));
        Assert.Equal(3, hits.Select(h => h.ArticleId).Distinct().Count());
    }

    [Theory]
    [InlineData(8_000, 20, 1, 100_000, 99_001)]  // 80 hits expected in the newest 1,000 articles
    [InlineData(80, 20, 1, 100_000, 1)]          // too few hits: all the articles
    [InlineData(0, 20, 1, 100_000, 1)]
    [InlineData(1e9, 20, 1, 100_000, 100_000)]   // at least the newest article
    [InlineData(100, 20, 0, 0, 0)]               // no articles
    public void The_newest_articles_looked_in_first_should_hold_a_few_pages_of_hits(double hits, int limit, long first, long last, long from) =>
        Assert.Equal(from, PostgresArticleStore.NewestArticlesHolding(hits, limit, first, last));

    [Fact]
    public async Task Newest_quotes_of_a_word_the_newest_articles_lack_are_found_in_older_ones()
    {
        // 13 of 63 quotes hold "harbour", all in the oldest article: the planner expects the newest 24 of its 26 articles to hold 12.
        var notes = new System.Text.StringBuilder("Harbour log\n\n");
        var quotes = new List<Quote>();
        for (int i = 0; i < 13; i++)
        {
            var words = $"Harbour note {i} filed";
            quotes.Add(new Quote($"q{i}", null, "", words, new TextSpan(notes.Length, notes.Length + words.Length), [], QuoteKind.Direct, "", null, null, null, 1));
            notes.Append(words).Append(". ");
        }
        await using var store = await Open();
        await store.AddAsync(new ArticleQuotes(Article.FromText(notes.ToString(), "log.txt"), [], quotes));
        foreach (int i in Enumerable.Range(0, 25)) await store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge + $"Note {i}.\n", "b.txt"));
        await ExecuteSqlAsync("ANALYZE");

        var newest = await store.FindQuotesAsync("harbour", limit: 3);

        Assert.Equal(["Harbour note 12 filed", "Harbour note 11 filed", "Harbour note 10 filed"], newest.Select(q => q.Text));
    }

    [Fact]
    public async Task A_word_outside_the_most_common_lexemes_has_its_hits_counted_in_the_search_index()
    {
        // Statistics for 10 lexemes only: the 12 words of 20 quotes crowd out "harbour" (3 quotes), which was counted as 1, as was "volcano" (none).
        var text = new System.Text.StringBuilder("Log\n\n");
        var quotes = new List<Quote>();
        foreach (var (words, i) in Enumerable.Repeat("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima", 20)
            .Concat(Enumerable.Repeat("harbour note", 3)).Select((words, i) => (words, i)))
        {
            quotes.Add(new Quote($"q{i}", null, "", words, new TextSpan(text.Length, text.Length + words.Length), [], QuoteKind.Direct, "", null, null, null, 1));
            text.Append(words).Append(". ");
        }
        await using var store = await Open();
        await store.AddAsync(new ArticleQuotes(Article.FromText(text.ToString(), "log.txt"), [], quotes));
        await ExecuteSqlAsync("ALTER TABLE quotes ALTER COLUMN search SET STATISTICS 1; ANALYZE quotes");

        var counted = await ((PostgresArticleStore)store).CountQuotesOfWordsAsync(["harbour", "alpha", "volcano"]);

        Assert.Equal([("harbour", 3), ("alpha", 20), ("volcano", 0)], counted);
    }

    [Fact]
    public async Task The_best_quotes_are_ranked_before_any_joins_its_article()
    {
        // With the page's limit over the join, the planner sorted every hit of "son | hero | research" at 100k
        // without a bound, in parallel workers (8,705 hits, twice the time of ranking them alone).
        using var plan = System.Text.Json.JsonDocument.Parse(
            await PlanOverThreeArticlesAsync("EXPLAIN (FORMAT JSON) " + PostgresArticleStore.BestOfHits, [ "'delighted' | 'years'", 2 ]));

        Assert.False(ReadsUnderLimit(plan.RootElement[0].GetProperty("Plan"), "articles", underLimit: false));
        Assert.True(ReadsUnderLimit(plan.RootElement[0].GetProperty("Plan"), "quotes", underLimit: false));
        await using var reopened = await Open();
        Assert.Equal(2, (await reopened.FindQuotesAsync("delighted harbour years", limit: 2)).Count);
    }

    /// <summary>Whether a plan node reading <paramref name="table"/> lies under a Limit node.</summary>
    private static bool ReadsUnderLimit(System.Text.Json.JsonElement node, string table, bool underLimit)
    {
        underLimit |= node.GetProperty("Node Type").GetString() == "Limit";
        if (underLimit && node.TryGetProperty("Relation Name", out var relation) && relation.GetString() == table) return true;
        return node.TryGetProperty("Plans", out var children) && children.EnumerateArray().Any(child => ReadsUnderLimit(child, table, underLimit));
    }

    /// <summary>The plan of a search statement (its parameters given) over a store of three articles, after <paramref name="settings"/>.</summary>
    private async Task<string> PlanOverThreeArticlesAsync(string explain, object[] parameters, string? settings = null)
    {
        await using (var store = await Open())
            foreach (int i in Enumerable.Range(0, 3)) await store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge + $"Note {i}.\n", "b.txt"));
        await using var connection = new NpgsqlConnection(_store);
        await connection.OpenAsync();
        if (settings is not null)
            await using (var set = new NpgsqlCommand(settings, connection)) await set.ExecuteNonQueryAsync();
        await using var command = new NpgsqlCommand(explain, connection);
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value });
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    }

    [Fact]
    public async Task A_database_whose_articles_table_is_not_a_store_is_refused()
    {
        await ExecuteSqlAsync("CREATE TABLE articles (sku text, price numeric)");
        Assert.Contains("not a NewsBot store", (await Assert.ThrowsAsync<ArticleStoreException>(() => Open())).Message);
    }

    [Fact]
    public async Task Text_PostgreSQL_cannot_hold_is_refused_and_nothing_is_stored()
    {
        await using var store = await Open();
        var error = await Assert.ThrowsAsync<ArticleStoreException>(() => store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge.Replace("nine", "ni\0ne"))));
        Assert.Contains("NUL", error.Message);
        Assert.Equal(0, await store.CountAsync());
    }

    [Fact]
    public async Task A_store_written_before_genders_and_stemmed_search_gains_them_when_opened()
    {
        await using (var store = await Open()) await store.AddAsync(Stories.Made(Stories.Bridge, ("Lena Ortiz", "It took us nine years"), ("Tom Reyes", "We are delighted")));
        // Migrations 3 and 2 undone: no engine versions; no gender or rule columns, quote and article search unstemmed under newsbot_search.
        await ExecuteSqlAsync("""
            ALTER TABLE articles DROP COLUMN engine_version;
            ALTER TABLE speakers DROP COLUMN gender;
            ALTER TABLE quotes DROP COLUMN rule;
            ALTER TABLE quotes DROP COLUMN speaker_rule;
            ALTER TABLE quotes DROP COLUMN search;
            ALTER TABLE quotes ADD COLUMN search tsvector NOT NULL GENERATED ALWAYS AS (to_tsvector('newsbot_search'::regconfig, text)) STORED;
            CREATE INDEX quotes_search ON quotes USING gin (search);
            ALTER TABLE articles DROP COLUMN search;
            ALTER TABLE articles ADD COLUMN search tsvector NOT NULL GENERATED ALWAYS AS (
                setweight(to_tsvector('newsbot_search'::regconfig, title), 'A') || setweight(to_tsvector('newsbot_search'::regconfig, text), 'D')) STORED;
            CREATE INDEX articles_search ON articles USING gin (search);
            DROP TEXT SEARCH CONFIGURATION newsbot_english;
            DROP TEXT SEARCH DICTIONARY newsbot_english_stem;
            UPDATE schema_version SET version = 1;
            """);

        await using var reopened = await Open();
        Assert.Equal("We are delighted", Assert.Single(await reopened.FindQuotesAsync("delight")).Text);
        Assert.Single(await reopened.FindArticlesAsync("opening"));
        var older = Assert.Single(await reopened.ListAsync(0, 10));
        Assert.All((await reopened.GetAsync(older.Id))!.Speakers, s => Assert.Equal(Gender.Unknown, s.Gender));
        var she = Stories.Made("Harbour plan\n\nThe harbour will be dredged, Ana Lee said.\n", ("Ana Lee", "The harbour will be dredged"));
        she = she with { Speakers = [she.Speakers[0] with { Gender = Gender.Female }] };
        var id = (await reopened.AddAsync(she)).ArticleId;
        Assert.Equal(Gender.Female, (await reopened.GetAsync(id))!.Speakers.Single().Gender);
        Assert.True((await reopened.CheckIntegrityAsync()).IsSound, string.Join("\n", (await reopened.CheckIntegrityAsync()).Problems));
    }

    [Fact]
    public async Task Search_vectors_made_under_another_configuration_are_reported()
    {
        await using var store = await Open();
        await store.AddAsync(Stories.Made(Stories.Bridge, ("Lena Ortiz", "It took us nine years"), ("Tom Reyes", "We are delighted")));
        await ExecuteSqlAsync("ALTER TEXT SEARCH CONFIGURATION newsbot_english DROP MAPPING FOR asciiword; ALTER TEXT SEARCH CONFIGURATION newsbot_search DROP MAPPING FOR asciiword");

        var integrity = await store.CheckIntegrityAsync();

        Assert.False(integrity.IsSound);
        Assert.Contains("1 search vectors of articles differ from their text under the current search configuration: rebuild them (UPDATE articles SET title = title)", integrity.Problems);
        Assert.Contains(integrity.Problems, p => p.Contains("search vectors of quotes"));
        Assert.Contains(integrity.Problems, p => p.Contains("search vectors of speakers"));
        await ExecuteSqlAsync("UPDATE articles SET title = title; UPDATE speakers SET name = name; UPDATE quotes SET text = text");
        Assert.True((await store.CheckIntegrityAsync()).IsSound);
    }
}
