using System.Collections.Frozen;

namespace NewsBot.Dialogs.Language;

/// <summary>
/// The US state a party-and-state code names ("(D-Wis.)", "(R-S.C.)", "(D-NY)"): American news writes a member of
/// Congress so, and people ask for "the rep from wisconsin". AP style abbreviations and postal codes.
/// </summary>
public static class UsStates
{
    private static readonly FrozenDictionary<string, string> ByCode = Build();

    private static FrozenDictionary<string, string> Build()
    {
        var states = new (string Name, string Ap, string Postal)[]
        {
            ("Alabama", "Ala", "AL"), ("Alaska", "Alaska", "AK"), ("Arizona", "Ariz", "AZ"), ("Arkansas", "Ark", "AR"), ("California", "Calif", "CA"),
            ("Colorado", "Colo", "CO"), ("Connecticut", "Conn", "CT"), ("Delaware", "Del", "DE"), ("Florida", "Fla", "FL"), ("Georgia", "Ga", "GA"),
            ("Hawaii", "Hawaii", "HI"), ("Idaho", "Idaho", "ID"), ("Illinois", "Ill", "IL"), ("Indiana", "Ind", "IN"), ("Iowa", "Iowa", "IA"),
            ("Kansas", "Kan", "KS"), ("Kentucky", "Ky", "KY"), ("Louisiana", "La", "LA"), ("Maine", "Maine", "ME"), ("Maryland", "Md", "MD"),
            ("Massachusetts", "Mass", "MA"), ("Michigan", "Mich", "MI"), ("Minnesota", "Minn", "MN"), ("Mississippi", "Miss", "MS"), ("Missouri", "Mo", "MO"),
            ("Montana", "Mont", "MT"), ("Nebraska", "Neb", "NE"), ("Nevada", "Nev", "NV"), ("New Hampshire", "NH", "NH"), ("New Jersey", "NJ", "NJ"),
            ("New Mexico", "NM", "NM"), ("New York", "NY", "NY"), ("North Carolina", "NC", "NC"), ("North Dakota", "ND", "ND"), ("Ohio", "Ohio", "OH"),
            ("Oklahoma", "Okla", "OK"), ("Oregon", "Ore", "OR"), ("Pennsylvania", "Pa", "PA"), ("Rhode Island", "RI", "RI"), ("South Carolina", "SC", "SC"),
            ("South Dakota", "SD", "SD"), ("Tennessee", "Tenn", "TN"), ("Texas", "Tex", "TX"), ("Utah", "Utah", "UT"), ("Vermont", "Vt", "VT"),
            ("Virginia", "Va", "VA"), ("Washington", "Wash", "WA"), ("West Virginia", "WVa", "WV"), ("Wisconsin", "Wis", "WI"), ("Wyoming", "Wyo", "WY"),
        };
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, ap, postal) in states)
        {
            map[ap] = name;
            map[postal] = name;
            map[name.Replace(" ", "", StringComparison.Ordinal)] = name;
        }
        map["Texas"] = "Texas";
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Postal codes that are also English words or names people type ("in", "me", "or", "la"): never read as a state when typed.</summary>
    private static readonly FrozenSet<string> Words = new[] { "in", "me", "or", "oh", "ok", "hi", "id", "de", "la", "ma", "co", "al", "pa", "ga", "mo", "va", "wa", "ne", "mt", "ct", "ar", "md" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The state a typed two-letter code names ("ny", "NJ"), or null; codes that are words are none.</summary>
    public static string? OfTypedCode(string word) =>
        word.Length == 2 && !Words.Contains(word) && ByCode.TryGetValue(word, out var name) && word.Equals(PostalOf(name), StringComparison.OrdinalIgnoreCase) ? name : null;

    private static string? PostalOf(string name) => ByCode.Where(p => p.Value == name && p.Key.Length == 2 && p.Key.All(char.IsUpper)).Select(p => p.Key).FirstOrDefault();

    /// <summary>The state of a code in parentheses ("D-Wis.", "R-S.C.", "D-NY"), or null: the part after the party letter, its dots and spaces dropped.</summary>
    public static string? OfCode(string code)
    {
        var inside = code.Trim().Trim('(', ')');
        int dash = inside.IndexOf('-');
        if (dash != 1) return null;
        var state = inside[(dash + 1)..].Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return ByCode.GetValueOrDefault(state);
    }
}
