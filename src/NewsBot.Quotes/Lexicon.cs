using System.Collections.Frozen;

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
}

/// <summary>The words news writing uses to report speech, and the words that make up speakers' names and roles.</summary>
internal static class Lexicon
{
    public static readonly Dictionary<string, CueVerb> Cues = BuildCues();

    /// <summary><see cref="Cues"/> for a word read as a slice of the text.</summary>
    public static readonly Dictionary<string, CueVerb>.AlternateLookup<ReadOnlySpan<char>> CueLookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, CueVerb> BuildCues()
    {
        var cues = new Dictionary<string, CueVerb>(StringComparer.OrdinalIgnoreCase);
        void Add(CueComplement complement, string forms, bool listener = false, string? medium = null)
        {
            var parts = forms.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var verb = new CueVerb(parts[0], complement, listener, medium);
            foreach (var form in parts) cues[form] = verb;
        }
        void Regular(CueComplement complement, string lemmas, bool listener = false)
        {
            foreach (var lemma in lemmas.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                Add(complement, string.Join(' ', Inflect(lemma)), listener);
        }

        Add(CueComplement.Clause, "say says said saying");
        Add(CueComplement.Clause, "tell tells told telling", listener: true);
        Add(CueComplement.Clause, "write writes wrote written writing");
        Add(CueComplement.Clause, "tweet tweets tweeted tweeting", medium: "Twitter");
        Add(CueComplement.Clause, "post posts posted posting", medium: "a post");
        Add(CueComplement.Clause, "testify testifies testified testifying", medium: "testimony");
        Add(CueComplement.Clause, "reply replies replied replying");
        Add(CueComplement.Clause, "deny denies denied denying");
        Add(CueComplement.Clause, "quip quips quipped quipping");
        Add(CueComplement.Clause, "admit admits admitted admitting");
        Add(CueComplement.Clause, "retort retorts retorted");
        Add(CueComplement.ClauseOrObject, "tout touts touted touting");
        Regular(CueComplement.Clause,
            "add note argue claim insist state declare explain warn suggest respond continue recall predict promise vow " +
            "complain concede confirm acknowledge emphasize emphasise stress remark joke counter charge allege contend assert observe " +
            "conclude report boast lament mention reiterate repeat scoff answer shout yell muse caution estimate " +
            "maintain agree disagree reason hint speculate recount reveal disclose " +
            "acknowledge complain assure inform remind advise");
        Regular(CueComplement.ClauseOrObject, "urge criticize criticise praise blast slam condemn accuse demand question dismiss reject " +
            "describe cite applaud decry defend echo thank mock ridicule");
        Regular(CueComplement.ClauseOrObject, "announce ask talk comment refer allude object elaborate rail advocate discuss propose " +
            "recommend challenge highlight pitch offer credit blame dispute detail outline grumble brag lobby");
        // "called the charges unsubstantiated": a label is a statement; "called the police" is not (too short).
        Regular(CueComplement.ClauseOrObject, "call");
        Regular(CueComplement.ClauseOrObject, "vow pledge threaten refuse liken compare label brand dub");
        Regular(CueComplement.Clause, "chant scream exclaim plead beg mutter whisper cry wonder");
        Regular(CueComplement.ClauseOrObject, "characterize characterise laud hail commend");
        Regular(CueComplement.QuoteOrThat, "rule");
        Add(CueComplement.Clause, "sing sings sang sung singing");
        cues["told"] = cues["told"] with { TakesListener = true };
        foreach (var form in Inflect("remind").Concat(Inflect("assure")).Concat(Inflect("inform")).Concat(Inflect("advise")).Concat(Inflect("warn")).Concat(Inflect("urge")).Concat(Inflect("ask")))
            cues[form] = cues[form] with { TakesListener = true };
        return cues;
    }

    private static IEnumerable<string> Inflect(string lemma)
    {
        yield return lemma;
        bool e = lemma.EndsWith('e');
        bool y = lemma.EndsWith('y') && !"aeiou".Contains(lemma[^2]);
        bool doubled = lemma is "admit" or "quip" or "regret" or "commit" or "omit";
        string stem = doubled ? lemma + lemma[^1] : lemma;
        yield return y ? lemma[..^1] + "ies" : lemma.EndsWith('s') || lemma.EndsWith("sh") || lemma.EndsWith("ch") ? lemma + "es" : lemma + "s";
        yield return y ? lemma[..^1] + "ied" : e ? lemma + "d" : stem + "ed";
        yield return e && !lemma.EndsWith("ee") ? lemma[..^1] + "ing" : stem + "ing";
    }

    /// <summary>Particles that turn a verb into a reporting phrase ("pointed to", "called for", "spoke out against").</summary>
    public static readonly Dictionary<string, string[]> PhrasalCues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["point"] = ["to", "out"], ["points"] = ["to", "out"], ["pointed"] = ["to", "out"], ["pointing"] = ["to", "out"],
        ["call"] = ["for", "on"], ["calls"] = ["for", "on"], ["called"] = ["for", "on"], ["calling"] = ["for", "on"],
        ["speak"] = ["out", "about", "of"], ["speaks"] = ["out", "about", "of"], ["spoke"] = ["out", "about", "of"], ["speaking"] = ["out", "about", "of"],
        ["went"] = ["on"], ["goes"] = ["on"], ["go"] = ["on"],
        ["put"] = ["it"], ["puts"] = ["it"],
    };

