using System.Text.RegularExpressions;

namespace NewsBot.Quotes;

/// <summary>
/// Titles are headlines: one line, at most <see cref="MaxLength"/> characters. A longer one (an
/// article pasted without a headline, whose first line is a paragraph, or a page whose title
/// element holds a paragraph) is cut at a word and ends with "…", so no reply, card or page
/// repeats a paragraph as a title.
/// </summary>
public static partial class ArticleTitles
{
    public const int MaxLength = 120;

    public static string Shorten(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return "";
        var line = Spaces().Replace(title, " ").Trim();
        if (line.Length <= MaxLength) return line;
        var cut = line.LastIndexOf(' ', MaxLength - 1);
        var kept = cut >= MaxLength / 2 ? line[..cut] : line[..(MaxLength - 1)];
        return kept.TrimEnd(' ', ',', ';', ':', '-', '\u2013', '\u2014') + "\u2026";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
