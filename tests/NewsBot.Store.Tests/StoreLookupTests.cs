using NewsBot.Quotes;
using NewsBot.Quotes.Tests;
using NewsBot.Testing;

namespace NewsBot.Store.Tests;

/// <summary>The look-ups the conversation layer uses over a large store: by content hash, by ids, and the most quoted people; on every backend.</summary>
public abstract class StoreLookupContract
{
    protected abstract Task<IArticleStore> Open();

    private const string Ferry =
        "Ferry service returns to the island\n\n" +
        "\u201CThe boats are running again,\u201D said Lena Ortiz, the mayor.\n\n" +
        "\u201CWe waited all winter,\u201D said Sam Patel, who lives on the island.\n";

    [Fact]
    public async Task A_stored_text_is_found_by_its_content_hash_and_other_text_is_not()
    {
        await using var store = await Open();
        var added = await store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge, "bridge.txt"), new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var found = await store.FindByContentHashAsync(ArticleStore.ContentHash(Stories.Bridge));

        Assert.Equal(added.ArticleId, found?.Id);
        Assert.Equal("Bridge opens after nine years", found?.Title);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), found?.Published);
        Assert.Null(await store.FindByContentHashAsync(ArticleStore.ContentHash(Ferry)));
        Assert.Null(await store.FindByContentHashAsync(""));
    }

    [Fact]
    public async Task Articles_listed_by_id_come_in_the_order_asked_without_unknown_ids()
    {
        await using var store = await Open();
        var bridge = await store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge, "bridge.txt"));
        var ferry = await store.AddAsync(QuoteEngine.AnalyzeText(Ferry, "ferry.txt"));

        var listed = await store.ListByIdAsync([ferry.ArticleId, 999, bridge.ArticleId, ferry.ArticleId]);

        Assert.Equal([ferry.ArticleId, bridge.ArticleId], listed.Select(a => a.Id));
        Assert.Equal("Ferry service returns to the island", listed[0].Title);
        Assert.Empty(await store.ListByIdAsync([]));
    }

    [Fact]
    public async Task The_most_quoted_people_are_summed_over_articles()
    {
        await using var store = await Open();
        await store.AddAsync(Stories.Made(Stories.Bridge, ("Lena Ortiz", "It took us nine years"), ("Tom Reyes", "We are delighted"), ("Lena Ortiz", "we never gave up")));
        await store.AddAsync(Stories.Made(Ferry, ("Lena Ortiz", "The boats are running again"), ("Sam Patel", "We waited all winter")));

        var people = await store.MostQuotedAsync(2);

        Assert.Equal(new QuotedPerson("Lena Ortiz", 3, 2), people[0]);
        Assert.Equal(2, people.Count);
        Assert.Equal(1, people[1].QuoteCount);
        var latest = await store.MostQuotedAsync(10, latestArticles: 1);
        Assert.Equal([new QuotedPerson("Lena Ortiz", 1, 1), new QuotedPerson("Sam Patel", 1, 1)], latest);
    }
}

public sealed class SqliteStoreLookupTests : StoreLookupContract, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    protected override Task<IArticleStore> Open() => ArticleStore.OpenAsync(Path.Combine(_folder.Path, "news.db"));
}

public sealed class PostgresStoreLookupTests(PostgresTestDatabase database) : StoreLookupContract, IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private string _store = "";

    public async Task InitializeAsync() => _store = await database.NewSchemaAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected override Task<IArticleStore> Open() => ArticleStore.OpenAsync(_store);
}
