namespace NewsBot.Dialogs.Language;

/// <summary>
/// Names the medium a statement went out through (Twitter, a statement, an interview...) from
/// the engine's <c>Quote.Medium</c> or, when the engine left it empty, from the cue and sentence words.
/// </summary>
public static class MediumDetector
{
    private static readonly (string[] Clues, string Medium)[] Media =
    [
        (["tweet", "tweeted", "tweets", "twitter", "retweeted"], "Twitter"),
        (["facebook"], "Facebook"),
        (["instagram"], "Instagram"),
        (["statement", "statements", "communique", "release"], "a statement"),
        (["interview", "interviewed"], "an interview"),
        (["press conference", "news conference", "briefing", "press briefing"], "a press briefing"),
        (["told reporters", "spoke to reporters", "reporters"], "remarks to reporters"),
        (["speech", "rally", "address"], "a speech"),
        (["op-ed", "column", "essay", "wrote in"], "a written piece"),
        (["letter"], "a letter"),
        (["email", "e-mail"], "an email"),
        (["television", "tv", "broadcast", "podcast", "radio"], "a broadcast"),
        (["post", "posted", "blog"], "a post online"),
    ];

    /// <summary>The medium that words such as "tweeted" or "in a statement" point to, or null.</summary>
    public static string? FromWords(string words)
    {
        if (string.IsNullOrWhiteSpace(words)) return null;
        var folded = " " + string.Join(' ', Words.Tokens(words)) + " ";
        foreach (var (clues, medium) in Media)
            if (clues.Any(c => folded.Contains(" " + c + " ", StringComparison.Ordinal))) return medium;
        return null;
    }

    /// <summary>Words that say where something was said beyond the media above: a show, a hearing, a listener.</summary>
    private static readonly string[] VenueClues =
    [
        "interview", "show", "episode", "program", "programme", "appeared", "appearance", "conference", "briefing", "speech", "rally",
        "debate", "forum", "hearing", "town hall", "event", "meeting", "summit", "statement", "told", "wrote", "op-ed", "podcast",
        "radio", "television", "broadcast", "magazine", "newspaper", "post", "tweet", "twitter", "facebook", "instagram", "letter",
        "email", "video", "series", "speaking at", "speaking to", "addressing", "remarks",
    ];

    /// <summary>Whether these words (an attribution, a sentence near a quote) say where it was said.</summary>
    public static bool NamesAVenue(string words)
    {
        if (string.IsNullOrWhiteSpace(words)) return false;
        var folded = " " + string.Join(' ', Words.Tokens(words)) + " ";
        return VenueClues.Any(c => folded.Contains(" " + c + " ", StringComparison.Ordinal)) || FromWords(words) is not null;
    }

    /// <summary>True when a detected or engine-given medium is the one asked for.</summary>
    public static bool SameMedium(string? found, string wanted) =>
        found is not null && (string.Equals(found, wanted, StringComparison.OrdinalIgnoreCase) || FromWords(found) == wanted);
}
