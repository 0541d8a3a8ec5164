using NewsBot.Dialogs.Language;
using NewsBot.Quotes.Text;

namespace NewsBot.Dialogs.Tests;

public sealed class SynonymTests : IDisposable
{
    // Each article puts first the quote that must not win, so the earlier-first order among equals cannot pass a test alone;
    // without the synonym the rules question finds Quill only as the closest ("No one says quite ...").
    private const string Rules = """
        County farm rules draw fire

        "These rules are a gift to the county," said planner Otto Brand at the hearing.

        Farmer Nora Quill disagreed. "These rules are an invasion of the county," Quill said.
        """;

    private const string Plan = """
        Critics weigh in on the bridge plan

        "I denounce the bridge plan as a waste," said councillor Ida Marsh.

        "I criticize the bridge plan because it is late," said engineer Paul Hoyle.
        """;

    private readonly InProcessBot _bot = InventedNews.Bot(Rules, Plan);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task A_paraphrase_is_answered_plainly_through_a_word_near_in_meaning()
    {
        var first = (await _bot.NewConversation().SendAsync("who said the rules are an intrusion into the county?")).Text.Split("\n\n")[0];
        Assert.StartsWith("Nora Quill said", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Brand", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quote_with_the_word_itself_wins_over_the_one_with_its_synonym()
    {
        var first = (await _bot.NewConversation().SendAsync("who said they criticize the bridge plan?")).Text.Split("\n\n")[0];
        Assert.Contains("Hoyle", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Marsh", first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_synonym_counts_less_than_the_word_and_more_than_nothing()
    {
        var relevance = new Relevance();
        var question = Words.Keys("an intrusion into the county");
        double exact = relevance.Score(question, Words.Keys("an intrusion into the county").ToHashSet());
        double synonym = relevance.Score(question, Words.Keys("an invasion of the county").ToHashSet());
        double neither = relevance.Score(question, Words.Keys("a help to the county").ToHashSet());
        Assert.True(exact > synonym && synonym > neither, $"exact {exact}, synonym {synonym}, neither {neither}");
    }

    [Fact]
    public void The_wordnet_table_pairs_words_both_ways_and_leaves_the_hand_made_groups_alone()
    {
        var table = SynonymTable.WordNet;
        Assert.Contains(Words.Key("invasion"), table.Of(Words.Key("intrusion")));
        Assert.Contains(Words.Key("intrusion"), table.Of(Words.Key("invasion")));
        Assert.Contains(Words.Key("destroying"), table.Of(Words.Key("wrecking")));
        // "state" is the country in the hand-made groups, not WordNet's "state" of saying.
        Assert.Empty(table.Of(Words.Key("state")));
        Assert.Empty(table.Of(Words.Key("said")));
    }

    [Fact]
    public void The_synonym_groups_are_data_with_no_word_in_two_groups_and_no_line_twice()
    {
        var text = SynonymGroups.ReadResource(SynonymGroups.ResourceName);
        Assert.Empty(SynonymGroups.Problems(text, PorterStemmer.Stem));
        Assert.Contains(SynonymGroups.All, group => group.SequenceEqual(["ceasefire", "truce", "armistice"]));
    }

    [Fact]
    public void The_check_finds_a_word_in_two_groups_and_a_line_given_twice()
    {
        var problems = SynonymGroups.Problems("# a comment\nwar\tconflict\nfight\tconflicts\nwar\tconflict\n", PorterStemmer.Stem);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("'conflicts'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("twice", StringComparison.Ordinal));
    }
}
