namespace NewsBot.Dialogs.Language;

/// <summary>
/// Scores how much of a question's meaning a passage covers: the share of the question's
/// IDF-weighted keys found in the passage, with typo-level matches counted at a discount.
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

    /// <summary>In [0, 1]: 1 when every key of the question is in the passage.</summary>
    public double Score(IReadOnlyList<string> questionKeys, IReadOnlySet<string> passageKeys)
    {
        double total = 0, found = 0;
        foreach (var key in questionKeys.Distinct())
        {
            double weight = Idf(key);
            total += weight;
            if (passageKeys.Contains(key)) found += weight;
            else if (key.Length >= 5 && passageKeys.Any(p => EditDistance.IsClose(key, p))) found += weight * FuzzyWeight;
        }
        return total == 0 ? 0 : found / total;
    }
}
