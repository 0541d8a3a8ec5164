using System.Text.RegularExpressions;

namespace NewsBot.Quotes;

/// <summary>
/// Recognises lines that belong to the website rather than the story: error widgets, update
/// stamps, "read more" and subscription prompts, bullet-only menus.
/// </summary>
internal static partial class SiteChrome
{
    [GeneratedRegex("""
        ^[\s•·*\-–—]*(
            oops!?|something\ went\ wrong\.?|please\ try\ again(\ later)?\.?|
            advertisement|story\ continues(\ below)?(\ advertisement)?|
            (read|see|watch)\ (more|also|next)\b.*|related:?.*|
            (sign\ up|subscribe)\b.*|follow\ (us|@).*|share\ (this|on)\b.*|
            (copyright|©).*|all\ rights\ reserved.*|
            (updated|published|posted|last\ updated)(\ at|\ on)?\ .{0,40}|
            for\ the\ latest\ .*\bhead\ to\ .*|click\ here\b.*|
            this\ (story|article)\ (has\ been|was)\ updated.*
        )$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeLine();

    public static bool IsChrome(string text, TextSpan span)
    {
        if (span.Length > 200) return false;
        var line = text.AsSpan(span.Start, span.Length);
        return MayBeChrome(line) && ChromeLine().IsMatch(line);
    }

    /// <summary>The words a chrome line can open with (a word of the line may run on: "copyrighted").</summary>
    private static readonly string[] ChromeOpenings =
    [
        "oops", "something", "please", "advertisement", "story", "read", "see", "watch", "related", "sign", "subscribe",
        "follow", "share", "copyright", "all", "updated", "published", "posted", "last", "for", "click", "this",
    ];

    /// <summary>
    /// Whether the line's first word (after bullets) opens with one of <see cref="ChromeOpenings"/>: only
    /// those lines go through the expression. Lines whose first word holds other than ASCII letters go
    /// too (© and the expression's case-blind matches are not ASCII).
    /// </summary>
    private static bool MayBeChrome(ReadOnlySpan<char> line)
    {
        int start = 0;
        while (start < line.Length && (char.IsAscii(line[start]) && char.IsWhiteSpace(line[start]) || line[start] is '•' or '·' or '*' or '-' or '–' or '—')) start++;
        int end = start;
        while (end < line.Length && char.IsAsciiLetter(line[end])) end++;
        if (end < line.Length && !char.IsAscii(line[end])) return true;
        var word = line[start..end];
        foreach (var opening in ChromeOpenings)
            if (word.StartsWith(opening, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
