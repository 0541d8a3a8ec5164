using NewsBot.Quotes;

namespace NewsBot.Store.Tests;

/// <summary>The store contract kept in memory: what a bot given article files and no database answers through.</summary>
public sealed class MemoryArticleStoreTests : ArticleStoreContract
{
    private MemoryArticleStore? _first;

    protected override Task<IArticleStore> Open() => Task.FromResult<IArticleStore>(_first is null ? _first = new MemoryArticleStore() : _first.OpenAnother());

    [Fact]
    public async Task Reading_an_article_back_gives_the_engines_own_objects_without_copying()
    {
        var analysed = QuoteEngine.AnalyzeText(Stories.Bridge, "bridge.txt");
        await using var store = await Open();
        var id = (await store.AddAsync(analysed)).ArticleId;

        Assert.Same(analysed, await store.GetAsync(id));
        Assert.Equal("memory", store.Location);
    }

    [Fact]
    public async Task Searches_stem_quote_words_but_not_names()
    {
        await using var store = await Open();
        await store.AddAsync(Stories.Made("Storm warning\n\nThe river warns us every spring, Ana Warner said.\n", ("Ana Warner", "The river warns us every spring")));

        Assert.Single(await store.FindQuotesAsync("warned"));
        Assert.Single(await store.FindSpeakersAsync("Warner"));
        Assert.Empty(await store.QuotedSpeakersAsync("warn"));
    }
}
