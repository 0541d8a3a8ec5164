using System.Globalization;
using System.Text;

namespace NewsBot.Quotes.Text;

/// <summary>
/// Folding for comparing words: lower case, Latin accents removed, curly quotes and dashes
/// straightened. The app runs with invariant globalization (no Unicode normalisation data), so
/// accents are removed by table.
/// </summary>
public static class TextFold
{
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżžß";
    private const string Plain = "aaaaaaaaaccddeeeeeeeeiiiiiiinnnoooooooorrsssstuuuuuuuuyyzzzs";

    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (TryFold(c, out var folded)) sb.Append(folded);
        return sb.ToString();
    }

    /// <summary>One character folded; false for a combining mark, which folding drops.</summary>
    public static bool TryFold(char c, out char folded)
    {
        if (c < 128)
        {
            folded = c switch
            {
                >= 'A' and <= 'Z' => (char)(c | 0x20),
                '`' => '\'',
                _ => c,
            };
            return true;
        }
        folded = c switch
        {
            '\u2018' or '\u2019' or '\u02bc' or '\u00b4' => '\'',
            '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb' => '"',
            '\u2013' or '\u2014' or '\u2212' => '-',
            '\u00a0' => ' ',
            _ => '\0',
        };
        if (folded != '\0') return true;
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) return false;
        var lower = char.ToLowerInvariant(c);
        int at = Accented.IndexOf(lower);
        folded = at >= 0 ? Plain[at] : lower;
        return true;
    }
}
