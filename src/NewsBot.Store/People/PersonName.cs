using NewsBot.Quotes;
using NewsBot.Quotes.Text;

namespace NewsBot.Store.People;

/// <summary>
/// A person's name as articles write it, read for telling whether two names are one person: the
/// given names (initials kept as one letter) and the surname, with a generational suffix ("Jr.",
/// "III") as part of it, folded; honorifics and titles before the name left out ("Ms. Whitfield",
/// "President Obama"), as is a possessive. Null for what cannot be one person's name.
/// </summary>
public sealed record PersonName(IReadOnlyList<string> Given, string Surname)
{
    /// <summary>A name of more words than this is a phrase the engine took for a name, never merged with another.</summary>
    private const int MostWords = 4;

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>Only a surname: "Whitfield", "Ms. Whitfield".</summary>
    public bool IsSurnameOnly => Given.Count == 0;

    /// <summary>The folded words, given names then surname: what a name is known by when nothing else is known.</summary>
    public string Key => Given.Count == 0 ? Surname : string.Join(' ', Given) + " " + Surname;

    public static PersonName? Read(string name)
    {
        var words = WordTokenizer.Words(name)
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w.TrimEnd('\''))
            .Select(w => w.Replace(".", "", StringComparison.Ordinal))
            .Where(w => w.Length > 0)
            .ToList();
        // Honorifics and titles before the name ("Sen.", "President", "Mayor") say who, not which name.
        int first = 0;
        while (first < words.Count - 1 && (Honorifics.Contains(words[first]) || SpeechLexicon.IsTitleOrRoleWord(words[first]))) first++;
        words = words[first..];
        if (words.Count == 0 || words.Count > MostWords || words.Any(w => !char.IsLetter(w[0]))) return null;
        int last = words.Count - 1;
        var surname = words[last];
        if (Suffixes.Contains(surname) && last > 0) surname = words[--last] + " " + surname;
        return new PersonName(words[..last], surname);
    }

    /// <summary>
    /// Whether the given names can be one person's: the first given names are the same or one is the
    /// other's initial ("D. Whitfield", "Dana Whitfield"), and middle names, when both have them, agree
    /// the same way ("Donald J. Trump" is Donald Trump; "Dana Whitfield" is not Robert Whitfield).
    /// </summary>
    public bool GivenNamesFit(PersonName other)
    {
        if (Surname != other.Surname || Given.Count == 0 || other.Given.Count == 0) return false;
        if (!SameOrInitial(Given[0], other.Given[0])) return false;
        for (int i = 1; i < Math.Min(Given.Count, other.Given.Count); i++)
            if (!SameOrInitial(Given[i], other.Given[i])) return false;
        return true;
    }

    private static bool SameOrInitial(string a, string b) =>
        a == b || a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal) || b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal);
}
