using System.Collections.Frozen;

namespace NewsBot.Quotes.Text;

/// <summary>
/// The one list of English function words, for every layer that leaves them out (question keys,
/// store searches). Negations are never stop words: "not" turns a quote's meaning around.
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "an", "the", "and", "or", "but", "so", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
        "into", "about", "over", "than", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been",
        "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
        "might", "must", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they",
        "them", "their", "there", "here", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "if",
        "then", "all", "any", "some", "very", "just", "also", "up", "out", "s", "t", "still", "anything", "something",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NegationWords = new[] { "not", "no", "nor", "never", "none" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A function word such as "the" or "of" (any case); never a negation.</summary>
    public static bool IsStopWord(string word) => Words.Contains(word);

    public static bool IsNegation(string word) => NegationWords.Contains(word);
}
