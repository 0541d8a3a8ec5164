using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>Where the tokenizer ends its words: the first 16 characters of a word are counted in one vector, the rest one at a time.</summary>
public class TokenizerTests
{
    [Theory]
    [InlineData("Zoë Baird-Smith said the U.S. paid 2,000 dollars.", "Zoë|Baird-Smith|said|the|U.S.|paid|2,000|dollars|.")]
    [InlineData("Internationalisation-minded officials don’t agree, he said.", "Internationalisation-minded|officials|don’t|agree|,|he|said|.")]
    [InlineData("The nurses' union paid 3.5 percent to Österreich and AT&T, she said.", "The|nurses'|union|paid|3.5|percent|to|Österreich|and|AT&T|,|she|said|.")]
    [InlineData("Counterrevolutionaries abcdefghijklmnopqrstuvwxyz0123456789 said so.", "Counterrevolutionaries|abcdefghijklmnopqrstuvwxyz0123456789|said|so|.")]
    [InlineData("He said no", "He|said|no")]
    [InlineData("Ab1", "Ab1")]
    public void Words_end_where_their_letters_end(string text, string expected)
    {
        var article = Article.FromText(text, "test");
        var regions = QuoteRegionFinder.Find(article);
        using var tokens = Tokenizer.Tokenize(article, regions);
        var words = article.Sentences.SelectMany(s => tokens[s.Index].Select(t => text[t.Start..t.End]));
        Assert.Equal(expected, string.Join("|", words));
    }
}
