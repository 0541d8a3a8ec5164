using NewsBot.Quotes;

namespace NewsBot.Store.Tests;

/// <summary>
/// The promises of <see cref="IArticleStore"/>, which every backend keeps: each subclass opens its
/// backend's store (a fresh, empty one per test) and runs every test here.
/// </summary>
public abstract class ArticleStoreContract
{
    /// <summary>Opens this test's store; opening again gives another instance on the same data.</summary>
    protected abstract Task<IArticleStore> Open();

    [Fact]
    public async Task Stored_articles_come_back_exactly_as_the_engine_gave_them()
    {
        var analysed = Stories.PolnearTexts().Take(25)
            .Select(file => QuoteEngine.Analyze(ArticleLoader.LoadFile(file).Article!))
            .Append(QuoteEngine.AnalyzeText(Stories.Bridge, "bridge.txt"))
            .Append(QuoteEngine.Analyze(ArticleLoader.FromString(
                "<html><head><title>Bridge</title></head><body><p>" + Stories.Bridge.Replace("\n\n", "</p><p>") + "</p></body></html>", "bridge.html").Article!))
            .Append(QuoteEngine.Analyze(ArticleLoader.FromString(
                "<html><body><article><p>" + Stories.Bridge.Replace("\n\n", "</p><p>") + "</p><p>Updated at noon.</p></article></body></html>", "untitled.html").Article!))
            .ToList();
        Assert.Contains(analysed, a => a.Quotes.Count > 0);
        await using var store = await Open();
        var ids = new List<long>();
        foreach (var article in analysed) ids.Add((await store.AddAsync(article)).ArticleId);

        for (int i = 0; i < analysed.Count; i++)
            Assert.Equal(Stories.Snapshot(analysed[i]), Stories.Snapshot((await store.GetAsync(ids[i]))!));
        Assert.True((await store.CheckIntegrityAsync()).IsSound);
    }

    [Fact]
    public async Task Articles_read_together_come_back_as_each_one_alone_in_the_order_asked()
    {
        var analysed = Stories.PolnearTexts().Take(6).Select(file => QuoteEngine.Analyze(ArticleLoader.LoadFile(file).Article!)).ToList();
        await using var store = await Open();
        var ids = new List<long>();
        foreach (var (article, i) in analysed.Select((a, i) => (a, i)))
            ids.Add((await store.AddAsync(article, i == 2 ? new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero) : null)).ArticleId);
        long unknown = ids.Max() + 100;

        var read = await store.GetManyAsync([ids[4], unknown, ids[1], ids[2], ids[4], ids[0]]);

