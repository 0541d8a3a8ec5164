using System.Globalization;
using System.Text;

namespace NewsBot.Store;

/// <summary>
/// Turns what a user typed into an FTS5 MATCH expression that cannot be a syntax error: only the
/// words (runs of letters, digits and combining marks) are kept, each written as a quoted string,
/// so quotes, operators (AND, NEAR, *, ^, :, parentheses), emoji and control characters are never
/// read as query syntax.
/// </summary>
public static class FtsQuery
{
    /// <summary>Words beyond this many are dropped: a pasted paragraph should not become a huge query.</summary>
    public const int MaxWords = 32;

    /// <summary>Longest word kept, in UTF-16 code units; longer runs are cut.</summary>
    public const int MaxWordLength = 64;

    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                if (word.Length + rune.Utf16SequenceLength <= MaxWordLength) word.Append(rune.ToString());
                continue;
            }
            Flush();
            if (words.Count == MaxWords) return words;
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0 && words.Count < MaxWords) words.Add(word.ToString());
            word.Clear();
        }
    }

    /// <summary>Every word must occur; null when the text has no words (nothing to search for).</summary>
    public static string? AllOf(string? text, bool lastIsPrefix = false) => Join(Words(text), " AND ", lastIsPrefix);

    /// <summary>Any word may occur (ranking puts documents with more of them first); null when the text has no words.</summary>
    public static string? AnyOf(string? text) => Join(Words(text), " OR ", lastIsPrefix: false);

    private static string? Join(IReadOnlyList<string> words, string separator, bool lastIsPrefix)
    {
        if (words.Count == 0) return null;
        var terms = words.Select(Quoted).ToList();
        if (lastIsPrefix) terms[^1] += "*";
        return string.Join(separator, terms);
    }

    // A word holds no '"' (it is letters and digits only), but doubling keeps the quoting right whatever the word.
    private static string Quoted(string word) => "\"" + word.Replace("\"", "\"\"") + "\"";

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
