namespace NewsBot.Dialogs.Language;

/// <summary>
/// Scores how well a name as someone typed it fits a known name: any case, surname or first name
/// alone, possessives, honorifics and small typos (edit distance scaled to word length).
/// </summary>
public static class NameMatcher
{
    private const double FuzzyWeight = 0.85;

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "the", "a", "an", "of", "and", "sen", "rep", "gov",
    };

    /// <summary>The comparable words of a name: folded, possessive and honorifics dropped.</summary>
    public static IReadOnlyList<string> NameWords(string name) =>
        Words.Tokens(name)
            .Select(t => t.EndsWith("'s", StringComparison.Ordinal) ? t[..^2] : t.TrimEnd('\''))
            .Select(t => t.Replace(".", "", StringComparison.Ordinal))
            .Where(t => t.Length > 0 && !Filler.Contains(t))
            .ToList();

    /// <summary>1 for the same name; less for a partial or misspelt one; 0 when no word fits.</summary>
    public static double Score(IReadOnlyList<string> typed, IReadOnlyList<string> known)
    {
        if (typed.Count == 0 || known.Count == 0) return 0;
        if (typed.SequenceEqual(known)) return 1;
        double typedCovered = typed.Sum(t => BestWordFit(t, known));
        if (typedCovered == 0) return 0;
        double knownCovered = known.Sum(k => BestWordFit(k, typed));
        return 0.95 * (0.5 * typedCovered / typed.Count + 0.5 * knownCovered / known.Count);
    }

    public static double Score(string typed, string known) => Score(NameWords(typed), NameWords(known));

    /// <summary>
    /// For a person's name (the caller knows the kind): a given name typed before the surname that fits none of the known name's words names someone
    /// else: "Loretta Lynch" is not Stephen Lynch, "Marco Rubio" not Luis Rubio; so does a surname that
    /// fits none ("Maria Brandt" is not Marta Jansen). A title ("senator Warren") is not a name.
    /// </summary>
    public static bool NamesSomeoneElse(IReadOnlyList<string> typed, IReadOnlyList<string> known)
    {
        if (typed.Count < 2 || known.Count < 2) return false;
        var surname = typed[^1];
        var given = typed[^2];
        bool NameWord(string word) => word.Length > 1 && !Quotes.SpeechLexicon.IsTitleOrRoleWord(word) && !Quotes.SpeechLexicon.IsOrganizationWord(word);
        // "Maria Brandt" is not Marta Jansen either: a surname that fits none of theirs names someone else.
        // (A person's name is a few words; a longer phrase describes, and may end in anything.)
        if (BestWordFit(surname, known) == 0) return typed.Count <= 3 && NameWord(surname) && NameWord(given);
        return BestWordFit(given, known) == 0 && NameWord(given);
    }

    private static double BestWordFit(string word, IReadOnlyList<string> others)
    {
        double best = 0;
        foreach (var other in others)
        {
            if (word == other) return 1;
            if (EditDistance.IsClose(word, other)) best = FuzzyWeight;
        }
        return best;
    }
}
