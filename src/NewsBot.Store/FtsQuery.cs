using NewsBot.Quotes.Text;

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

    public static IReadOnlyList<string> Words(string? text) => WordTokenizer.SearchWords(text, MaxWords, MaxWordLength);

    /// <summary>The words of a stored text, however many: what a search's words are looked for in.</summary>
    internal static IReadOnlyList<string> AllWords(string? text) => WordTokenizer.SearchWords(text, int.MaxValue, MaxWordLength);

    /// <summary>
    /// The words that carry meaning: <see cref="Words"/> without the toolkit's stop words such as
    /// "the" or "of", which occur in nearly every quote and would make a search over a large corpus
    /// read most of the index while narrowing nothing (negations stay: they carry meaning). Text
    /// made only of stop words keeps them all.
    /// </summary>
    public static IReadOnlyList<string> ContentWords(string? text)
    {
        var words = Words(text);
        var content = words.Where(w => !StopWords.IsStopWord(w)).ToList();
        return content.Count > 0 ? content : words;
    }

    /// <summary>Every word must occur (with <paramref name="content"/>, every content word); null when the text has no words (nothing to search for).</summary>
    public static string? AllOf(string? text, bool lastIsPrefix = false, bool content = false) =>
        Join(content ? ContentWords(text) : Words(text), " AND ", lastIsPrefix);

    /// <summary>The words in this order, next to each other (punctuation between them does not matter); null when the text has no words.</summary>
    public static string? Phrase(string? text) => Words(text) is { Count: > 0 } words ? Quoted(string.Join(' ', words)) : null;

    /// <summary>All these words within <paramref name="distance"/> words of each other, in any order; null when there are none.</summary>
    public static string? Near(IReadOnlyList<string> words, int distance) =>
        words.Count == 0 ? null : $"NEAR({string.Join(' ', words.Select(Quoted))}, {Math.Max(0, distance)})";

    /// <summary>Any word may occur (ranking puts documents with more of them first); null when the text has no words.</summary>
    public static string? AnyOf(string? text, bool content = false) => Join(content ? ContentWords(text) : Words(text), " OR ", lastIsPrefix: false);

    private static string? Join(IReadOnlyList<string> words, string separator, bool lastIsPrefix)
    {
        if (words.Count == 0) return null;
        var terms = words.Select(Quoted).ToList();
        if (lastIsPrefix) terms[^1] += "*";
        return string.Join(separator, terms);
    }

    // A word holds no '"' (it is letters and digits only), but doubling keeps the quoting right whatever the word.
    private static string Quoted(string word) => "\"" + word.Replace("\"", "\"\"") + "\"";
}
