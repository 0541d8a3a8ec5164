using NewsBot.Quotes;

namespace NewsBot.Store.Tests;

/// <summary>The promises of <see cref="IArchiveStore"/>, which both databases keep: batches, engine versions and analysing stored articles again.</summary>
public abstract partial class DurableStoreContract
{
    private async Task<IArchiveStore> OpenArchive() => Assert.IsAssignableFrom<IArchiveStore>(await Open());

    private static ArticleQuotes Ferry(int n) => Stories.Made(
        $"Ferry fares, part {n}\n\nThe fares rise by {n} per cent, Lena Ortiz said.\n", ("Lena Ortiz", $"The fares rise by {n} per cent"));

    [Fact]
    public async Task A_batch_is_stored_in_its_order_with_repeated_texts_stored_once()
    {
        await using var store = await OpenArchive();
        var before = await store.AddAsync(Ferry(1));
        var published = new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero);

        var added = await store.AddManyAsync([new(Ferry(2), published), new(Ferry(1)), new(Ferry(3)), new(Ferry(2))]);

        Assert.Equal([true, false, true, false], added.Select(a => a.IsNew));
        Assert.Equal(before.ArticleId, added[1].ArticleId);
        Assert.Equal(added[0].ArticleId, added[3].ArticleId);
        Assert.True(added[0].ArticleId < added[2].ArticleId);
        Assert.Equal(["Ferry fares, part 1", "Ferry fares, part 2", "Ferry fares, part 3"], (await store.ListAsync(0, 10)).Select(a => a.Title));
        Assert.Equal(published, (await store.ListByIdAsync([added[0].ArticleId])).Single().Published);
        Assert.Equal(Stories.Snapshot(Ferry(3)), Stories.Snapshot((await store.GetAsync(added[2].ArticleId))!));
        Assert.Equal(3, (await store.QuotesBySpeakerAsync("Ortiz")).Count);
        Assert.Single(await store.FindQuotesAsync("rise by 3 per cent"));
        Assert.Empty(await store.AddManyAsync([]));
        var integrity = await store.CheckIntegrityAsync();
        Assert.True(integrity.IsSound, string.Join("\n", integrity.Problems));
    }

    [Fact]
    public async Task A_batch_that_fails_midway_stores_none_of_its_articles()
    {
        var good = Ferry(1);
        var broken = Ferry(2) with { Quotes = [Ferry(2).Quotes[0], Ferry(2).Quotes[0]] };
        await using var store = await OpenArchive();

        await Assert.ThrowsAsync<ArticleStoreException>(() => store.AddManyAsync([new(good), new(broken), new(Ferry(3))]));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddManyAsync([new(good)], cancelled.Token));

        Assert.Equal(0, await store.CountAsync());
        Assert.Empty(await store.FindQuotesAsync("fares rise"));
        Assert.True((await store.CheckIntegrityAsync()).IsSound);
        Assert.True((await store.AddManyAsync([new(good)])).Single().IsNew);
    }

    [Fact]
    public async Task Each_article_records_the_engine_version_that_analysed_it()
    {
        await using var store = await OpenArchive();
        await store.AddAsync(Ferry(1));
        await store.AddManyAsync([new(Ferry(2), EngineVersion: "old"), new(Ferry(3), EngineVersion: "old"), new(Ferry(4))]);
        await ExecuteSqlAsync("UPDATE articles SET engine_version = NULL WHERE title = 'Ferry fares, part 4'");

        Assert.Equal([new("old", 2), new(EngineVersion.Current, 1), new(null, 1)], await store.EngineVersionsAsync());
        Assert.Equal(["Ferry fares, part 2", "Ferry fares, part 3"], (await store.TextsAnalysedByAsync("old", 0, 10)).Select(t => t.Title));
        var first = Assert.Single(await store.TextsAnalysedByAsync("old", 0, 1));
        Assert.Equal("Ferry fares, part 3", Assert.Single(await store.TextsAnalysedByAsync("old", first.Id, 10)).Title);
        var unversioned = Assert.Single(await store.TextsAnalysedByAsync(null, 0, 10));
        Assert.Equal(Ferry(4).Article.Text, unversioned.Text);
        Assert.Empty(await store.TextsAnalysedByAsync("never", 0, 10));
    }

    [Fact]
    public async Task A_new_analysis_replaces_the_old_one_in_place_and_in_search()
    {
        var text = "Harbour plan\n\nThe harbour will be dredged, Ana Lee said. The quays stay as they are, Rob Tan said.\n";
        var old = Stories.Made(text, ("Rob Tan", "The quays stay as they are"));
        var now = Stories.Made(text, ("Ana Lee", "The harbour will be dredged"), ("Rob Tan", "The quays stay as they are"));
        await using var store = await OpenArchive();
        var other = await store.AddAsync(Ferry(1));
        var added = (await store.AddManyAsync([new(old, EngineVersion: "old")])).Single();
        Assert.Empty(await store.QuotesBySpeakerAsync("Ana Lee"));

        var stored = Assert.Single(await store.TextsAnalysedByAsync("old", 0, 10));
        await store.ReplaceAnalysesAsync([new(stored.Id, now), new(stored.Id + 1000, now)]);

        Assert.Equal(Stories.Snapshot(now), Stories.Snapshot((await store.GetAsync(added.ArticleId))!));
        Assert.Equal("The harbour will be dredged", Assert.Single(await store.QuotesBySpeakerAsync("Ana Lee")).Text);
        Assert.Single(await store.QuotesBySpeakerAsync("Rob Tan"));
        Assert.Single(await store.FindQuotesAsync("quays stay"));
        Assert.Equal((2, 2), (await store.ListByIdAsync([added.ArticleId])).Select(a => (a.SpeakerCount, a.QuoteCount)).Single());
        Assert.Equal([new(EngineVersion.Current, 2)], await store.EngineVersionsAsync());
        Assert.Equal(2, await store.CountAsync());
        Assert.Single(await store.QuotesBySpeakerAsync("Ortiz"), q => q.ArticleId == other.ArticleId);
        var integrity = await store.CheckIntegrityAsync();
        Assert.True(integrity.IsSound, string.Join("\n", integrity.Problems));
        Assert.Equal((2, 3, 3), (integrity.Articles, integrity.Speakers, integrity.Quotes));
    }
}
