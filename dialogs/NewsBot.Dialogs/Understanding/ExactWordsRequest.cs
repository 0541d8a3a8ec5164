using System.Text.RegularExpressions;

namespace NewsBot.Dialogs.Understanding;

/// <summary>
/// "Exact words?", "the full quote", "kerry's exact quote", "her actual words", "verbatim?", "word for word":
/// the words of a quote as the article writes them, of the quotes just shown or of the person named.
/// </summary>
public static partial class ExactWordsRequest
{
    public static Reading? Read(string question)
    {
        var text = question.Trim().TrimEnd('?', '.', '!', ' ');
        if (Alone().IsMatch(text)) return new Reading(Ask.Exact, text);
        if (Request().Match(text) is not { Success: true } match) return null;
        var who = match.Groups["who"].Value.Trim();
        if (who.Length == 0) return new Reading(Ask.Exact, text);
        return who.ToLowerInvariant() switch
        {
            "his" => new Reading(Ask.Exact, text) { SpeakerIsPronoun = true, PronounGender = NewsBot.Quotes.Gender.Male },
            "her" => new Reading(Ask.Exact, text) { SpeakerIsPronoun = true, PronounGender = NewsBot.Quotes.Gender.Female },
            "their" or "its" => new Reading(Ask.Exact, text) { SpeakerIsPronoun = true },
            _ => new Reading(Ask.Exact, text) { Speaker = who },
        };
    }

    [GeneratedRegex(@"^(?:and\s+|so\s+)?(?:verbatim|word\s+for\s+word|(?:the\s+)?(?:quote\s+)?in\s+full|(?:give\s+me\s+|show\s+me\s+)?(?:the\s+)?(?:exact|actual)\s+wording)(?:\s+please)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Alone();

    /// <summary>A lead-in, a possessor ("the australian pm's", "her"), a word of exactness and a word for what was said.</summary>
    [GeneratedRegex(@"^(?:and\s+|so\s+)?(?:what\s+(?:were|was|are|is)\s+|what'?s\s+|whats\s+|give\s+me\s+|show\s+me\s+|can\s+i\s+(?:get|have|see)\s+|i\s+need\s+)?(?:the\s+)?(?:(?<who>his|her|their|its)\s+|(?<who>[^\s].*?)['’]s?\s+)?(?:exact|full|whole|complete|actual|precise|verbatim|entire|original|direct)\s+(?:words?|quotes?|quotations?|wording|statements?|lines?|remarks?)(?:\s+please)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Request();
}
