using NewsBot.Dialogs.Index;
using NewsBot.Quotes;
using NewsBot.Store;
using NewsBot.Testing;

namespace NewsBot.Dialogs.Tests;

/// <summary>
/// One person across articles in answers, over stories the real engine reads: the mayor named three
/// ways in three stories is one person, the builder of her surname another, and organisations and
/// groups are said to be such; in a few articles read whole and in a store larger than that.
/// </summary>
public sealed class PeopleAcrossArticlesTests
{
    private static IndexedArticle[] Stories() =>
        BridgeStories.All.Select(s => new IndexedArticle(s.Name, QuoteEngine.AnalyzeText(s.Text, s.Name))).ToArray();

    private static void Has(string reply, string expected) => Assert.True(reply.Contains(expected, StringComparison.Ordinal), $"expected {expected} in:\n{reply}");

    private static void HasNot(string reply, string unwanted) => Assert.False(reply.Contains(unwanted, StringComparison.Ordinal), $"did not expect {unwanted} in:\n{reply}");

    [Fact]
    public async Task What_the_mayor_said_gathers_her_quotes_from_every_story_that_names_her_and_none_of_the_builders()
    {
        using var bot = new Bot(Stories());

        var reply = await bot.AskAsync("what did Dana Whitfield say?");

        Has(reply, "We have waited long enough for this crossing");
        Has(reply, "The storms cost us six weeks, but not our resolve");
        Has(reply, "This contract keeps the work in Eastbrook");
        HasNot(reply, "steel on site");
        HasNot(reply, "two halves of Eastbrook");
    }

    [Fact]
    public async Task Who_was_quoted_counts_each_person_once_and_says_which_are_organisations_and_groups()
    {
        using var bot = new Bot(Stories());

        var reply = await bot.AskAsync("who was quoted?");

        // The mayor, the builder, and the Whitfield of the last story, who could be either of them.
        Has(reply, "3 people, 1 organisation, and 1 group are quoted");
        Has(reply, $"{BridgeStories.WaterBoard} (an organisation): once");
        Has(reply, "Residents (a group): once");
        Has(await bot.AskAsync("how many quotes are there?"), "from 5 speakers");
    }

    [Fact]
    public async Task Who_was_quoted_over_a_large_store_is_one_line_a_person_and_organisations_apart()
    {
        var store = new MemoryArticleStore();
        for (int week = 1; week <= 30; week++) await store.AddAsync(CorpusStore.Council(week).Analysis);
        foreach (var story in Stories()) await store.AddAsync(story.Analysis);
        using var bot = new Bot(store);

        var reply = await bot.AskAsync("who was quoted?");

        Has(reply, $"{BridgeStories.Mayor}: {BridgeStories.MayorQuotes} quotes in 3 articles");
        Has(reply, $"{BridgeStories.Builder}: {BridgeStories.BuilderQuotes} quotes in 1 article");
        Has(reply, $"Organisations and groups: {BridgeStories.WaterBoard} (2 quotes) and Residents (1 quote)");
        HasNot(reply, $"- {BridgeStories.WaterBoard}");
    }
}