    public static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> PhrasalCueLookup = PhrasalCues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Cues whose content may be an infinitive: "vowed to form a task force", "urged voters to stay home".</summary>
    public static readonly HashSet<string> InfinitiveCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "vow", "promise", "pledge", "threaten", "agree", "refuse", "urge", "warn", "ask", "demand", "claim", "tell", "call",
    };

    /// <summary>"talked about", "warned of", "commented on", "pointed to", "called for", "argued against": the object is what was said.</summary>
    public static readonly HashSet<string> ReportingPrepositions = new(StringComparer.OrdinalIgnoreCase) { "about", "of", "on", "to", "for", "against" };

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingPrepositionLookup = ReportingPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs whose following preposition introduces a listener or a place, not a topic ("said to the crowd").</summary>
    public static readonly HashSet<string> NoPrepositionalCue = new(StringComparer.OrdinalIgnoreCase) { "say", "tell", "add", "write", "post", "tweet", "report", "respond", "reply", "continue", "state" };

    // Built on first use: static fields initialise in text order, and the sets come further down.
    // Frozen: every word of every article is looked up here, and most are not in it.
    private static FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>>? _classLookup;

    private static FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> ClassLookup =>
        _classLookup ??= BuildClasses().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

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
        Mark(TitledPeople.PersonTitles, WordClass.Title);
        Mark(OrganizationWords, WordClass.Organization);
        Mark(GroupNouns, WordClass.Group);
        Mark(Pronouns, WordClass.Pronoun);
        Mark(RelativePronouns, WordClass.Relative);
        return classes;
    }

    public static WordClass Classify(ReadOnlySpan<char> word) => ClassLookup.TryGetValue(word, out var c) ? c : WordClass.None;

    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i", "you" };

    public static readonly HashSet<string> RelativePronouns = new(StringComparer.OrdinalIgnoreCase) { "who", "which", "that" };

    /// <summary>Words that may stand between a speaker and the verb: auxiliaries, negation, adverbs of time and manner.</summary>
    public static readonly HashSet<string> VerbModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "was", "were", "is", "are", "been", "be", "would", "will", "could", "should", "might", "may", "must",
        "did", "does", "do", "not", "never", "also", "later", "earlier", "previously", "repeatedly", "again", "then", "once",
        "recently", "publicly", "privately", "reportedly", "already", "further", "often", "frequently", "first",
        "still", "even", "just", "now", "too", "simply", "flatly", "separately", "subsequently", "immediately", "initially",
        "yesterday", "today", "tonight", "last", "week", "month", "year", "morning", "afternoon", "evening", "night",
        "on", "in", "at", "during", "this", "past", "late", "early", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "twitter", "facebook", "instagram", "a", "an", "the", "statement", "interview",
        "tweet", "post", "speech", "rally", "briefing", "conference", "news", "press", "email", "phone", "call", "recent",
        "radio", "television", "tv", "broadcast", "sunday's", "told", "reporters", "long", "widely", "consistently",
        "haven't", "hasn't", "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "isn't", "wasn't", "can't", "couldn't",
        "haven’t", "hasn’t", "hadn’t", "didn’t", "doesn’t", "don’t", "won’t", "wouldn’t", "isn’t", "wasn’t", "can’t", "couldn’t",
    };

    public static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "vice", "senator", "sen", "rep", "representative", "gov", "governor", "secretary", "minister", "prime",
        "spokesperson", "spokesman", "spokeswoman", "chairman", "chairwoman", "chair", "director", "adviser", "advisor",
        "aide", "ambassador", "mayor", "judge", "justice", "attorney", "general", "gen", "lt", "col", "mr", "mrs", "ms",
        "miss", "dr", "prof", "professor", "ceo", "founder", "chief", "executive", "leader", "candidate", "nominee",
        "manager", "strategist", "analyst", "economist", "official", "officer", "commissioner", "speaker", "host", "anchor",
        "reporter", "correspondent", "editor", "columnist", "author", "historian", "pollster", "lawmaker", "congressman",
        "congresswoman", "councilman", "councilwoman", "sheriff", "detective", "prosecutor", "lawyer", "pastor", "rev",
        "bishop", "pope", "king", "queen", "prince", "premier", "chancellor", "deputy", "former", "head", "member",
        "coordinator", "consultant", "surrogate", "sgt", "capt", "adm", "maj", "supt", "hon", "gop", "democratic",
        "republican", "presidential", "first", "lady", "senior", "assistant", "press", "national", "foreign", "state",
        "campaign", "chairperson", "commander", "activist", "businessman", "businesswoman", "billionaire", "star", "actor",
        "actress", "comedian", "singer", "rapper", "entrepreneur", "investor", "founder", "scholar", "expert", "researcher",
        "scientist", "doctor", "physician", "nurse", "teacher", "student", "resident", "voter", "supporter", "critic",
        "delegate", "organizer", "volunteer", "owner", "partner", "counsel", "clerk", "trooper", "agent", "inspector",
        "auditor", "treasurer", "captain", "coach", "envoy", "sergeant", "corporal", "farmer", "pilot", "chef", "officer", "comptroller", "controller", "whip", "majority", "minority", "ranking", "u.s.", "us",
    };

    public static readonly HashSet<string> OrganizationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "administration", "ministry", "department", "council", "house", "committee", "party", "campaign", "times", "post",
        "journal", "news", "network", "agency", "inc", "corp", "corporation", "company", "association", "university",
        "institute", "foundation", "center", "centre", "commission", "office", "bureau", "court", "congress", "senate",
        "police", "army", "government", "group", "union", "organization", "organisation", "board", "fund", "bank",
        "reuters", "cnn", "msnbc", "fox", "nbc", "abc", "cbs", "npr", "bbc", "ap", "afp", "pentagon", "kremlin", "fbi", "cia",
        "nato", "un", "eu", "gop", "dnc", "rnc", "navy", "tribune", "herald", "gazette", "magazine", "press", "review",
        "daily", "weekly", "media", "television", "radio", "times", "telegraph", "guardian", "economist", "bloomberg",
        "breitbart", "politico", "axios", "hill", "examiner", "enquirer", "observer", "chronicle", "poll", "survey",
        "study", "report", "statement", "caucus", "coalition", "alliance", "federation", "league", "society", "club",
        "project", "initiative", "pac", "super", "lab", "labs", "institution", "authority", "service", "services", "embassy",
        "parliament", "assembly", "legislature", "cabinet", "regime", "kremlin", "state", "states", "nations", "republic",
        "academy", "school", "college", "hospital", "clinic", "firm", "group", "llc", "ltd", "co", "industries", "motors",
        "airlines", "times", "sun", "globe", "mirror", "express", "independent", "insider", "beast", "street",
    };

    public static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "republicans", "democrats", "critics", "experts", "analysts", "supporters", "aides", "voters",
        "lawmakers", "leaders", "sources", "people", "residents", "protesters", "advocates", "members", "staffers",
        "observers", "economists", "investigators", "authorities", "prosecutors", "diplomats", "scientists", "researchers",
        "documents", "activists", "allies", "opponents", "strategists", "pollsters", "donors", "delegates", "senators",
        "conservatives", "liberals", "progressives", "organizers", "witnesses", "police", "agents", "students", "parents",
        "workers", "employees", "executives", "insiders", "americans", "others", "many", "some", "both", "observers",
        "administration", "campaign", "spokespeople", "representatives", "participants", "respondents", "doctors", "lawyers",
        "attorneys", "historians", "commentators", "pundits", "journalists", "reporters", "fans", "users", "followers",
        "source", "person", "witness", "insider", "observer", "listeners", "viewers", "readers", "callers", "residents",
    };
}
