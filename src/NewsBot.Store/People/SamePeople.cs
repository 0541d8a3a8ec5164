using NewsBot.Quotes;
using NewsBot.Quotes.Text;

namespace NewsBot.Store.People;

/// <summary>One way a speaker is named somewhere (in one article, or summed over the articles that name them so).</summary>
public sealed record PersonForm(string Name, SpeakerKind Kind, Gender Gender, IReadOnlyList<string> Roles, int QuoteCount);

/// <summary>
/// Which of the names articles give are one person. The engine ties a surname to the full name
/// within one article; across articles "Donald Trump", "Donald J. Trump" and "Trump" are still three
/// speakers. Here, across articles:
/// <list type="bullet">
/// <item>full names with the same surname are one person when their given names fit (the same, or an
/// initial of the other; see <see cref="PersonName.GivenNamesFit"/>): "Dana Whitfield" and
/// "Robert Whitfield" stay apart;</item>
/// <item>a surname alone ("Whitfield", "Ms. Whitfield") is the one person of that surname it can be:
/// of a gender that does not contradict it; when several can, the one whose roles share a word with
/// its roles ("the town's mayor" and "Mayor"), else the one so much more quoted than the others
/// together that the surname alone means them (<see cref="Dominance"/>); else it stays apart;</item>
/// <item>organisations and groups are never people, and are one only when named alike.</item>
/// </list>
/// </summary>
public static class SamePeople
{
    /// <summary>A surname alone goes to the most quoted person of that name when they have this many times the quotes of the others together.</summary>
    public const int Dominance = 2;

    /// <summary>For each form, the index of the form that names its person (its most quoted full name; itself when alone).</summary>
    public static int[] Group(IReadOnlyList<PersonForm> forms)
    {
        var person = new int[forms.Count];
        var names = forms.Select(f => f.Kind == SpeakerKind.Person ? PersonName.Read(f.Name) : null).ToArray();
        var order = Enumerable.Range(0, forms.Count).OrderByDescending(i => forms[i].QuoteCount).ThenBy(i => i).ToList();
        var fullNames = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
        var surnamesAlone = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
        var others = new Dictionary<string, int>(StringComparer.Ordinal);

        // Full names, most quoted first, each joining the first person whose every full name it fits.
        foreach (var i in order)
        {
            person[i] = i;
            if (names[i] is not { IsSurnameOnly: false } name) continue;
            var ofSurname = Of(fullNames, name.Surname);
            var fits = ofSurname.FirstOrDefault(c => c.Members.All(m => names[m]!.GivenNamesFit(name)));
            if (fits is null) ofSurname.Add(fits = new Cluster(i));
            fits.Add(i, forms[i]);
            person[i] = fits.Head;
        }

        foreach (var i in order)
        {
            var form = forms[i];
            if (names[i] is { IsSurnameOnly: true } name)
            {
                // A surname alone: the one person it can be; else with the other forms of that surname alone whose gender does not contradict it.
                var candidates = (fullNames.GetValueOrDefault(name.Surname) ?? []).Where(c => !Contradicts(form.Gender, c.Gender)).ToList();
                // Joining a full name leaves that person as their full names show them, so no decision leans on another surname's.
                if (Chosen(form, candidates) is { } chosen)
                {
                    person[i] = chosen.Head;
                    continue;
                }
                var alone = Of(surnamesAlone, name.Surname);
                var same = alone.FirstOrDefault(c => !Contradicts(form.Gender, c.Gender));
                if (same is null) alone.Add(same = new Cluster(i));
                same.Add(i, form);
                person[i] = same.Head;
            }
            else if (names[i] is null)
            {
                // Organisations, groups and what is no person's name: one per kind and folded name.
                var key = form.Kind + ":" + string.Join(' ', WordTokenizer.Words(form.Name));
                person[i] = others.TryGetValue(key, out var head) ? head : others[key] = i;
            }
        }
        return person;
    }

    private static List<Cluster> Of(Dictionary<string, List<Cluster>> clusters, string surname) =>
        clusters.TryGetValue(surname, out var list) ? list : clusters[surname] = [];

    /// <summary>The person a surname alone names, of those it can be: the only one, the one sharing a role word, or the one far more quoted.</summary>
    private static Cluster? Chosen(PersonForm form, List<Cluster> candidates)
    {
        if (candidates.Count <= 1) return candidates.FirstOrDefault();
        var words = RoleWords(form.Roles);
        var sharing = words.Count == 0 ? [] : candidates.Where(c => c.RoleWords.Overlaps(words)).ToList();
        if (sharing.Count == 1) return sharing[0];
        var ranked = candidates.OrderByDescending(c => c.Quotes).ToList();
        return ranked[0].Quotes > 0 && ranked[0].Quotes >= Dominance * ranked.Skip(1).Sum(c => c.Quotes) ? ranked[0] : null;
    }

    private static bool Contradicts(Gender a, Gender b) => a != Gender.Unknown && b != Gender.Unknown && a != b;

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir" };

    /// <summary>The words of roles that say what someone is ("mayor", "builder"), without honorifics and function words.</summary>
    private static HashSet<string> RoleWords(IEnumerable<string> roles)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roles)
            foreach (var word in WordTokenizer.Words(role))
            {
                var bare = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
                if (bare.Length > 2 && char.IsLetter(bare[0]) && !StopWords.IsStopWord(bare) && !Honorifics.Contains(bare)) words.Add(bare);
            }
        return words;
    }

    /// <summary>
    /// One person as the full names (or, for a surname no full name takes, the surnames alone) that
    /// name them: the first is the most quoted; their gender is what the forms of most of their quotes say.
    /// </summary>
    private sealed class Cluster(int head)
    {
        public int Head { get; } = head;
        public List<int> Members { get; } = [];
        public HashSet<string> RoleWords { get; } = new(StringComparer.Ordinal);
        public int Quotes { get; private set; }
        private int _female, _male;

        public Gender Gender => _female > 0 && _female >= Dominance * _male ? Gender.Female
            : _male > 0 && _male >= Dominance * _female ? Gender.Male : Gender.Unknown;

        public void Add(int index, PersonForm form)
        {
            Members.Add(index);
            Quotes += form.QuoteCount;
            RoleWords.UnionWith(SamePeople.RoleWords(form.Roles));
            if (form.Gender == Gender.Female) _female += Math.Max(1, form.QuoteCount);
            if (form.Gender == Gender.Male) _male += Math.Max(1, form.QuoteCount);
        }
    }
}
