namespace NewsBot.Dialogs.Language;

/// <summary>
/// Scores how much of a question's meaning a passage covers: the share of the question's
/// IDF-weighted keys found in the passage, with typo-level matches and words near in meaning
/// (<see cref="SynonymTable"/>) counted at a discount.
/// </summary>
public sealed class Relevance
{
    private const double FuzzyWeight = 0.7;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private int _documents;

    public void AddDocument(IReadOnlySet<string> keys)
    {
        _documents++;
        foreach (var key in keys)
            _documentFrequency[key] = _documentFrequency.GetValueOrDefault(key) + 1;
    }

    public double Idf(string key) => Math.Log(1 + (_documents + 1.0) / (_documentFrequency.GetValueOrDefault(key) + 1.0));

    private const double UnknownWeight = 0.5;

    /// <summary>
    /// A key whose synonym (not the key) is in the passage counts this much: less than the word itself in the
    /// passage or in its framing, so the quote that says the user's own word still wins.
    /// </summary>
    public const double SynonymWeight = 0.5;

    private readonly SynonymTable _synonyms;

    public Relevance(SynonymTable? synonyms = null) => _synonyms = synonyms ?? SynonymTable.WordNet;

    /// <summary>How much of one key some words say: 1 for the key itself, less for a word near in meaning (the WordNet table).</summary>
    public static double Found(string key, IReadOnlySet<string> keys) =>
        keys.Contains(key) ? 1 : SynonymTable.WordNet.AnyIn(key, keys) ? SynonymWeight : 0;

    /// <summary>A key found only in the words framing a passage (its attribution) counts this much.</summary>
    private const double FramingWeight = 0.6;

    /// <summary>A key found only in the rest of the passage's paragraph counts this much: what a topic is, beyond the quote's own sentence.</summary>
    private const double ContextWeight = 0.4;

    /// <summary>
    /// In [0, 1]: 1 when every key of the question is in the passage; keys only in <paramref name="framing"/> count at a
    /// discount, and keys only in <paramref name="context"/> (the paragraph around it) at a larger one.
    /// </summary>
    public double Score(IReadOnlyList<string> questionKeys, IReadOnlySet<string> passageKeys, IReadOnlySet<string>? framing = null, IReadOnlySet<string>? context = null) =>
        Score(questionKeys, passageKeys, framing, UnknownWeight, context);

    /// <summary>
    /// How much of the question a passage says, every word counting in full (a word no article uses
    /// too): what decides whether a match is said plainly or as the closest.
    /// </summary>
    public double Cover(IReadOnlyList<string> questionKeys, IReadOnlySet<string> passageKeys, IReadOnlySet<string>? framing = null) =>
        Score(questionKeys, passageKeys, framing, 1);

    private double Score(IReadOnlyList<string> questionKeys, IReadOnlySet<string> passageKeys, IReadOnlySet<string>? framing, double unknownWeight, IReadOnlySet<string>? context = null)
    {
        double total = 0, found = 0;
        foreach (var key in questionKeys.Distinct())
        {
            // A word the articles never use ("wants", "get" in a paraphrase) tells no passage from another;
            // it counts half, so a paraphrase's own words do not drown the words it shares with the article.
            double weight = _documentFrequency.ContainsKey(key) ? Idf(key) : Idf(key) * unknownWeight;
            total += weight;
            if (passageKeys.Contains(key)) found += weight;
            else if (key.Length >= 5 && passageKeys.Any(p => EditDistance.IsClose(key, p))) found += weight * FuzzyWeight;
            else if (framing is not null && framing.Contains(key)) found += weight * FramingWeight;
            else if (_synonyms.AnyIn(key, passageKeys)) found += weight * SynonymWeight;
            else if (context is not null && context.Contains(key)) found += weight * ContextWeight;
        }
        return total == 0 ? 0 : found / total;
    }
}
