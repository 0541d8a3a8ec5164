using System.Collections.Concurrent;
using NewsBot.Quotes.Text;

namespace NewsBot.Dialogs.Language;

/// <summary>
/// Turns free text into comparable word keys on the shared text toolkit (folding, tokens, stop
/// words and the Porter stemmer the stores' search uses): contractions and negations spelled out,
/// stop words dropped, stemmed, and a small set of synonyms merged.
/// </summary>
public static class Words
{
    private static readonly Dictionary<string, string> Synonyms = BuildSynonyms();

    private static readonly Dictionary<string, string> Contractions = new(StringComparer.Ordinal)
    {
        ["won't"] = "will not", ["can't"] = "can not", ["cannot"] = "can not", ["shan't"] = "shall not",
        ["ain't"] = "is not", ["i'm"] = "i am", ["it's"] = "it is", ["let's"] = "let us",
        // "nobody" says what "no one" says
        ["nobody"] = "no one", ["noone"] = "no one", ["nothing"] = "no thing", ["nowhere"] = "no where",
    };

    /// <summary>Each group's words map onto its first word (the groups are data: <see cref="SynonymGroups"/>).</summary>
    private static Dictionary<string, string> BuildSynonyms()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in SynonymGroups.All)
            foreach (var word in group)
                map.TryAdd(PorterStemmer.Stem(word), PorterStemmer.Stem(group[0]));
        return map;
    }

    /// <summary>Lower case, no accents, straight quotes and dashes.</summary>
    public static string Fold(string text) => TextFold.Fold(text);

    /// <summary>The folded word tokens of a text with their offsets, without any stemming.</summary>
    public static List<WordToken> TokensWithOffsets(string text) => WordTokenizer.Tokenize(text);

    /// <summary>The folded word tokens of a text, without any stemming.</summary>
    public static List<string> Tokens(string text) => WordTokenizer.Words(text);

    /// <summary>Meaning-bearing keys of a text: contractions expanded, stop words dropped, stemmed, synonyms merged.</summary>
    public static List<string> Keys(string text, bool keepStopWords = false)
    {
        var tokens = TokensWithOffsets(text);
        return Keys(tokens, 0, tokens.Count, keepStopWords);
    }

    /// <summary>The keys of the tokens from <paramref name="from"/> up to (not including) <paramref name="to"/>.</summary>
    public static List<string> Keys(IReadOnlyList<WordToken> tokens, int from, int to, bool keepStopWords = false)
    {
        var keys = new List<string>(to - from);
        for (int i = from; i < to; i++)
            foreach (var word in KeysOfToken(tokens[i].Text))
                if (keepStopWords || !word.IsStopWord) keys.Add(word.Key);
        return keys;
    }

    /// <summary>The comparable key of one already folded word.</summary>
    public static string Key(string word)
    {
        if (StopWords.IsNegation(word)) return "not";
        var stem = PorterStemmer.Stem(Country(word));
        return Synonyms.TryGetValue(stem, out var canonical) ? canonical : stem;
    }

    /// <summary>A people's adjective as its country ("Russian" as Russia, "Syrian" as Syria, "Korean" as Korea): the same place to a question.</summary>
    private static string Country(string word) =>
        word.Length > 5 && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal)) ? word[..^1] : word;

    private readonly record struct WordKey(string Key, bool IsStopWord);

    /// <summary>The keys one token gives (a contraction gives two), each marked when it is a stop word.</summary>
    private static WordKey[] KeysOfToken(string token)
    {
        if (KnownTokens.TryGetValue(token, out var known)) return known;
        var keys = Expand(token).Select(word => new WordKey(Key(word), StopWords.IsStopWord(word))).ToArray();
        if (KnownTokens.Count < MaxKnownTokens) KnownTokens.TryAdd(token, keys);
        return keys;
    }

    // Every article read from a large store is made into keys; the words of news repeat, so each
    // word's keys are worked out once (within a bound) instead of stemming it again.
    private const int MaxKnownTokens = 100_000;
    private static readonly ConcurrentDictionary<string, WordKey[]> KnownTokens = new(StringComparer.Ordinal);

    private static IEnumerable<string> Expand(string token)
    {
        if (Contractions.TryGetValue(token, out var full)) return full.Split(' ');
        if (token.EndsWith("n't", StringComparison.Ordinal)) return [token[..^3], "not"];
        if (token.EndsWith("'s", StringComparison.Ordinal)) return [token[..^2]];
        foreach (var suffix in new[] { "'re", "'ve", "'ll", "'d" })
            if (token.EndsWith(suffix, StringComparison.Ordinal)) return [token[..^suffix.Length]];
        return [token.Replace("'", "", StringComparison.Ordinal)];
    }

    public static bool IsStopWord(string foldedWord) => StopWords.IsStopWord(foldedWord);
}
