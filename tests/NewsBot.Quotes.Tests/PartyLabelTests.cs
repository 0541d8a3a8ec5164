using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>A legislator's party and state after the name ("Sen. Ada Marsh, R-S.C.,", "Rep. Tom Ruiz (D-Calif.)") belong to the name; they never speak.</summary>
public class PartyLabelTests
{
    private static ArticleQuotes Analyze(string sentence) => QuoteEngine.AnalyzeText("Budget vote\n\nThe chamber was full on Monday.\n\n" + sentence);

    [Theory]
    [InlineData("Sen. Ada Marsh, R-S.C., a long-shot presidential candidate, said the budget was overselling its gains.", "Ada Marsh")]
    [InlineData("Rep. Tom Ruiz, D-N.Y., said that the budget would fail.", "Tom Ruiz")]
    [InlineData("Sen. Ada Marsh (R-Texas), also a presidential hopeful, said the budget was \"abhorrent.\"", "Ada Marsh")]
    public void The_party_and_state_after_a_name_are_not_the_speaker(string sentence, string speaker)
    {
        var result = Analyze(sentence);
        var quote = Assert.Single(result.Quotes);
        Assert.Equal(speaker, result.SpeakerOf(quote)?.Name);
        Assert.Contains("budget", quote.Text);
        Assert.DoesNotContain("Sen.", quote.Text);
    }
}
