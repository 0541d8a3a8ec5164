
namespace NewsBot.Quotes;

/// <summary>What follows a reporting verb: a clause ("said that …"), or also a noun phrase ("urged caution").</summary>
internal enum CueComplement { Clause, ClauseOrObject, QuoteOrThat, PrepositionObject }

internal sealed record CueVerb(string Lemma, CueComplement Complement, bool TakesListener, string? Medium);

/// <summary>What the lexicon knows of a word, computed once per token so that the parser tests bits, not strings.</summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,
    Cue = 1,
    PhrasalCue = 2,
    Modifier = 4,
    Title = 8,
    Organization = 16,
    Group = 32,
    Pronoun = 64,
    Relative = 128,
    DayOrMonth = 256,
    /// <summary>A title that stands before a name (<see cref="Lexicon.PersonTitles"/>, a part of <see cref="Title"/>).</summary>
    PersonTitle = 512,
    Nationality = 1024,
    /// <summary>"the", "a" or "an" in some case: a test of one bit before the word's own case is compared.</summary>
    Determiner = 2048,
    /// <summary>A name particle in some case ("de", "van", <see cref="Lexicon.NameParticles"/>): read from the token, most words are turned away without a look-up.</summary>
    NameParticle = 4096,
}

/// <summary>
/// The words news writing uses to report speech, and the words that make up speakers' names and
/// roles, read once from the embedded files in Lexicon/ (see <see cref="LexiconFiles"/>).
/// </summary>
internal static class Lexicon
{
    private static readonly LexiconFiles Files = LexiconFiles.Load();

    /// <summary>Problems found while loading (a word listed twice, a form claimed by two verbs): a test keeps this empty.</summary>
    public static IReadOnlyList<string> Problems => Files.Problems;

    public static readonly Dictionary<string, CueVerb> Cues = Files.Cues;

    /// <summary><see cref="Cues"/> for a word read as a slice of the text.</summary>
    public static readonly Dictionary<string, CueVerb>.AlternateLookup<ReadOnlySpan<char>> CueLookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Particles that turn a verb into a reporting phrase ("pointed to", "called for", "spoke out against").</summary>
    public static readonly Dictionary<string, string[]> PhrasalCues = Files.PhrasalCues;

    public static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> PhrasalCueLookup = PhrasalCues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Cues whose content may be an infinitive: "vowed to form a task force", "urged voters to stay home".</summary>
    public static readonly HashSet<string> InfinitiveCues = Files.CueLemmasWith("infinitive");

    /// <summary>"state law", "editor's note": cues whose base and -s forms are mostly nouns, reporting only before "that", a colon or a quotation.</summary>
    public static readonly HashSet<string> NounCues = Files.CueLemmasWith("noun");

    /// <summary>"described as “an intentional act”", "dismissed it as …": cues whose "as" introduces the label given.</summary>
    public static readonly HashSet<string> LabellingCues = Files.CueLemmasWith("labels");

    /// <summary>Cues that report of a person only with the label given ("dismissed her as naive"); "dismissed the coach" is a deed.</summary>
    public static readonly HashSet<string> PersonNeedsLabelCues = Files.CueLemmasWith("person-needs-label");

    /// <summary>"talked about", "warned of", "commented on", "pointed to", "called for", "argued against": the object is what was said.</summary>
    /// <summary>"adviser to", "strategist for": prepositions that open the complement of a role noun.</summary>
    public static readonly HashSet<string> RoleComplements = Files.Words("function-words", "role-complement");

    /// <summary>"50 percent of voters", "three in 10": prepositions inside a share of those polled.</summary>
    public static readonly HashSet<string> ShareWords = Files.Words("function-words", "share");

    /// <summary>"said so", "said no", "said yes", "said the same": one word that is all the answer given.</summary>
    public static readonly HashSet<string> Answers = Files.Words("function-words", "answer");

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnswerLookup = Answers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly HashSet<string> ReportingPrepositions = Files.Words("function-words", "topic-preposition");

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingPrepositionLookup = ReportingPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs whose following preposition introduces a listener or a place, not a topic ("said to the crowd").</summary>
    public static readonly HashSet<string> NoPrepositionalCue = Files.CueLemmasWith("no-preposition");

    public static readonly HashSet<string> Pronouns = Files.Words("function-words", "pronoun");

    public static readonly HashSet<string> RelativePronouns = Files.Words("function-words", "relative");

    /// <summary>Words that open a clause rather than name anyone ("But", "If", "There"): never a speaker by themselves.</summary>
    public static readonly HashSet<string> NotASpeaker = Files.Words("function-words", "not-a-speaker");

