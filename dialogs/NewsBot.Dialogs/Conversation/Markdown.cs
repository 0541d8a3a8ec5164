using System.Text;

namespace NewsBot.Dialogs.Conversation;

/// <summary>
/// Escaping for text that comes from articles or users, so that *, _, &lt; or &gt; in a quote
/// shows as itself instead of formatting or markup (CommonMark backslash escapes).
/// </summary>
public static class Markdown
{
    private const string Special = "\\`*_[]<>#|~";

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t') { sb.Append(' '); continue; }
            if (Special.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Bold, with the inside escaped.</summary>
    public static string Bold(string text) => "**" + Escape(text) + "**";

    /// <summary>What a reader sees once markdown is rendered: escapes resolved, emphasis marks gone.</summary>
    public static string ToPlainText(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        for (int i = 0; i < markdown.Length; i++)
        {
            char c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && Special.Contains(markdown[i + 1])) { sb.Append(markdown[++i]); continue; }
            if (c == '*' && i + 1 < markdown.Length && markdown[i + 1] == '*') { i++; continue; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
