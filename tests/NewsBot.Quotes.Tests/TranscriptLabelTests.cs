using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>Lines that open with a label and a colon but report nothing: a list of names, a credit line, a teaser word.</summary>
public class TranscriptLabelTests
{
    private static ArticleQuotes Analyze(string lines) => QuoteEngine.AnalyzeText("Harbour insiders survey\n\nThe insiders who took part are listed below.\n\n" + lines);

    [Theory]
    [InlineData("Kerala: Anil Menon, Beena Thomas, Chacko Varghese, Divya Nair.")]
    [InlineData("Contributing: Iris Okafor and Tom Varga, Harbour Times.")]
    [InlineData("Revealed: What The Harbour Master Never Told The Council.")]
    [InlineData("Wow: The Harbour Master Just Said Something Unexpected.")]
    public void A_label_before_names_or_a_teaser_says_nothing(string line)
        => Assert.Empty(Analyze(line).Quotes);

    [Fact]
    public void A_speaker_label_before_a_quoted_headline_still_speaks()
    {
        var result = Analyze("Okafor: ‘The Harbour Will Reopen Before The Winter.’");
        var quote = Assert.Single(result.Quotes);
        Assert.Equal("Okafor", result.SpeakerOf(quote)?.Name);
    }
}
