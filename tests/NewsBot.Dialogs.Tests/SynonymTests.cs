using NewsBot.Dialogs.Language;
using NewsBot.Quotes.Text;

namespace NewsBot.Dialogs.Tests;

public class SynonymTests
{
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
