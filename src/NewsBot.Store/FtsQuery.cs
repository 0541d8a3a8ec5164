using System.Collections.Frozen;
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

    public static IReadOnlyList<string> Words(string? text) => Words(text, MaxWords);

    /// <summary>The words of a stored text, however many: what a search's words are looked for in.</summary>
    internal static IReadOnlyList<string> AllWords(string? text) => Words(text, int.MaxValue);

    private static IReadOnlyList<string> Words(string? text, int maxWords)
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
            if (words.Count == maxWords) return words;
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0 && words.Count < maxWords) words.Add(word.ToString());
            word.Clear();
        }
    }

    /// <summary>
    /// The words that carry meaning: <see cref="Words"/> without function words such as "the" or
    /// "of", which occur in nearly every quote and would make a search over a large corpus read
    /// most of the index while narrowing nothing. Text made only of function words keeps them all.
    /// </summary>
    public static IReadOnlyList<string> ContentWords(string? text)
    {
        var words = Words(text);
        var content = words.Where(w => !FunctionWords.Contains(w)).ToList();
        return content.Count > 0 ? content : words;
    }

    /// <summary>Every word must occur (with <paramref name="content"/>, every content word); null when the text has no words (nothing to search for).</summary>
    public static string? AllOf(string? text, bool lastIsPrefix = false, bool content = false) =>
        Join(content ? ContentWords(text) : Words(text), " AND ", lastIsPrefix);

    /// <summary>The words in this order, next to each other (punctuation between them does not matter); null when the text has no words.</summary>
    public static string? Phrase(string? text) => Words(text) is { Count: > 0 } words ? Quoted(string.Join(' ', words)) : null;

    /// <summary>Any word may occur (ranking puts documents with more of them first); null when the text has no words.</summary>
    public static string? AnyOf(string? text, bool content = false) => Join(content ? ContentWords(text) : Words(text), " OR ", lastIsPrefix: false);

    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "a", "an", "the", "and", "or", "but", "nor", "so", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
        "into", "about", "than", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been",
        "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
        "might", "must", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they",
        "them", "their", "there", "here", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "if",
        "then", "not", "no", "all", "any", "some", "very", "just", "also", "up", "out", "s", "t",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

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
