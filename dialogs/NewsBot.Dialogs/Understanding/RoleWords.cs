using System.Collections.Frozen;
using NewsBot.Dialogs.Language;

namespace NewsBot.Dialogs.Understanding;

/// <summary>
/// How people describe a role in a question, against how news writes it: "the union boss" is the
/// union's general secretary, "the top prosecutor" the district attorney, "which lawmakers" the
/// senators and representatives. Words are compared as keys (<see cref="Words.Key"/> of the singular),
/// so "spokeswomen" and "Spokeswoman" are one word; two words name the same kind of role when they
/// share a group. Deliberately small and general: the engine's lexicon says what is a title at all.
/// </summary>
public static class RoleWords
{
    private static readonly string[][] Groups =
    [
        ["head", "leader", "chief", "boss", "director", "chair", "chairman", "chairwoman", "chairperson", "president", "commissioner",
            "secretary", "executive", "ceo", "superintendent", "administrator", "manager", "founder", "heads", "leads", "runs", "chairs"],
        ["spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen", "spokes", "press"],
        ["lawmaker", "legislator", "senator", "sen", "representative", "rep", "congressman", "congresswoman", "congressmember", "mp", "mep", "msp",
            "mla", "assemblyman", "assemblywoman", "assemblymember", "councilman", "councilwoman", "councillor", "councilor", "councilmember",
            "alderman", "politician", "legislature", "congress", "senate", "parliament", "delegate", "del"],
        ["prosecutor", "attorney", "da", "prosecution"],
        ["lawyer", "attorney", "counsel", "solicitor", "barrister", "advocate"],
        ["police", "cop", "officer", "sheriff", "constable", "trooper", "policeman", "policewoman", "detective", "inspector", "sergeant", "constabulary"],
        ["doctor", "physician", "dr", "surgeon", "medic"],
        ["judge", "justice", "magistrate", "court"],
        ["minister", "secretary"],
        ["expert", "analyst", "economist", "scholar", "researcher", "professor", "academic", "specialist", "scientist"],
        ["official", "officer", "administrator", "aide", "staffer", "adviser", "advisor"],
        ["governor", "gov"],
        ["union", "unions", "syndicate", "association", "federation", "guild"],
        ["democrat", "democratic", "dem", "dems"],
        ["republican", "gop"],
        ["company", "firm", "corporation", "business"],
    ];

    /// <summary>Role abbreviations as people type them ("the australian pm", "the ag"), written out as news writes the role.</summary>
    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pm"] = "prime minister", ["fm"] = "foreign minister", ["ag"] = "attorney general", ["vp"] = "vice president", ["dept"] = "department",
        ["spox"] = "spokesperson", ["sec"] = "secretary", ["secy"] = "secretary", ["supt"] = "superintendent", ["insp"] = "inspector",
        ["det"] = "detective", ["cllr"] = "councillor", ["mgr"] = "manager", ["pres"] = "president", ["govt"] = "government", ["exec"] = "executive",
        ["admin"] = "administration", ["chmn"] = "chairman", ["cmdr"] = "commander", ["lt"] = "lieutenant", ["sgt"] = "sergeant", ["prof"] = "professor",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A description with its abbreviated role words written out ("the australian pm's" → "the australian prime minister's").</summary>
    public static string Expanded(string typed)
    {
        var parts = typed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool changed = false;
        for (int i = 0; i < parts.Length; i++)
        {
            var bare = parts[i].ToLowerInvariant().TrimEnd('?', ',', '.');
            var possessive = bare.EndsWith("'s", StringComparison.Ordinal) || bare.EndsWith("’s", StringComparison.Ordinal);
            if (possessive) bare = bare[..^2];
            if (!Abbreviations.TryGetValue(bare, out var full) && (full = UsStates.OfTypedCode(bare)?.ToLowerInvariant()) is null) continue;
            parts[i] = possessive ? full + "'s" : full;
            changed = true;
        }
        return changed ? string.Join(' ', parts) : typed;
    }

    /// <summary>Words that only grade a role ("the top prosecutor", "a senior official"): a description means the same without them.</summary>
    private static readonly FrozenSet<string> Modifiers = new[]
    {
        "top", "senior", "main", "lead", "leading", "former", "ex", "current", "then", "new", "longtime", "veteran", "outgoing", "incoming", "acting", "interim", "big",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int[]> GroupsOfKey = BuildGroups();

    private static FrozenDictionary<string, int[]> BuildGroups()
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int g = 0; g < Groups.Length; g++)
            foreach (var word in Groups[g])
            {
                var key = KeyOf(word);
                if (!map.TryGetValue(key, out var list)) map[key] = list = [];
                if (!list.Contains(g)) list.Add(g);
            }
        return map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The key a role word is compared by: folded, singular, stemmed.</summary>
    public static string KeyOf(string word)
    {
        var folded = Words.Fold(word.Trim());
        if (folded.EndsWith("'s", StringComparison.Ordinal)) folded = folded[..^2];
        return Words.Key(Singular(folded.TrimEnd('\'')));
    }

    public static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "y"
        : word.EndsWith("men", StringComparison.Ordinal) && word.Length > 5 ? word[..^3] + "man"
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3 ? word[..^1] : word;

    /// <summary>Whether a word only grades a role ("top", "senior").</summary>
    public static bool IsModifier(string word) => Modifiers.Contains(word);

    /// <summary>Whether a role key is one of the groups' (then only the groups say what it is the same as: "rep" is no "republican").</summary>
    public static bool IsKnown(string key) => GroupsOfKey.ContainsKey(key);

    /// <summary>Whether two role keys name the same kind of role: the same key, or keys of one group.</summary>
    public static bool SameKind(string wantedKey, string roleKey)
    {
        if (wantedKey == roleKey) return true;
        if (!GroupsOfKey.TryGetValue(wantedKey, out var wanted) || !GroupsOfKey.TryGetValue(roleKey, out var role)) return false;
        foreach (var g in wanted)
            if (Array.IndexOf(role, g) >= 0) return true;
        return false;
    }

    /// <summary>The party a code in parentheses gives ("(D-Mass.)", "(R-Wis.)"), as a role word, or null.</summary>
    public static string? PartyOfCode(string code)
    {
        var folded = Words.Fold(code.Trim().Trim('(', ')'));
        if (folded.Length < 2 || !(folded[1] is '-' or '.' or ',' || folded.Length == 1)) return null;
        return folded[0] switch { 'd' => "democrat", 'r' => "republican", 'i' => "independent", _ => null };
    }
}
