namespace NewsBot.Store.Postgres;

/// <summary>
/// Turns what a user typed into the text of a PostgreSQL tsquery (for to_tsquery) that cannot be a
/// syntax error: only the words of <see cref="FtsQuery.Words"/> are kept, each written as a quoted
/// lexeme, so operators (&amp;, |, !, &lt;-&gt;, :*, parentheses) in the text are never query syntax.
/// </summary>
internal static class TsQuery
{
    /// <summary>Every word must occur (with <paramref name="content"/>, every content word: see <see cref="FtsQuery.ContentWords"/>); null when the text has no words.</summary>
    public static string? AllOf(string? text, bool lastIsPrefix = false, bool content = false) =>
        Join(content ? FtsQuery.ContentWords(text) : FtsQuery.Words(text), " & ", lastIsPrefix);

    /// <summary>The words in this order, next to each other; null when the text has no words.</summary>
    public static string? Phrase(string? text) => Join(FtsQuery.Words(text), " <-> ", lastIsPrefix: false);

    /// <summary>Any word may occur (ranking puts rows with more of them first); null when the text has no words.</summary>
    public static string? AnyOf(string? text, bool content = false) =>
        Join(content ? FtsQuery.ContentWords(text) : FtsQuery.Words(text), " | ", lastIsPrefix: false);

    private static string? Join(IReadOnlyList<string> words, string separator, bool lastIsPrefix)
    {
        if (words.Count == 0) return null;
        var terms = words.Select(Quoted).ToList();
        if (lastIsPrefix) terms[^1] += ":*";
        return string.Join(separator, terms);
    }

    // A word is letters and digits only, but doubling quotes and backslashes keeps the quoting right whatever the word.
    private static string Quoted(string word) => "'" + word.Replace("\\", "\\\\").Replace("'", "''") + "'";
}
