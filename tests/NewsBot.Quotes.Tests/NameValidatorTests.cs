using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

public class NameValidatorTests
{
    private const string Article = "Harbour vote\n\nPart of the cost was paid by the port and part by the town. WASHINGTON — Washington said nothing.";

    [Theory]
    [InlineData("Wednesday")]
    [InlineData("Editor")]
    [InlineData("Twitter")]
    [InlineData("Asked")]
    [InlineData("GOP-dominated")]
    [InlineData("Part")]
    [InlineData("WASHINGTON")]
    [InlineData("That’s")]
    [InlineData("Hillary Clinton Under Pressure To Repudiate")]
    [InlineData("Officials")]
    [InlineData("Senator")]
    [InlineData("March")]
    public void A_word_that_names_no_one_is_not_a_person(string word) =>
        Assert.False(NameValidator.IsPersonName(word.Split(' '), Article, 0, seenBefore: false));

    [Theory]
    [InlineData("Ines Whitcombe")]
    [InlineData("King")]
    [InlineData("Hill")]
    [InlineData("Okafor")]
    public void A_name_is_a_person(string name) =>
        Assert.True(NameValidator.IsPersonName(name.Split(' '), Article, 0, seenBefore: false));

    [Fact]
    public void A_one_word_name_met_before_is_kept_even_when_it_is_also_a_word() =>
        Assert.True(NameValidator.IsPersonName(["Part"], Article, 0, seenBefore: true));

    [Fact]
    public void A_headline_word_is_no_speaker_and_a_given_name_gives_the_gender()
    {
        var result = QuoteEngine.AnalyzeText("Harbour vote\n\nWednesday, he called for calm.\n\nNadia Fairbanks said the plan was dead.");
        Assert.DoesNotContain(result.Speakers, s => s.Name == "Wednesday");
        Assert.Equal(Gender.Female, Assert.Single(result.Speakers, s => s.Name == "Nadia Fairbanks").Gender);
    }

    [Fact]
    public void A_title_before_a_weekday_makes_no_person()
    {
        var result = QuoteEngine.AnalyzeText("Forces vote\n\nThey vied for the title of commander in chief Wednesday.\n\nWednesday, he called for more ships.");
        Assert.DoesNotContain(result.Speakers, s => s.Name == "Wednesday");
    }
}
