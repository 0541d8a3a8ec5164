using NewsBot.Quotes.Text;

namespace NewsBot.Dialogs.Language;

/// <summary>
/// Words near in meaning, as word keys (<see cref="Words.Key"/>): a paraphrase's word that is not the quote's word
/// but means what it means ("wrecking" for "destroying", "intrusion" for "invasion"). The general table is the
/// embedded <c>wordnet-synonyms.tsv</c>, derived from WordNet 3.0 by eng/wordnet/make-synonyms.py; each line is a
/// word, a tab and its partners, and a pair goes both ways.
/// </summary>
public sealed class SynonymTable
{
    public const string WordNetResource = "NewsBot.Dialogs.Language.wordnet-synonyms.tsv";

    private static readonly HashSet<string> None = [];
    private readonly Dictionary<string, HashSet<string>> _partners;

    private SynonymTable(Dictionary<string, HashSet<string>> partners) => _partners = partners;

    /// <summary>The WordNet table, read once, the first time a match needs it.</summary>
    public static SynonymTable WordNet => Loaded.Value;

    private static readonly Lazy<SynonymTable> Loaded = new(() => Parse(SynonymGroups.ReadResource(WordNetResource)));

    /// <summary>The keys near in meaning to a key (none for a key the table does not know).</summary>
    public IReadOnlySet<string> Of(string key) => _partners.TryGetValue(key, out var partners) ? partners : None;

    /// <summary>Whether a key near in meaning to <paramref name="key"/> is among <paramref name="keys"/>.</summary>
    public bool AnyIn(string key, IReadOnlySet<string> keys)
    {
        if (!_partners.TryGetValue(key, out var partners)) return false;
        foreach (var partner in partners)
            if (keys.Contains(partner)) return true;
        return false;
    }

    public int Count => _partners.Count;

    /// <summary>
    /// The table from its text. A word of the hand-made groups is left out: those groups already say what it
    /// means, and WordNet's other senses of it would tie the group to words of another sense ("state" the country
    /// is not "state" the verb of saying).
    /// </summary>
    public static SynonymTable Parse(string text)
    {
        var handMade = SynonymGroups.All.SelectMany(group => group).Select(PorterStemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var partners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var columns = line.TrimEnd('\r').Split('\t');
            if (columns.Length != 2 || handMade.Contains(PorterStemmer.Stem(columns[0]))) continue;
            var key = Words.Key(columns[0]);
            foreach (var word in columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (handMade.Contains(PorterStemmer.Stem(word))) continue;
                var other = Words.Key(word);
                if (other == key) continue;
                Add(partners, key, other);
                Add(partners, other, key);
            }
        }
        return new SynonymTable(partners);
    }

    private static void Add(Dictionary<string, HashSet<string>> partners, string key, string other)
    {
        if (!partners.TryGetValue(key, out var set)) partners[key] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(other);
    }
}