    /// <inheritdoc cref="NotASpeaker"/>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotASpeakerLookup = NotASpeaker.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Conjunctions that open a subordinate clause ("When …, …", "As …, …"): its subject comes before the sentence's.</summary>
    public static readonly HashSet<string> Subordinators = Files.Words("function-words", "subordinator");

    /// <summary>Small words a title of a work or show leaves in lower case ("Face the Nation"): they do not count against its capitals.</summary>
    public static readonly HashSet<string> SmallTitleWords = Files.Words("function-words", "title-small");

    /// <summary>Quantifiers and possessives that name no one when they stand alone ("some said", "his …").</summary>
    public static readonly HashSet<string> Vague = Files.Words("function-words", "vague");

    /// <summary>Words that open a phrase of time or place after a cue or a name ("said after the vote", "said Hua at the briefing").</summary>
    public static readonly HashSet<string> SettingWords = Files.Words("function-words", "setting");

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SettingLookup = SettingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubordinatorLookup = Subordinators.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Media and platforms ("Twitter", "email"): where something is said, never who says it.</summary>
    public static readonly HashSet<string> MediaWords = Files.Words("media");

    /// <summary>Adjectives that open what describes an unnamed source after its noun ("a person familiar with the talks").</summary>
    public static readonly HashSet<string> SourceDescribers = Files.Words("describers");

    public static readonly HashSet<string> Days = Files.Words("time", "day");

    public static readonly HashSet<string> Months = Files.Words("time", "month");

    /// <summary>Spans of time ("day", "morning", "hours") and the words that count or place them ("the next", "two", "later"): an opening setting.</summary>
    public static readonly HashSet<string> TimePeriods = Files.Words("time", "period");

    public static readonly HashSet<string> TimeSpanWords = Files.Words("time", "span-word");

    /// <summary>Words that may stand between a speaker and the verb: auxiliaries, negation, adverbs of time and manner, days and months.</summary>
    public static readonly HashSet<string> VerbModifiers = Files.Union(Files.Words("modifiers"), Days, Months);

    /// <summary>Every title and role word ("senator", "former", "national").</summary>
    public static readonly HashSet<string> TitleWords = Files.Words("titles");

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWordLookup = TitleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The titles that stand before a person's name ("Senator", "Dr."), a part of <see cref="TitleWords"/>.</summary>
    public static readonly HashSet<string> PersonTitles = Files.Words("titles", "title");

    private static readonly Dictionary<string, string> FullTitles = Files.Triples("titles")
        .Where(row => row.Third.Length > 0).ToDictionary(row => row.Word, row => row.Third, StringComparer.OrdinalIgnoreCase);

    /// <summary>The full word of an abbreviated title ("sen" → "senator", "gop" → "republican"), or null.</summary>
    public static string? FullTitle(string word) => FullTitles.GetValueOrDefault(word);

