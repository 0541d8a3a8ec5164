using NewsBot.Quotes;
using NewsBot.Quotes.Tests;
using NewsBot.Testing;

namespace NewsBot.Store.Tests;

/// <summary>The look-ups the conversation layer uses over a large store: by content hash, by ids, and the most quoted people (one person however the articles name them); on every backend.</summary>
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

    // One person across articles: the names the engine gave one person in different articles are one line,
    // another person of the surname stays apart, and organisations and groups are counted as what they are.

    private static async Task AddBridgeStoriesAsync(IArticleStore store)
    {
        foreach (var (name, text) in BridgeStories.All) await store.AddAsync(QuoteEngine.AnalyzeText(text, name));
    }

    [Fact]
    public async Task The_mayor_is_one_person_over_three_names_and_the_builder_of_her_surname_another()
    {
        await using var store = await Open();
        await AddBridgeStoriesAsync(store);

        var people = await store.MostQuotedAsync(20);

        var mayor = Assert.Single(people, p => p.Name == BridgeStories.Mayor);
        Assert.Equal((BridgeStories.MayorQuotes, 3), (mayor.QuoteCount, mayor.ArticleCount));
        var builder = Assert.Single(people, p => p.Name == BridgeStories.Builder);
        Assert.Equal(BridgeStories.BuilderQuotes, builder.QuoteCount);
        // "Whitfield" alone in the last story could be either: it stays a name of its own rather than be given to one.
        var undecided = Assert.Single(people, p => p.Name == "Whitfield");
        Assert.Equal(1, undecided.QuoteCount);
        Assert.Equal(people.Sum(p => p.QuoteCount), (await store.CheckIntegrityAsync()).Quotes);
    }

    [Fact]
    public async Task Organisations_and_groups_are_counted_as_such()
    {
        await using var store = await Open();
        await AddBridgeStoriesAsync(store);

        var people = await store.MostQuotedAsync(20);

        var board = Assert.Single(people, p => p.Name == BridgeStories.WaterBoard);
        Assert.Equal((SpeakerKind.Organization, 2, 2), (board.Kind, board.QuoteCount, board.ArticleCount));
        Assert.Equal(SpeakerKind.Group, Assert.Single(people, p => p.Name == "Residents").Kind);
        Assert.Equal(SpeakerKind.Person, people.Single(p => p.Name == BridgeStories.Mayor).Kind);
    }

    [Fact]
    public async Task The_limit_counts_people_not_names()
    {
        await using var store = await Open();
        await AddBridgeStoriesAsync(store);

        var top = await store.MostQuotedAsync(1);

        Assert.Equal([new QuotedPerson(BridgeStories.Mayor, BridgeStories.MayorQuotes, 3)], top);
    }
}

public sealed class MemoryStoreLookupTests : StoreLookupContract
{
    protected override Task<IArticleStore> Open() => Task.FromResult<IArticleStore>(new MemoryArticleStore());
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
