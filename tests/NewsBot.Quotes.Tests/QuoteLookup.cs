using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>The one quote of an analysed article that holds some words, and its speaker: what most engine tests ask.</summary>
internal static class QuoteLookup
{
    public static Quote Single(ArticleQuotes result, string containing)
        => Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal));

    public static Speaker? SpeakerOf(ArticleQuotes result, string containing) => result.SpeakerOf(Single(result, containing));

    /// <summary>The speaker's name, or "(none)".</summary>
    public static string NameOf(ArticleQuotes result, string containing) => SpeakerOf(result, containing)?.Name ?? "(none)";
}
