using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>Each speaker rule alone, on articles written for it: who the mention names, and the rule that decided.</summary>
public class SpeakerRuleTests
{
    private static ArticleQuotes Analyze(string text) => QuoteEngine.AnalyzeText(text);

    private static Quote Single(ArticleQuotes result, string containing)
        => Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal));

    private static string SpeakerOf(ArticleQuotes result, string containing) => result.SpeakerOf(Single(result, containing))?.Name ?? "(none)";

    [Fact]
    public void A_role_given_before_the_name_links_a_later_role_noun()
    {
        var result = Analyze("Budget night\n\nThe police chief, Liam Adeyemi, spoke for twenty minutes.\n\nThe chief said the budget is balanced for the first time in a decade.");
        Assert.Equal("Liam Adeyemi", SpeakerOf(result, "budget is balanced"));
        Assert.Equal("role-noun", Single(result, "budget is balanced").SpeakerRule);
    }
}
