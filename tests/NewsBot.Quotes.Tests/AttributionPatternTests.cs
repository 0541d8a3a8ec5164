using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>Each attribution pattern alone, on sentences written for it: the rule that decided, the pieces and the speaker.</summary>
public class AttributionPatternTests
{
    private static ArticleQuotes Analyze(string text) => QuoteEngine.AnalyzeText(text);

    private static Quote Single(ArticleQuotes result, string containing)
        => Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal));

    private static string SpeakerOf(ArticleQuotes result, Quote quote) => result.SpeakerOf(quote)?.Name ?? "(none)";

    [Fact]
    public void A_quotation_split_by_its_attribution_is_one_statement_in_two_pieces()
    {
        var result = Analyze("Ferry vote\n\n“It is a good day for the town,” Okafor said, “we are broke, and everyone knows it.”");
        var quote = Single(result, "good day for the town");
        Assert.Equal("split-quote", quote.Rule);
        Assert.Equal(2, quote.Pieces.Count);
        Assert.Contains("everyone knows it", quote.Text);
        Assert.Equal("Okafor", SpeakerOf(result, quote));
    }
}