        Assert.Equal([ids[4], ids[1], ids[2], ids[0]], read.Select(r => r.Article.Id));
        foreach (var (article, analysis) in read)
        {
            Assert.Equal(Stories.Snapshot((await store.GetAsync(article.Id))!), Stories.Snapshot(analysis));
            Assert.Equal((await store.ListByIdAsync([article.Id])).Single(), article);
        }
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), read[2].Article.Published);
        Assert.Empty(await store.GetManyAsync([]));
    }

    [Fact]
    public async Task Every_field_of_speakers_and_quotes_survives_the_round_trip()
    {
        var made = Stories.Made(Stories.Bridge,
            ("Lena Ortiz", "It took us nine years"), ("Tom Reyes", "We are delighted"), ("Lena Ortiz", "we never gave up"), ("Tom Reyes", "bakery by the river"));
        await using var store = await Open();
        var added = await store.AddAsync(made, new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero));

        Assert.Equal(Stories.Snapshot(made), Stories.Snapshot((await store.GetAsync(added.ArticleId))!));
        var listed = Assert.Single(await store.ListAsync(0, 10));
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero), listed.Published);
        Assert.Equal((2, 4, "Bridge opens after nine years"), (listed.SpeakerCount, listed.QuoteCount, listed.Title));
        Assert.Null(await store.GetAsync(added.ArticleId + 1));
    }

    [Fact]
    public async Task The_same_text_added_twice_is_stored_once()
    {
        await using var store = await Open();
        var first = await store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge, "a.txt"));
        var again = await store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge, "b.html"));
        var other = await store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge + "Updated at noon.\n", "a.txt"));

        Assert.True(first.IsNew);
        Assert.Equal(new AddResult(first.ArticleId, IsNew: false), again);
        Assert.True(other.IsNew);
        Assert.Equal(2, await store.CountAsync());
    }

    [Fact]
    public async Task An_add_that_fails_midway_leaves_nothing_behind()
    {
        // Two quotes with one id: the article and its speakers are written before the second quote fails.
        var good = Stories.Made(Stories.Bridge, ("Lena Ortiz", "It took us nine years"), ("Tom Reyes", "We are delighted"));
        var broken = good with { Quotes = [good.Quotes[0], good.Quotes[1] with { Id = good.Quotes[0].Id }] };
        await using var store = await Open();

        await Assert.ThrowsAsync<ArticleStoreException>(() => store.AddAsync(broken));

        Assert.Equal(0, await store.CountAsync());
        var integrity = await store.CheckIntegrityAsync();
        Assert.True(integrity.IsSound, string.Join("\n", integrity.Problems));
        Assert.Equal((0, 0, 0), (integrity.Articles, integrity.Speakers, integrity.Quotes));
        Assert.Empty(await store.FindSpeakersAsync("Ortiz"));
        Assert.Empty(await store.FindQuotesAsync("nine years"));
        Assert.True((await store.AddAsync(good)).IsNew);
        Assert.Single(await store.FindQuotesAsync("nine years"));
    }

    [Fact]
    public async Task A_cancelled_add_stores_nothing()
    {
        await using var store = await Open();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge), null, cancelled.Token));
        Assert.Equal(0, await store.CountAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("\"nine years")]
    [InlineData("nine\" OR \"")]
    [InlineData("AND")]
    [InlineData("OR NOT AND")]
    [InlineData("NEAR(nine years, 2)")]
    [InlineData("nine*")]
    [InlineData("*")]
    [InlineData("^nine")]
    [InlineData("text:nine")]
    [InlineData("((( nine")]
    [InlineData("-years")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("\U0001F600")]
    [InlineData("\U0001F600 delighted \U0001F44D\U0001F3FD")]
    [InlineData("nine\0years")]
    [InlineData("\u0301")]
    [InlineData("\ud800 lone surrogate")]
    [InlineData("\u200B\u202E\uFEFF")]
    [InlineData("Müller Ærø İstanbul 北京")]
    public async Task Any_user_text_is_a_safe_query(string query)
    {
        await using var store = await Open();
        await store.AddAsync(Stories.Made(Stories.Bridge, ("Lena Ortiz", "It took us nine years"), ("Tom Reyes", "We are delighted")));

        await store.FindQuotesAsync(query);
        await store.FindSpeakersAsync(query);
        await store.QuotesBySpeakerAsync(query);
        await store.FindQuotesAsync(string.Concat(Enumerable.Repeat(query + " x", 5000)));
        Assert.Equal(1, await store.CountAsync());
    }

    [Fact]
    public async Task Searches_find_words_whatever_the_punctuation_and_rank_the_best_first()
    {
        await using var store = await Open();
        await store.AddAsync(Stories.Made(Stories.Bridge, ("Lena Ortiz", "It took us nine years"), ("Tom Reyes", "We are delighted")));
        await store.AddAsync(Stories.Made("Talks stall\n\nThe years of talks left Jürgen Müller tired.\n", ("Jürgen Müller", "The years of talks")));

        Assert.Equal("It took us nine years", Assert.Single(await store.FindQuotesAsync("\u201Cnine YEARS!\u201D")).Text);
        Assert.Equal("Lena Ortiz", (await store.FindQuotesAsync("took nine years, talks"))[0].SpeakerName);
        Assert.Equal(2, (await store.FindQuotesAsync("nine years, talks")).Count);
        Assert.Empty(await store.FindQuotesAsync(null));
        Assert.Equal("Jürgen Müller", Assert.Single(await store.FindSpeakersAsync("jurgen MULLER")).Name);
        Assert.Equal("Lena Ortiz", Assert.Single(await store.FindSpeakersAsync("Ort")).Name);
        Assert.Equal("Tom Reyes", Assert.Single(await store.FindSpeakersAsync("reyes")).Name);
        Assert.Empty(await store.FindSpeakersAsync("Lena Reyes"));
    }

    [Fact]
    public async Task Quoted_speakers_by_name_come_newest_first_and_people_only_mentioned_do_not()
    {
        await using var store = await Open();
        const string second = "Ortiz again\n\nLena Ortiz spoke first. Ortiz spoke second. Ortiz spoke third. Reyes kept quiet.\n";
        var older = await store.AddAsync(Stories.Made(Stories.Bridge, ("Lena Ortiz", "It took us nine years"), ("Tom Reyes", "We are delighted"), ("Lena Ortiz", "we never gave up")));
        var newer = await store.AddAsync(Stories.Made(second, ("Lena Ortiz", "spoke first"), ("Lena Ortiz", "spoke second"), ("Lena Ortiz", "spoke third")));
        const string thanks = "Council meets\n\nThe council thanked Lena Ortiz for the bridge.\n";
        var mentioned = await store.AddAsync(new ArticleQuotes(Article.FromText(thanks, "mentioned.txt"),
            [new Speaker("s0", "Lena Ortiz", ["Ortiz"], SpeakerKind.Person, [], 0, new TextSpan(thanks.IndexOf("Lena", StringComparison.Ordinal), thanks.IndexOf(" for", StringComparison.Ordinal)))], []));

        var ortiz = await store.QuotedSpeakersAsync("lena ORTIZ");

        Assert.Equal([(newer.ArticleId, 3), (older.ArticleId, 2)], ortiz.Select(s => (s.ArticleId, s.QuoteCount)));
        Assert.DoesNotContain(ortiz, s => s.ArticleId == mentioned.ArticleId);
        Assert.Contains(await store.FindSpeakersAsync("ortiz"), s => s.ArticleId == mentioned.ArticleId);
        Assert.Single(await store.QuotedSpeakersAsync("ortiz", limit: 1));
        Assert.Empty(await store.QuotedSpeakersAsync("\"*"));
    }

    [Fact]
    public async Task Speakers_found_by_name_carry_their_article_and_its_date()
    {
        var published = new DateTimeOffset(2026, 3, 14, 8, 0, 0, TimeSpan.Zero);
        await using var store = await Open();
        var dated = await store.AddAsync(Stories.Made(Stories.Bridge, ("Lena Ortiz", "It took us nine years")), published);
        var undated = await store.AddAsync(Stories.Made("Ortiz again\n\nLena Ortiz spoke first.\n", ("Lena Ortiz", "spoke first")));

        Assert.Equal([undated.ArticleId, dated.ArticleId], (await store.FindSpeakersAsync("ortiz")).Select(h => h.ArticleId));
        foreach (var hits in new[] { await store.QuotedSpeakersAsync("ortiz"), await store.FindSpeakersAsync("ortiz") })
        {
            Assert.Equal(published, Assert.Single(hits, h => h.ArticleId == dated.ArticleId).ArticlePublished);
            Assert.Null(Assert.Single(hits, h => h.ArticleId == undated.ArticleId).ArticlePublished);
            Assert.Equal("Bridge opens after nine years", Assert.Single(hits, h => h.ArticleId == dated.ArticleId).ArticleTitle);
        }
    }

    [Fact]
    public async Task Quotes_by_a_speaker_come_a_page_at_a_time_across_articles()
    {
        await using var store = await Open();
        const string second = "Ortiz again\n\nLena Ortiz spoke first. Ortiz spoke second. Ortiz spoke third. Reyes kept quiet.\n";
        await store.AddAsync(Stories.Made(Stories.Bridge, ("Lena Ortiz", "It took us nine years"), ("Tom Reyes", "We are delighted"), ("Lena Ortiz", "we never gave up")));
        await store.AddAsync(Stories.Made(second, ("Lena Ortiz", "spoke first"), ("Lena Ortiz", "spoke second"), ("Lena Ortiz", "spoke third")));

        var pages = new List<IReadOnlyList<QuoteHit>>();
        for (int offset = 0; offset < 8; offset += 2) pages.Add(await store.QuotesBySpeakerAsync("ortiz", limit: 2, offset: offset));

        Assert.Equal([2, 2, 1, 0], pages.Select(p => p.Count));
        Assert.Equal(["spoke first", "spoke second", "spoke third", "It took us nine years", "we never gave up"], pages.SelectMany(p => p).Select(q => q.Text));
        Assert.All(pages.SelectMany(p => p), q => Assert.Equal("Lena Ortiz", q.SpeakerName));
        Assert.Equal(["Ortiz again"], (await store.ListAsync(1, 5)).Select(a => a.Title));
        Assert.Empty(await store.ListAsync(2, 5));
        Assert.Empty(await store.QuotesBySpeakerAsync("ortiz", limit: -1));
    }

    [Fact]
    public async Task A_reopened_store_has_everything_it_had()
    {
        var made = Stories.Made(Stories.Bridge, ("Lena Ortiz", "It took us nine years"), ("Tom Reyes", "We are delighted"));
        long id;
        await using (var store = await Open()) id = (await store.AddAsync(made)).ArticleId;

        await using var reopened = await Open();
        Assert.Equal(1, await reopened.CountAsync());
        Assert.Equal(Stories.Snapshot(made), Stories.Snapshot((await reopened.GetAsync(id))!));
        Assert.Single(await reopened.FindQuotesAsync("delighted"));
        Assert.False((await reopened.AddAsync(made)).IsNew);
    }

    [Fact]
    public async Task Quotes_holding_the_words_come_newest_first_and_looser_matches_best_first()
    {
        const string older = "Harbour plan\n\nThe harbour will be dredged, Ana Lee said.\n";
        const string newer = "Harbour work starts\n\nAfter years of delay the harbour will be dredged this winter, and the quays rebuilt, Rob Tan said.\n";
        const string loose = "Harbour doubts\n\nThe harbour is fine as it is, Kim Ho said.\n";
        await using var store = await Open();
        await store.AddAsync(Stories.Made(older, ("Ana Lee", "The harbour will be dredged")));
        await store.AddAsync(Stories.Made(newer, ("Rob Tan", "After years of delay the harbour will be dredged this winter, and the quays rebuilt")));
        await store.AddAsync(Stories.Made(loose, ("Kim Ho", "The harbour is fine as it is")));

        Assert.Equal(["Rob Tan", "Ana Lee"], (await store.FindQuotesAsync("the harbour will be dredged")).Select(q => q.SpeakerName));
        Assert.Equal(["Rob Tan", "Ana Lee"], (await store.FindQuotesAsync("dredged harbour")).Select(q => q.SpeakerName));
        var looser = await store.FindQuotesAsync("harbour dredged in spring");
        Assert.Equal(3, looser.Count);
        Assert.Equal("Kim Ho", looser[^1].SpeakerName);
    }

    [Fact]
    public async Task Words_in_order_are_found_late_in_a_long_quote_whether_few_or_many_quotes_have_the_words()
    {
        var plan = "After " + string.Join(' ', Enumerable.Range(1, 40).Select(i => $"step{i}")) + " the harbour will be dredged";
        await using var store = await Open();
        await store.AddAsync(Stories.Made($"Harbour plan\n\n{plan}, Ana Lee said.\n", ("Ana Lee", plan)));
        await store.AddAsync(Stories.Made("Harbour doubts\n\nDredged or not, the harbour will open, Rob Tan said.\n", ("Rob Tan", "Dredged or not, the harbour will open")));

        Assert.Equal("Ana Lee", Assert.Single(await store.FindQuotesAsync("the harbour will be dredged")).SpeakerName);
        Assert.Equal("Ana Lee", Assert.Single(await store.FindQuotesAsync("the harbour will be dredged", limit: 1)).SpeakerName);
        Assert.Equal(["Rob Tan", "Ana Lee"], (await store.FindQuotesAsync("harbour dredged")).Select(q => q.SpeakerName));
    }

    [Fact]
    public async Task Words_in_order_with_common_words_among_them_are_told_from_the_same_words_in_another_order()
    {
        await using var store = await Open();
        await store.AddAsync(Stories.Made("Budget row\n\nWe will win the vote on the budget, Ana Lee said.\n", ("Ana Lee", "We will win the vote on the budget")));
        await store.AddAsync(Stories.Made("Budget vote\n\nThe vote is one we cannot win, Rob Tan said.\n", ("Rob Tan", "The vote is one we cannot win")));
        await store.AddAsync(Stories.Made("Budget doubts\n\nNobody will win the vote, Kim Ho said.\n", ("Kim Ho", "Nobody will win the vote")));

        Assert.Equal("Ana Lee", Assert.Single(await store.FindQuotesAsync("we will win the vote", limit: 1)).SpeakerName);
        Assert.Equal(["Kim Ho", "Ana Lee"], (await store.FindQuotesAsync("will win the vote", limit: 2)).Select(q => q.SpeakerName));
    }

    [Fact]
    public async Task A_fragment_typed_word_for_word_finds_that_quote_before_looser_matches()
    {
        const string text = "Harbour plan approved\n\nThe harbour will be dredged, and the council is delighted, Ana Lee said.\n\n" +
            "Delighted or not, the council must pay for the harbour, Rob Tan said.\n";
        await using var store = await Open();
        await store.AddAsync(Stories.Made(text, ("Ana Lee", "The harbour will be dredged, and the council is delighted"), ("Rob Tan", "Delighted or not, the council must pay for the harbour")));

        Assert.Equal("Ana Lee", Assert.Single(await store.FindQuotesAsync("“the Council is delighted”")).SpeakerName);
        Assert.Equal(2, (await store.FindQuotesAsync("council delighted harbour")).Count);
        Assert.Equal(2, (await store.FindQuotesAsync("the council is pleased with the harbour")).Count);
    }

    [Fact]
    public async Task Articles_are_found_by_what_they_are_about_title_first()
    {
        await using var store = await Open();
        var bridge = await store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge, "bridge.txt"));
        var ferry = await store.AddAsync(QuoteEngine.AnalyzeText(
            "Ferry fares rise again\n\nThe council raised ferry fares, and a bridge is not planned, Mayor Lena Ortiz said.\n", "ferry.txt"));

        Assert.Equal([bridge.ArticleId, ferry.ArticleId], (await store.FindArticlesAsync("bridge")).Select(a => a.Id));
        Assert.Equal(ferry.ArticleId, (await store.FindArticlesAsync("the article about ferry fares")).First().Id);
        Assert.Equal("Ferry fares rise again", (await store.FindArticlesAsync("FERRY")).Single().Title);
        Assert.Empty(await store.FindArticlesAsync("\"*) OR NEAR("));
        Assert.Empty(await store.FindArticlesAsync("volcano"));
    }

    [Fact]
    public async Task Two_instances_sharing_a_store_keep_one_copy_of_an_article()
    {
        await using var one = await Open();
        await using var two = await Open();
        var added = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? one : two).AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge + (i / 2), "b.txt"))));

        Assert.Equal(3, added.Count(a => a.IsNew));
        Assert.Equal(3, await two.CountAsync());
    }
}