    private static readonly Dictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> TitleGenders = Files.Rows("titles")
        .Where(row => row.Length > 3 && row[3] is "f" or "m").ToDictionary(row => row[0], row => row[3] == "f" ? Gender.Female : Gender.Male, StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string> TitleKinds = Files.Rows("titles")
        .Where(row => row.Length > 4 && row[4].Length > 0).ToDictionary(row => row[0], row => row[4], StringComparer.OrdinalIgnoreCase);

    /// <summary>The kind of post a title or role word names ("striker" and "forward": "player"), or null.</summary>
    public static string? TitleKind(string word) => TitleKinds.GetValueOrDefault(word);

    /// <summary>The gender a title says ("spokeswoman", "Mr"), or null.</summary>
    public static Gender? TitleGender(ReadOnlySpan<char> word) => TitleGenders.TryGetValue(word, out var gender) ? gender : null;

    public static readonly HashSet<string> OrganizationWords = Files.Words("organisations");

    /// <summary>Nationalities, peoples and faiths ("Kenyan", "Igbo", "Catholic"): words of a role or group, never a name.</summary>
    public static readonly HashSet<string> Nationalities = Files.Words("nationalities");

    /// <summary>Words that label a line or a headline ("Update:", "Interview:"), never a speaker's name there.</summary>
    public static readonly HashSet<string> LineLabels = Files.Words("labels");

    /// <summary>Titles of people who ask the questions of an interview ("reporter", "correspondent").</summary>
    public static readonly HashSet<string> JournalistTitles = new(Files.Rows("titles").Where(row => row.Length > 4 && row[4] == "journalist").Select(row => row[0]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural nouns that name a group of sources ("officials", "democrats"), and the plurals of titles ("advisers", "spokesmen").</summary>
    /// <summary>Nouns for a body of evidence ("exit polls", "data", "figures"), the source after "according to" that names no one.</summary>
    public static readonly HashSet<string> EvidenceNouns = Files.Words("evidence");

    /// <summary>Group nouns that are plural without an -s ("people", "police").</summary>
    public static readonly HashSet<string> UnmarkedPlurals = Files.Words("groups", "plural");

    public static readonly HashSet<string> GroupNouns = Files.Union(Files.Words("groups"), TitlePlurals(Files.Words("titles", "title")));

    /// <summary>"adviser" → "advisers", "secretary" → "secretaries", "spokesman" → "spokesmen".</summary>
    private static HashSet<string> TitlePlurals(IEnumerable<string> titles)
    {
        var plurals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var title in titles)
        {
            if (title.Length < 4) continue;
            if (title.EndsWith("man", StringComparison.Ordinal)) plurals.Add(title[..^3] + "men");
            else if (title.EndsWith('y') && !"aeiou".Contains(title[^2])) plurals.Add(title[..^1] + "ies");
            else if (title.EndsWith('s') || title.EndsWith("sh") || title.EndsWith("ch")) plurals.Add(title + "es");
            else plurals.Add(title + "s");
        }
        return plurals;
    }

    /// <summary>Lower-case particles of a name ("de", "van", "bin"), and those also joined to it by a hyphen ("al-Assad").</summary>
    public static readonly HashSet<string> NameParticles = Files.Words("name-particles");

    public static readonly HashSet<string> NamePrefixes = Files.Words("name-particles", "prefix");

    /// <summary>Lower-case last parts of describing compounds that are no participle ("Obama-era", "Chicago-style"; compound-tails.tsv).</summary>
    public static readonly HashSet<string> CompoundTails = Files.Words("compound-tails");

    /// <summary>Abbreviations whose period does not end a sentence ("Sen.", "Calif.").</summary>
    public static readonly HashSet<string> Abbreviations = Files.Words("abbreviations");

    private static readonly Dictionary<string, Gender> GivenNames = Files.Pairs("given-names")
        .ToDictionary(pair => pair.Word, pair => pair.Value switch { "f" => Gender.Female, "m" => Gender.Male, _ => Gender.Unknown }, StringComparer.Ordinal);

    public static IEnumerable<string> GivenNameList => GivenNames.Keys;

    /// <summary>The given names as a table that stays in the cache: asked of most capitalised words, the dictionary's look-ups mostly missed it.</summary>
    private static readonly GivenNameTable GivenNameGenders = new(GivenNames);

    /// <summary>Whether a word is a given name (given-names.tsv: "Nadia", and "Kim", whose gender varies).</summary>
    public static bool IsGivenName(ReadOnlySpan<char> name) => GivenNameGenders.Find(name) is not null;

    /// <summary>The usual gender of a given name ("Nadia" → female), or null when the lexicon does not know the name or its gender ("Kim").</summary>
    public static Gender? GivenNameGender(ReadOnlySpan<char> name) => GivenNameGenders.Find(name) is { } gender && gender != Gender.Unknown ? gender : null;

    /// <summary>Every word with a class, compared case-insensitively.</summary>
    internal static readonly IReadOnlyDictionary<string, WordClass> WordClasses = BuildClasses();

    // Static fields initialise in text order, and the sets this is made of come further up. A static readonly field, not
    // a lazy property: the optimised code reads it as a constant. Every word of every article is looked up here, and most
    // are not in it.
    private static readonly WordClassTable ClassTable = new(WordClasses);

    private static Dictionary<string, WordClass> BuildClasses()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Mark(IEnumerable<string> words, WordClass c)
        {
            foreach (var w in words) classes[w] = classes.GetValueOrDefault(w) | c;
        }
        Mark(Cues.Keys, WordClass.Cue);
        Mark(PhrasalCues.Keys, WordClass.PhrasalCue);
        Mark(["according"], WordClass.PhrasalCue); // "according to", matched by the parser itself
        Mark(VerbModifiers, WordClass.Modifier);
        Mark(TitleWords, WordClass.Title);
        Mark(OrganizationWords, WordClass.Organization);
        Mark(GroupNouns, WordClass.Group);
        Mark(Pronouns, WordClass.Pronoun);
        Mark(RelativePronouns, WordClass.Relative);
        Mark(Days, WordClass.DayOrMonth);
        Mark(Months, WordClass.DayOrMonth);
        Mark(PersonTitles, WordClass.PersonTitle);
        Mark(Nationalities, WordClass.Nationality);
        Mark(["the", "a", "an"], WordClass.Determiner);
        Mark(NameParticles, WordClass.NameParticle);
        return classes;
    }

    public static WordClass Classify(ReadOnlySpan<char> word) => ClassTable.Find(word, word.Length);

    /// <summary>The classes of the word of <paramref name="length"/> characters at <paramref name="start"/>: the table reads the text after it too, without a copy.</summary>
    public static WordClass ClassifyAt(string text, int start, int length) => ClassTable.Find(text.AsSpan(start), length);
}
