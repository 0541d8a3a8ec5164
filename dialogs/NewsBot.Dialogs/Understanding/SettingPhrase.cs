using System.Collections.Frozen;
using NewsBot.Dialogs.Language;

namespace NewsBot.Dialogs.Understanding;

/// <summary>
/// A phrase of time or occasion at the end of a question's topic or words ("… on the Sunday shows", "… in the
/// interview", "… at the rally", "… during the debate", "… last week"): where or when the words were said, a
/// filter on the quote's setting, never words the quote itself must hold.
/// </summary>
public static class SettingPhrase
{
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(["on", "in", "at", "during", "while", "before", "after", "via", "through"], StringComparer.Ordinal);

    /// <summary>Nouns that name an occasion or a channel of speech; the last word of a setting phrase is one of these.</summary>
    private static readonly FrozenSet<string> Occasions = FrozenSet.ToFrozenSet(
    [
        "show", "shows", "program", "programs", "programme", "programmes", "interview", "interviews", "rally", "rallies", "debate", "debates",
        "hearing", "hearings", "speech", "speeches", "conference", "conferences", "briefing", "briefings", "event", "events", "meeting", "meetings",
        "summit", "forum", "convention", "podcast", "broadcast", "appearance", "trail", "floor", "stage", "tv", "television", "radio", "air",
        "twitter", "facebook", "instagram", "statement", "letter", "op-ed", "column", "call", "session", "visit", "trip", "stop", "tour",
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "weekend", "morning", "afternoon", "evening", "night",
        "week", "month", "year", "today", "yesterday", "tonight",
    ], StringComparer.Ordinal);

    /// <summary>Time words that stand without a preposition ("last week", "yesterday").</summary>
    private static readonly FrozenSet<string> TimeLeads = FrozenSet.ToFrozenSet(["last", "this", "earlier", "yesterday", "today", "tonight"], StringComparer.Ordinal);

    /// <summary>Most words after the preposition ("on CBS's Face the Nation" is too specific to tell; "on the sunday shows" is not).</summary>
    private const int MostWords = 4;

    /// <summary>The words without a setting phrase at their end, and the phrase (null when there is none).</summary>
    public static (string Words, string? Setting) Split(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3 || !Occasions.Contains(Fold(parts[^1]))) return (words, null);
        if (TimeLeads.Contains(Fold(parts[^1]))) return (string.Join(' ', parts[..^1]), parts[^1]);
        for (int at = parts.Length - 2; at >= Math.Max(1, parts.Length - 1 - MostWords); at--)
        {
            var word = Fold(parts[at]);
            bool preposition = Prepositions.Contains(word);
            if (!preposition && !(TimeLeads.Contains(word) && at == parts.Length - 2)) continue;
            // the words keep at least one content word ("the plan on tuesday" keeps "the plan")
            if (Words.Keys(string.Join(' ', parts[..at])).Count == 0) return (words, null);
            return (string.Join(' ', parts[..at]), string.Join(' ', parts[(preposition ? at + 1 : at)..]));
        }
        return (words, null);
    }

    private static string Fold(string word) => Words.Fold(word).Trim('?', '.', '!', ',', '"', '\'');
}
