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
        return ChromeLine().IsMatch(text.AsSpan(span.Start, span.Length));
    }
}
