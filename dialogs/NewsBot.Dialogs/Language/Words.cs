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
        foreach (var c in text) sb.Append(FoldChar(c));
        return sb.ToString();
    }

    private static string FoldChar(char c)
    {
        switch (c)
        {
            case '\u2018' or '\u2019' or '\u02bc' or '`' or '\u00b4': return "'";
            case '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb': return "\"";
            case '\u2013' or '\u2014' or '\u2212': return "-";
            case '\u00a0': return " ";
        }
        if (c < 128) return char.ToLowerInvariant(c).ToString();
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) return "";
        var lower = char.ToLowerInvariant(c);
        // The app runs with invariant globalization (no Unicode normalisation data), so accents
        // on Latin letters are removed by table.
        int at = Accented.IndexOf(lower);
        return at >= 0 ? Plain[at].ToString() : lower.ToString();
    }

    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżžß";
    private const string Plain = "aaaaaaaaaccddeeeeeeeeiiiiiiinnnoooooooorrsssstuuuuuuuuyyzzzs";

    /// <summary>A folded word and where it stands in the original text.</summary>
    public readonly record struct Token(string Text, int Start, int End);

    /// <summary>The folded word tokens of a text with their offsets, without any stemming.</summary>
    public static List<Token> TokensWithOffsets(string text)
    {
        var tokens = new List<Token>();
        var current = new StringBuilder();
        int start = -1, end = -1;
        void Flush()
        {
            var token = current.ToString().Trim('\'', '.');
            if (token.Length > 0) tokens.Add(new Token(token, start, end));
            current.Clear();
            start = -1;
        }
        for (int i = 0; i < text.Length; i++)
        {
            var folded = FoldChar(text[i]);
            if (folded.Length == 0) continue;
            char c = folded[0];
            bool abbreviationDot = c == '.' && current.Length is > 0 and <= 2 && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (char.IsLetterOrDigit(c) || c == '\'' || abbreviationDot)
            {
                if (start < 0) start = i;
                current.Append(folded);
                end = i + 1;
            }
            else Flush();
        }
        Flush();
        return tokens;
    }

    /// <summary>The folded word tokens of a text, without any stemming.</summary>
    public static List<string> Tokens(string text) => TokensWithOffsets(text).Select(t => t.Text).ToList();

    /// <summary>Meaning-bearing keys of a text: contractions expanded, stop words dropped, stemmed, synonyms merged.</summary>
    public static List<string> Keys(string text, bool keepStopWords = false)
    {
        var keys = new List<string>();
        foreach (var token in Tokens(text))
            foreach (var word in Expand(token))
            {
                if (!keepStopWords && StopWords.Contains(word) && !Negations.Contains(word)) continue;
                keys.Add(Key(word));
            }
        return keys;
    }

    /// <summary>The comparable key of one already folded word.</summary>
    public static string Key(string word)
    {
        if (Negations.Contains(word)) return "not";
        var stem = Stem(word);
        return Synonyms.TryGetValue(stem, out var canonical) ? canonical : stem;
    }

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
        if (word.Length <= 3 || !word.All(char.IsLetter)) return word;
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

    private static string UndoubleConsonant(string w) =>
        w.Length > 3 && w[^1] == w[^2] && !"aeiouls".Contains(w[^1]) ? w[..^1] : w;

    public static bool IsStopWord(string foldedWord) => StopWords.Contains(foldedWord);
}