/// <summary>What every store kept in a database promises besides: versions, and an integrity check that finds damage done behind its back.</summary>
public abstract partial class DurableStoreContract : ArticleStoreContract
{
    /// <summary>Runs SQL on this test's store behind the store's back (to age or damage it).</summary>
    protected abstract Task ExecuteSqlAsync(string sql);

    [Fact]
    public async Task A_loose_search_ranks_by_its_rarer_words_and_gives_the_newest_when_all_are_common()
    {
        int common = ArticleStore.AnyWordRankingBudget + 1;
        var notes = new System.Text.StringBuilder("Harbour log\n\n");
        var quotes = new List<Quote>();
        for (int i = 0; i < common; i++)
        {
            var words = $"Harbour note {i} filed";
            quotes.Add(new Quote($"q{i}", null, "", words, new TextSpan(notes.Length, notes.Length + words.Length), [], QuoteKind.Direct, "", null, null, null, 1));
            notes.Append(words).Append(". ");
        }
        await using var store = await Open();
        await store.AddAsync(Stories.Made("Ferry fares\n\nThe ferry fares will rise in spring, Lena Ortiz said.\n", ("Lena Ortiz", "The ferry fares will rise in spring")));
        await store.AddAsync(Stories.Made("Ferry timetable\n\nThe ferry leaves at noon, Tom Reyes said.\n", ("Tom Reyes", "The ferry leaves at noon")));
        await store.AddAsync(new ArticleQuotes(Article.FromText(notes.ToString(), "log.txt"), [], quotes));

        var fares = await store.FindQuotesAsync("harbour ferry fares go up");
        Assert.Equal(["The ferry fares will rise in spring", "The ferry leaves at noon"], fares.Select(q => q.Text));
        var harbour = await store.FindQuotesAsync("harbour pier", limit: 3);
        Assert.Equal([$"Harbour note {common - 1} filed", $"Harbour note {common - 2} filed", $"Harbour note {common - 3} filed"], harbour.Select(q => q.Text));
    }

    [Fact]
    public async Task A_store_from_a_newer_version_is_refused()
    {
        await using (var store = await Open()) await store.AddAsync(QuoteEngine.AnalyzeText(Stories.Bridge));
        await ExecuteSqlAsync("UPDATE schema_version SET version = 99");
        Assert.Contains("newer NewsBot", (await Assert.ThrowsAsync<ArticleStoreException>(() => Open())).Message);
    }

    [Fact]
    public async Task The_integrity_check_finds_an_article_missing_its_quotes()
    {
        await using var store = await Open();
        await store.AddAsync(Stories.Made(Stories.Bridge, ("Lena Ortiz", "It took us nine years"), ("Tom Reyes", "We are delighted")));
        await ExecuteSqlAsync("DELETE FROM quotes WHERE ordinal = 0");

        var integrity = await store.CheckIntegrityAsync();

        Assert.False(integrity.IsSound);
        Assert.Contains(integrity.Problems, p => p.Contains("was stored with 2 speakers and 2 quotes but has 2 and 1"));
    }
}
