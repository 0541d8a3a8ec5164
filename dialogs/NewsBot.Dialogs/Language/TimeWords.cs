using System.Collections.Frozen;

namespace NewsBot.Dialogs.Language;

/// <summary>
/// Whether words name a time: a day ("on Tuesday"), a month ("in August", "Aug. 29"), a year, or a time
/// relative to the story ("recently", "yesterday", "last week", "two days ago"). Answers "when did she say it?".
/// </summary>
public static class TimeWords
{
    private static readonly FrozenSet<string> Named = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "aug", "sept", "oct", "nov", "dec",
        "yesterday", "today", "tonight", "tomorrow", "recently", "earlier", "ago", "overnight", "weekend", "morning", "afternoon", "evening",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Periods = new[] { "week", "month", "year", "night", "spring", "summer", "autumn", "fall", "winter" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Relative = new[] { "last", "this", "next", "that", "previous" }.ToFrozenSet(StringComparer.Ordinal);

    public static bool NameATime(string text)
    {
        var tokens = Words.Tokens(text);
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i].TrimEnd('.');
            if (Named.Contains(t)) return true;
            if (t.Length == 4 && t.All(char.IsDigit) && t[0] is '1' or '2') return true;
            if (Periods.Contains(t) && i > 0 && Relative.Contains(tokens[i - 1])) return true;
        }
        return false;
    }
}
