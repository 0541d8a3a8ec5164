using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>What opens a sentence before its subject is no speaker: a time counted back ("Hours later,"), a place with its state and a time ("At a rally in Ames, Iowa, on Sunday,").</summary>
public class SentenceOpeningTests
{
    private static ArticleQuotes Analyze(string sentence) => QuoteEngine.AnalyzeText("Harbour talks\n\nThe quay was quiet on Monday.\n\n" + sentence);

    [Theory]
    [InlineData("Hours later, Okafor returned the compliment, telling reporters, \"We are friends.\"")]
    [InlineData("Two days ago, Okafor praised the plan, saying it would work.")]
    [InlineData("At a rally in Ames, Iowa, on Sunday, Okafor defended the plan, saying that the port must reopen.")]
    [InlineData("In March, Okafor praised the plan, saying it would work.")]
    public void The_subject_after_the_opening_speaks_in_the_participle_clause(string sentence)
    {
        var result = Analyze(sentence);
        var quote = Assert.Single(result.Quotes);
        Assert.Equal("Okafor", result.SpeakerOf(quote)?.Name);
    }
}
