namespace NewsBot.Quotes;

/// <summary>
/// "Experts on North Korea said", "Farmers in the valley said": a plural for people and the preposition that
/// qualifies it. Read by the subject finder, which splits the phrase, and by the resolver, which names the group.
/// </summary>
internal static class QualifiedGroups
{
    /// <summary>"on", "in", "at", "from", "across", "around": a preposition that qualifies a group by topic or place.</summary>
    public static bool IsQualifyingPreposition(ReadOnlySpan<char> lower) => lower is "on" or "in" or "at" or "from" or "across" or "around";

    /// <summary>Whether a text opens with such a preposition and goes on ("in the valley").</summary>
    public static bool OpensWithQualifyingPreposition(string text)
    {
        int space = text.IndexOf(' ');
        return space > 0 && IsQualifyingPreposition(text.AsSpan(0, space));
    }

    /// <summary>"bakers", "teachers", "economists", "residents": a plural for people by what they do.</summary>
    public static bool NamesDoers(ReadOnlySpan<char> word) =>
        word.Length > 5 && (word.EndsWith("ers") || word.EndsWith("ors") || word.EndsWith("ists") || word.EndsWith("ants") || word.EndsWith("ents") || word.EndsWith("ians"));
}
