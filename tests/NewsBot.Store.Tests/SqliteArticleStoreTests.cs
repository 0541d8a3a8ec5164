using Microsoft.Data.Sqlite;
using NewsBot.Quotes;
using NewsBot.Quotes.Tests;

namespace NewsBot.Store.Tests;

/// <summary>The store contract on a SQLite file, and what only a file can go through.</summary>
public sealed class SqliteArticleStoreTests : DurableStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string StoreFile => Path.Combine(_folder.Path, "news.db");

    protected override Task<IArticleStore> Open() => ArticleStore.OpenAsync(StoreFile);

    protected override Task ExecuteSqlAsync(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={StoreFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Searches_are_answered_while_a_write_waits_for_the_file()
    {
        await using var store = await Open();
        await store.AddAsync(Stories.Made(Stories.Bridge, ("Lena Ortiz", "It took us nine years")));
        // Another process holds the write lock, so the store's next write waits for it.
        using var other = new SqliteConnection($"Data Source={StoreFile};Pooling=False");
        other.Open();
        using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();
        }
        // SQLite's calls block their thread, so the write waits on a thread of its own.
        var waitingWrite = Task.Run(() => store.AddAsync(QuoteEngine.AnalyzeText("Ferry fares\n\n\"Fares will rise,\" Tom Reyes said.\n", "ferry.txt")));
        await Task.Delay(300);

        var search = store.FindQuotesAsync("nine years");
        Assert.Same(search, await Task.WhenAny(search, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Single(await search);
        Assert.False(waitingWrite.IsCompleted);

        using (var rollback = other.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }
        Assert.True((await waitingWrite).IsNew);
        Assert.Single(await store.FindQuotesAsync("fares will rise"));
    }

    /// <summary>
    /// FTS5 writes its pending entries out as a new segment (to be merged later) at every statement that writes to
    /// it and whenever an entry comes with a lower rowid than the one before: a batch whose entries are made in one
    /// statement per index, in rowid order, is one segment per index, and a batch of new analyses one more for the
    /// entries it forgets and one for those it makes.
    /// </summary>
    [Fact]
    public async Task A_batch_makes_one_search_segment_per_index()
    {
        var articles = Stories.PolnearTexts().Take(12).Select(file => new ArticleToAdd(QuoteEngine.AnalyzeText(File.ReadAllText(file), file))).ToList();
        Assert.True(articles.Sum(a => a.Analysed.Quotes.Count) > 50, "the articles have quotes by several speakers");
        await using (var store = (IArchiveStore)await Open())
        {
            var added = await store.AddManyAsync(articles);
            Assert.Equal([1L, 1, 1], SearchSegments());
            await store.ReplaceAnalysesAsync(added.Zip(articles, (stored, article) => new Reanalysis(stored.ArticleId, article.Analysed)).ToList());
            Assert.Equal([1L, 3, 3], SearchSegments());
            Assert.True((await store.CheckIntegrityAsync()).IsSound);
        }
    }

    /// <summary>The segments of articles_fts, speakers_fts and quotes_fts.</summary>
    private List<long> SearchSegments()
    {
        using var connection = new SqliteConnection($"Data Source={StoreFile};Pooling=False");
        connection.Open();
        return new[] { "articles_fts", "speakers_fts", "quotes_fts" }.Select(index =>
        {
            using var segments = connection.CreateCommand();
            // A segment's pages have rowids (segment id << 37) + page; rowids below 1 << 37 are the index's own records.
            segments.CommandText = $"SELECT count(DISTINCT id >> 37) FROM {index}_data WHERE id >= 1 << 37";
            return (long)segments.ExecuteScalar()!;
        }).ToList();
    }

    /// <summary>The search entries of a batch are made together before it commits, so the first analysis's must be made before the second forgets them.</summary>
    [Fact]
    public async Task An_article_given_twice_in_one_batch_of_new_analyses_keeps_the_last_and_sound_search()
    {
        var text = "Dock vote\n\nThe dock stays open, Ana Lee said. The vote was close, Rob Tan said.\n";
        await using var store = (IArchiveStore)await Open();
        var added = (await store.AddManyAsync([new(Stories.Made(text, ("Rob Tan", "The vote was close")), EngineVersion: "old")])).Single();
        var first = Stories.Made(text, ("Ana Lee", "The dock stays open"));
        var last = Stories.Made(text, ("Ana Lee", "The dock stays open"), ("Rob Tan", "The vote was close"));

        await store.ReplaceAnalysesAsync([new(added.ArticleId, first), new(added.ArticleId, last)]);

        Assert.Equal(Stories.Snapshot(last), Stories.Snapshot((await store.GetAsync(added.ArticleId))!));
        Assert.Single(await store.FindQuotesAsync("dock stays open"));
        Assert.Single(await store.QuotesBySpeakerAsync("Rob Tan"));
        var integrity = await store.CheckIntegrityAsync();
        Assert.True(integrity.IsSound, string.Join("\n", integrity.Problems));
        Assert.Equal((1, 2, 2), (integrity.Articles, integrity.Speakers, integrity.Quotes));
    }

    [Fact]
    public async Task A_store_written_before_article_search_gains_it_when_opened()
    {
        await using (var store = await Open()) await store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge));
        await ExecuteSqlAsync(BeforeEngineVersions + BeforeVersion4 + "DROP TABLE articles_fts; DROP INDEX articles_listing; UPDATE schema_version SET version = 1");
        await using var reopened = await Open();
        Assert.Single(await reopened.FindArticlesAsync("Millbrook"));
        Assert.True((await reopened.CheckIntegrityAsync()).IsSound);
    }

    /// <summary>Undoes the migration that records engine versions.</summary>
    private const string BeforeEngineVersions = "DROP INDEX articles_by_engine_version; ALTER TABLE articles DROP COLUMN engine_version; ";

    [Fact]
    public async Task A_store_written_before_engine_versions_gains_them_and_its_articles_have_none()
    {
        await using (var store = await Open()) await store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge));
        await ExecuteSqlAsync(BeforeEngineVersions + "UPDATE schema_version SET version = 4");

        await using var reopened = (IArchiveStore)await Open();
        Assert.Equal([new EngineVersionCount(null, 1)], await reopened.EngineVersionsAsync());
        Assert.Equal(Stories.Bridge, Assert.Single(await reopened.TextsAnalysedByAsync(null, 0, 10)).Text);
        await reopened.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge + "Updated at noon.\n"));
        Assert.Equal([new EngineVersionCount(EngineVersion.Current, 1), new EngineVersionCount(null, 1)], await reopened.EngineVersionsAsync());
    }

    /// <summary>Undoes migration 4: no gender or rule columns, quote search without stemming (the article search is made again by every older step).</summary>
    private const string BeforeVersion4 = """
        ALTER TABLE speakers DROP COLUMN gender;
        ALTER TABLE quotes DROP COLUMN rule;
        ALTER TABLE quotes DROP COLUMN speaker_rule;
        DROP TABLE quotes_fts;
        CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='row', tokenize='unicode61 remove_diacritics 2');
        INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');
        """;

    [Fact]
    public async Task A_store_written_before_genders_rules_and_stemmed_search_gains_them_when_opened()
    {
        await using (var store = await Open()) await store.AddAsync(Stories.Made(Stories.Bridge, ("Lena Ortiz", "It took us nine years"), ("Tom Reyes", "We are delighted")));
        await ExecuteSqlAsync(BeforeEngineVersions + BeforeVersion4 + "DROP TABLE articles_fts; CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'); INSERT INTO articles_fts (articles_fts) VALUES ('rebuild'); UPDATE schema_version SET version = 3");

        await using var reopened = await Open();
        Assert.Equal("We are delighted", Assert.Single(await reopened.FindQuotesAsync("delight")).Text);
        Assert.Single(await reopened.FindArticlesAsync("opening"));
        Assert.All((await reopened.GetAsync(1))!.Speakers, s => Assert.Equal(Gender.Unknown, s.Gender));
        Assert.All((await reopened.GetAsync(1))!.Quotes, q => Assert.Equal(("", ""), (q.Rule, q.SpeakerRule)));
        var she = Stories.Made("Harbour plan\n\nThe harbour will be dredged, Ana Lee said.\n", ("Ana Lee", "The harbour will be dredged"));
        she = she with { Speakers = [she.Speakers[0] with { Gender = Gender.Female }] };
        var id = (await reopened.AddAsync(she)).ArticleId;
        Assert.Equal(Gender.Female, (await reopened.GetAsync(id))!.Speakers.Single().Gender);
        Assert.True((await reopened.CheckIntegrityAsync()).IsSound);
    }

    [Fact]
    public async Task A_store_written_before_the_listing_index_gains_it_when_opened()
    {
        await using (var store = await Open()) await store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge));
        await ExecuteSqlAsync(BeforeEngineVersions + BeforeVersion4 + "DROP INDEX articles_listing; UPDATE schema_version SET version = 2");
        await using var reopened = await Open();
        var listed = Assert.Single(await reopened.ListAsync(0, 10));
        Assert.Equal(listed, Assert.Single(await reopened.ListByIdAsync([listed.Id])));
        Assert.True((await reopened.CheckIntegrityAsync()).IsSound);
    }

    [Fact]
    public async Task A_file_that_is_not_a_store_is_refused_with_a_clear_message()
    {
        var garbage = _folder.Write("garbage.db", Enumerable.Range(0, 8192).Select(i => (byte)(i * 7919 % 251)).ToArray());
        var error = await Assert.ThrowsAsync<ArticleStoreException>(() => ArticleStore.OpenAsync(garbage));
        Assert.Contains("not a NewsBot store", error.Message);

        var otherDatabase = Path.Combine(_folder.Path, "other.db");
        using (var connection = new SqliteConnection($"Data Source={otherDatabase};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE customers (name TEXT)";
            create.ExecuteNonQuery();
        }
        Assert.Contains("not a NewsBot store", (await Assert.ThrowsAsync<ArticleStoreException>(() => ArticleStore.OpenAsync(otherDatabase))).Message);
        Assert.Contains("folder", (await Assert.ThrowsAsync<ArticleStoreException>(() => ArticleStore.OpenAsync(_folder.Path))).Message);
        Assert.Contains("cannot be opened", (await Assert.ThrowsAsync<ArticleStoreException>(() => ArticleStore.OpenAsync(Path.Combine(_folder.Path, "no", "such", "x.db")))).Message);
    }

    [Fact]
    public async Task A_damaged_store_gives_a_clear_error_not_a_crash()
    {
        await using (var store = await Open())
        {
            foreach (var file in Stories.PolnearTexts().Take(30))
                await store.AddAsync(QuoteEngine.Analyze(ArticleLoader.LoadFile(file).Article!));
        }
        var bytes = await File.ReadAllBytesAsync(StoreFile);
        Assert.True(bytes.Length > 64 * 1024);
        // Scribble over pages after the first (the header stays, so the file still opens as SQLite).
        for (int i = 8192; i < bytes.Length; i += 97) bytes[i] = (byte)(bytes[i] ^ 0x5A);
        await File.WriteAllBytesAsync(StoreFile, bytes);

        try
        {
            await using var damaged = await Open();
            var integrity = await damaged.CheckIntegrityAsync();
            Assert.False(integrity.IsSound);
        }
        catch (ArticleStoreException e)
        {
            Assert.Contains(StoreFile, e.Message);
        }
    }
}
