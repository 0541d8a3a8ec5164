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

    /// <summary>
    /// What people type in a hurry: contractions without the apostrophe ("whats", "didnt"), chat
    /// spellings ("u", "abt", "pls"); each is read as the words it stands for. Only forms that are
    /// no English word of their own ("wont" and "cant" are, rarely, so they stay out).
    /// </summary>
    private static readonly Dictionary<string, string[]> Informal = new(StringComparer.Ordinal)
    {
        ["whats"] = ["what", "is"], ["whos"] = ["who", "is"], ["wheres"] = ["where", "is"], ["hows"] = ["how", "is"],
        ["whens"] = ["when", "is"], ["whys"] = ["why", "is"], ["thats"] = ["that", "is"], ["whatre"] = ["what", "are"],
        ["didnt"] = ["did", "not"], ["doesnt"] = ["does", "not"], ["dont"] = ["do", "not"], ["isnt"] = ["is", "not"],
        ["wasnt"] = ["was", "not"], ["hasnt"] = ["has", "not"], ["havent"] = ["have", "not"], ["wouldnt"] = ["would", "not"],
        ["couldnt"] = ["could", "not"], ["arent"] = ["are", "not"], ["werent"] = ["were", "not"], ["shouldnt"] = ["should", "not"],
        ["hes"] = ["he", "is"], ["shes"] = ["she", "is"], ["theyre"] = ["they", "are"], ["im"] = ["i", "am"],
        ["u"] = ["you"], ["ya"] = ["you"], ["ur"] = ["your"], ["r"] = ["are"], ["abt"] = ["about"], ["bout"] = ["about"],
        ["pls"] = ["please"], ["plz"] = ["please"], ["ppl"] = ["people"], ["wat"] = ["what"], ["wut"] = ["what"],
        ["wht"] = ["what"], ["whta"] = ["what"], ["waht"] = ["what"], ["hwo"] = ["who"], ["teh"] = ["the"], ["thru"] = ["through"],
        ["any1"] = ["anyone"], ["some1"] = ["someone"], ["every1"] = ["everyone"], ["ne1"] = ["anyone"], ["sum1"] = ["someone"], ["b4"] = ["before"],
    };

    /// <summary>Words a question starts with that are typed run together with the next ("whatdid", "whosaid", "whoelse").</summary>
    private static readonly string[] RunTogetherHeads = ["which", "where", "what", "when", "who", "why", "how", "did", "does", "is", "was"];

    /// <summary>What may follow a run-together head: a few function words and pronouns (and any reporting verb).</summary>
    private static readonly HashSet<string> RunTogetherTails = new(StringComparer.Ordinal)
    {
        "did", "does", "do", "is", "was", "are", "were", "has", "have", "else", "he", "she", "they", "it", "the", "about", "said", "says", "say",
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
            var parts = Spelled.GetValueOrDefault(token.Text) ?? Informal.GetValueOrDefault(token.Text) ?? RunTogether(token.Text);
            if (parts is not null) words.AddRange(parts.Select(p => token with { Text = p }));
            else words.Add(token);
        }
        return words;
    }

    /// <summary>"whatdid" is "what did", "whosaid" "who said": a question word and a word that follows one, typed without the space.</summary>
    private static string[]? RunTogether(string word)
    {
        foreach (var head in RunTogetherHeads)
        {
            if (word.Length <= head.Length + 1 || !word.StartsWith(head, StringComparison.Ordinal)) continue;
            var tail = word[head.Length..];
            if (RunTogetherTails.Contains(tail) || Quotes.SpeechLexicon.IsReportingVerb(tail) && tail.Length > 3) return [head, tail];
        }
        return null;
    }

    public int Count => _words.Count;

    /// <summary>The folded words, in order.</summary>
    public IReadOnlyList<string> All => _words.ConvertAll(w => w.Text);

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
