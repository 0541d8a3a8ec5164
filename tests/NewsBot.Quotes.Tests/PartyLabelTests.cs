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

    [Theory]
    [InlineData("\"The budget will pass,\" said Sen. Ada Marsh, R-Texas.")]
    [InlineData("\"The budget will pass,\" said Sen. Ada Marsh, R-S.C., on Monday.")]
    [InlineData("\"The budget will pass,\" said Sen. Ada Marsh, who leads the panel.")]
    public void After_an_inverted_cue_the_party_a_time_or_a_relative_clause_is_not_said(string sentence)
    {
        var result = Analyze(sentence);
        var quote = Assert.Single(result.Quotes);
        Assert.Equal("\"The budget will pass,\"", quote.Text);
        Assert.Equal("Ada Marsh", result.SpeakerOf(quote)?.Name);
    }

    [Fact]
    public void A_quotation_after_the_party_of_an_inverted_name_goes_on_with_the_statement()
    {
        var result = Analyze("\"The budget will pass,\" said Sen. Ada Marsh, R-S.C. \"I am sure of it.\"");
        var quote = Assert.Single(result.Quotes);
        Assert.Contains("sure of it", quote.Text);
        Assert.Equal("Ada Marsh", result.SpeakerOf(quote)?.Name);
    }
}
