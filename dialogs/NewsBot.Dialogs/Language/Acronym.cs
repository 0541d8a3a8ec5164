namespace NewsBot.Dialogs.Language;

/// <summary>
/// Initials as people type them for a name the article writes out: "WFP" for the World Food Programme,
/// "BC" for British Columbia. Small joining words ("of", "the", "and", "for") carry no initial.
/// </summary>
public static class Acronym
{
    private static readonly HashSet<string> Joining = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "del" };

    /// <summary>Whether a typed word may be initials: two to six letters, one token.</summary>
    public static bool LooksLikeInitials(string typed)
    {
        var t = typed.Trim().Replace(".", "", StringComparison.Ordinal);
        return t.Length is >= 2 and <= 6 && t.All(char.IsLetter);
    }

    /// <summary>The initials of a name's capitalised words, folded ("wfp"); empty when fewer than two.</summary>
    public static string Of(string name)
    {
        var initials = Capitalised(name).Select(w => w[0]).ToArray();
        return initials.Length >= 2 ? Words.Fold(new string(initials)) : "";
    }

    /// <summary>The initials of every run of two or more capitalised words in a text ("British Columbia" gives "bc").</summary>
    public static IEnumerable<string> RunsIn(string text)
    {
        var run = new List<char>();
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(',', '.', ';', ':', '(', ')', '"', '\'', '\u2019', '\u201c', '\u201d');
            if (word.Length > 0 && char.IsUpper(word[0]) && !(run.Count == 0 && Joining.Contains(word))) run.Add(word[0]);
            else if (run.Count > 0 && Joining.Contains(word) && !raw.EndsWith(',')) continue;
            else { foreach (var r in Flush(run)) yield return r; }
            if (raw.EndsWith(',') || raw.EndsWith('.')) { foreach (var r in Flush(run)) yield return r; }
        }
        foreach (var r in Flush(run)) yield return r;
    }

    private static List<string> Flush(List<char> run)
    {
        var found = run.Count >= 2 ? new List<string> { Words.Fold(new string(run.ToArray())) } : [];
        run.Clear();
        return found;
    }

    private static IEnumerable<string> Capitalised(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '(', ')', '\''))
            .Where(w => w.Length > 0 && char.IsUpper(w[0]) && !Joining.Contains(w));
}
