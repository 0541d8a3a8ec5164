using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace NewsBot.Dialogs.Language;

/// <summary>
/// Turns free text into comparable word keys: case- and accent-folded, curly quotes straightened,
/// contractions and negations spelled out, light suffix stemming and a small synonym set.
/// </summary>
public static class Words
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "that",
        "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
        "did", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "i", "you", "he", "she", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "our", "their",
        "so", "but", "if", "then", "than", "there", "here", "about", "into", "over", "also", "just", "very", "s",
        "what", "who", "whom", "which", "anything", "something", "said", "say", "says", "saying", "still", "less",
    };

    /// <summary>Words that carry meaning in a quote even though they look small.</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "no", "nor", "never", "none" };

    // Each group maps onto its first member; deliberately small and general.
    private static readonly string[][] SynonymGroups =
    [
        ["oil", "fuel", "gas", "petrol"],
        ["war", "conflict", "fighting"],
        ["weapon", "arm", "munition", "armament"],
        ["ceasefire", "truce", "armistice"],
        ["talk", "dialogue", "negotiation", "discussion"],
        ["peace", "peacemaking"],
        ["create", "cause", "start"],
        ["exploit", "abuse"],
        ["big", "large", "major"],
        ["country", "nation", "state"],
        ["help", "assist", "aid"],
        ["tell", "say"],
        ["buy", "purchase"],
        ["kill", "slay"],
        ["important", "crucial", "vital", "essential", "key"],
        ["call", "phone"],
        ["crisis", "emergency"],
        ["tweet", "twitter", "post"],
        ["welcome", "applaud", "praise"],
        ["know", "knowledge", "aware"],
        ["u.s", "usa", "america", "american"],
    ];

    private static readonly Dictionary<string, string> Synonyms = BuildSynonyms();

    private static readonly Dictionary<string, string> Contractions = new(StringComparer.Ordinal)
    {
        ["won't"] = "will not", ["can't"] = "can not", ["cannot"] = "can not", ["shan't"] = "shall not",
        ["ain't"] = "is not", ["i'm"] = "i am", ["it's"] = "it is", ["let's"] = "let us",
    };

    private static Dictionary<string, string> BuildSynonyms()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in SynonymGroups)
            foreach (var word in group)
                map.TryAdd(Stem(word), Stem(group[0]));
        return map;
    }

    /// <summary>Lower case, no accents, straight quotes and dashes.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (TryFold(c, out var folded)) sb.Append(folded);
        return sb.ToString();
    }

    /// <summary>One character folded; false for a combining mark, which folding drops.</summary>
    private static bool TryFold(char c, out char folded)
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
        // The app runs with invariant globalization (no Unicode normalisation data), so accents
        // on Latin letters are removed by table.
        int at = Accented.IndexOf(lower);
        folded = at >= 0 ? Plain[at] : lower;
        return true;
    }

    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżžß";
    private const string Plain = "aaaaaaaaaccddeeeeeeeeiiiiiiinnnoooooooorrsssstuuuuuuuuyyzzzs";

    /// <summary>A folded word and where it stands in the original text.</summary>
    public readonly record struct Token(string Text, int Start, int End);

    /// <summary>The folded word tokens of a text with their offsets, without any stemming.</summary>
    public static List<Token> TokensWithOffsets(string text)
    {
        var tokens = new List<Token>(text.Length / 6 + 1);
        // Articles are tokenised on every first read of a large store, so the word is built in one
        // reused buffer and only finished words become strings.
        var word = ArrayPool<char>.Shared.Rent(Math.Max(16, text.Length));
        int length = 0, start = -1, end = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (!TryFold(text[i], out char c)) continue;
            bool abbreviationDot = c == '.' && length is > 0 and <= 2 && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (char.IsLetterOrDigit(c) || c == '\'' || abbreviationDot)
            {
                if (start < 0) start = i;
                word[length++] = c;
                end = i + 1;
            }
            else if (length > 0) Flush();
        }
        if (length > 0) Flush();
        ArrayPool<char>.Shared.Return(word);
        return tokens;

        void Flush()
        {
            var trimmed = ((ReadOnlySpan<char>)word.AsSpan(0, length)).Trim("'.");
            if (trimmed.Length > 0) tokens.Add(new Token(new string(trimmed), start, end));
            length = 0;
            start = -1;
        }
    }

    /// <summary>The folded word tokens of a text, without any stemming.</summary>
    public static List<string> Tokens(string text) => TokensWithOffsets(text).ConvertAll(t => t.Text);

    /// <summary>Meaning-bearing keys of a text: contractions expanded, stop words dropped, stemmed, synonyms merged.</summary>
    public static List<string> Keys(string text, bool keepStopWords = false)
    {
        var tokens = TokensWithOffsets(text);
        return Keys(tokens, 0, tokens.Count, keepStopWords);
    }

    /// <summary>The keys of the tokens from <paramref name="from"/> up to (not including) <paramref name="to"/>.</summary>
    public static List<string> Keys(IReadOnlyList<Token> tokens, int from, int to, bool keepStopWords = false)
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
        if (Negations.Contains(word)) return "not";
        var stem = Stem(word);
        return Synonyms.TryGetValue(stem, out var canonical) ? canonical : stem;
    }

    private readonly record struct WordKey(string Key, bool IsStopWord);

    /// <summary>The keys one token gives (a contraction gives two), each marked when it is a stop word.</summary>
    private static WordKey[] KeysOfToken(string token)
    {
        if (KnownTokens.TryGetValue(token, out var known)) return known;
        var keys = Expand(token).Select(word => new WordKey(Key(word), StopWords.Contains(word) && !Negations.Contains(word))).ToArray();
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

    /// <summary>A light stemmer: strips common inflections so "adds", "added", "adding" meet.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !IsAllLetters(word)) return word;
        string w = word;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) w = UndoubleConsonant(w[..^3]);
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4) w = UndoubleConsonant(w[..^2]);
        else if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4 && "sxz".Contains(w[^3])) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];
        if (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 5) w = w[..^2];
        if (w.EndsWith('e') && w.Length > 4) w = w[..^1];
        return w;
    }

    private static bool IsAllLetters(string word)
    {
        foreach (var c in word)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    private static string UndoubleConsonant(string w) =>
        w.Length > 3 && w[^1] == w[^2] && !"aeiouls".Contains(w[^1]) ? w[..^1] : w;

    public static bool IsStopWord(string foldedWord) => StopWords.Contains(foldedWord);
}
