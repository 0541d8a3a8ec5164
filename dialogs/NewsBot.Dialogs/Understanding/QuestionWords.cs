using NewsBot.Quotes.Text;

namespace NewsBot.Dialogs.Understanding;

/// <summary>
/// A question's words, folded, with where each stands in what the user typed; contractions of
/// question words are spelled out ("who's" is "who is", "what's" is "what is"), so readers match
/// words, and every part they take comes back in the user's own characters.
/// </summary>
public sealed class QuestionWords
{
    private static readonly Dictionary<string, string[]> Spelled = new(StringComparer.Ordinal)
    {
        ["who's"] = ["who", "is"], ["what's"] = ["what", "is"], ["where's"] = ["where", "is"], ["how's"] = ["how", "is"],
        ["that's"] = ["that", "is"], ["who'd"] = ["who", "would"], ["what're"] = ["what", "are"], ["who're"] = ["who", "are"],
        ["didn't"] = ["did", "not"], ["doesn't"] = ["does", "not"], ["don't"] = ["do", "not"], ["isn't"] = ["is", "not"],
        ["wasn't"] = ["was", "not"], ["hasn't"] = ["has", "not"], ["haven't"] = ["have", "not"], ["won't"] = ["will", "not"],
        ["wouldn't"] = ["would", "not"], ["can't"] = ["can", "not"], ["couldn't"] = ["could", "not"], ["aren't"] = ["are", "not"],
        ["weren't"] = ["were", "not"], ["shouldn't"] = ["should", "not"],
    };

    private readonly string _source;
    private readonly List<WordToken> _words;

    public QuestionWords(string source) : this(source, Spell(WordTokenizer.Tokenize(source))) { }

    private QuestionWords(string source, List<WordToken> words)
    {
        _source = source;
        _words = words;
    }

    private static List<WordToken> Spell(List<WordToken> tokens)
    {
        var words = new List<WordToken>(tokens.Count + 4);
        foreach (var token in tokens)
        {
            if (Spelled.TryGetValue(token.Text, out var parts)) words.AddRange(parts.Select(p => token with { Text = p }));
            else words.Add(token);
        }
        return words;
    }

    public int Count => _words.Count;

    public string this[int i] => i >= 0 && i < _words.Count ? _words[i].Text : "";

    /// <summary>Whether the words from <paramref name="at"/> are these ("who", "else").</summary>
    public bool At(int at, params string[] words)
    {
        if (at < 0 || at + words.Length > _words.Count) return false;
        for (int i = 0; i < words.Length; i++)
            if (_words[at + i].Text != words[i]) return false;
        return true;
    }

    public bool IsOneOf(int at, IReadOnlySet<string> words) => at >= 0 && at < _words.Count && words.Contains(_words[at].Text);

    /// <summary>The first position at or after <paramref name="from"/> whose word is one of these, or -1.</summary>
    public int Find(int from, IReadOnlySet<string> words)
    {
        for (int i = Math.Max(0, from); i < _words.Count; i++)
            if (words.Contains(_words[i].Text)) return i;
        return -1;
    }

    /// <summary>The user's characters for the words [from, to), or null when there are none.</summary>
    public string? Text(int from, int to = int.MaxValue)
    {
        to = Math.Min(to, _words.Count);
        if (from < 0 || from >= to) return null;
        return _source[_words[from].Start.._words[to - 1].End];
    }

    /// <summary>The folded words [from, to) joined by spaces.</summary>
    public string Folded(int from, int to = int.MaxValue) =>
        string.Join(' ', _words.Skip(from).Take(Math.Min(to, _words.Count) - Math.Max(0, from)).Select(w => w.Text));

    /// <summary>These words without the first <paramref name="skip"/> and the last <paramref name="trim"/>.</summary>
    public QuestionWords Slice(int skip, int trim = 0) =>
        new(_source, _words.Skip(skip).Take(Math.Max(0, _words.Count - skip - trim)).ToList());
}
