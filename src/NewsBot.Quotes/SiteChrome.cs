using System.Buffers;
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
        return MayOpenChrome(line) && ChromeLine().IsMatch(line);
    }

    /// <summary>
    /// Whether the line's first character after its bullets and spaces may start one of the expression's phrases: most
    /// lines (a liveblog's "4:50 p.m.", a name, a quotation) start with a digit, a mark or an ASCII letter none of them
    /// starts with, and are turned away without running it. Any other character is left to the expression.
    /// </summary>
    private static bool MayOpenChrome(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && (char.IsWhiteSpace(line[i]) || line[i] is '•' or '·' or '*' or '-' or '–' or '—')) i++;
        return i < line.Length && (!char.IsAscii(line[i]) || PhraseInitials.Contains(line[i]));
    }

    /// <summary>The first letters of the expression's phrases, in both cases.</summary>
    private static readonly SearchValues<char> PhraseInitials = SearchValues.Create("oOsSpPaArRwWfFcCuUlLtT");
}
