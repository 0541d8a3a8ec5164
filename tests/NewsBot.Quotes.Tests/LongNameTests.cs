using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>Names of four words whose second word is also a given name ("Aung San Suu Kyi"): no shorter person, and no gender, is made from the inside.</summary>
public class LongNameTests
{
    [Theory]
    [InlineData("Daw Aung San Suu Kyi", "Suu Kyi", "she")]
    [InlineData("Daw Khin San Suu Mya", "Suu Mya", "she")]
    public void A_pronoun_after_a_short_form_of_a_four_word_name_means_that_person(string full, string shortForm, string pronoun)
    {
        var lead = full.Split(' ', 2)[1];
        var text = $"Leader returns\n\n{lead} flew home on Monday.\n\n" +
                   $"Crowds lined the road for {shortForm}, who stopped at the old market. Aides said the stop was unplanned.\n\n" +
                   $"In reply to pressure, {shortForm} set up a panel, led by former U.N. secretary general Kwame Mensah, to study the claims.\n\n" +
                   $"\u201CUnity also means bread, because people fight over scarce land,\u201D {pronoun} said at the market.";
        var result = QuoteEngine.AnalyzeText(text);
        var quote = Assert.Single(result.Quotes, q => q.Text.Contains("Unity also means bread", StringComparison.Ordinal));
        Assert.Contains(shortForm, result.SpeakerOf(quote)?.Name ?? "(none)", StringComparison.Ordinal);
    }
}
