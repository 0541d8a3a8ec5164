using System.Text.RegularExpressions;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Understanding;

/// <summary>
/// "Export the quotes", "export quotes by Whitfield", "download the quotes as csv", "give me a
/// spreadsheet of the quotes", "her quotes in a spreadsheet": a request for the quotes as a file,
/// of everyone or of one person. A word of exporting (export, download, spreadsheet, csv, excel)
/// with a word for quotes, or such a word nearly alone; "who said the export ban…" is a question.
/// </summary>
public static partial class ExportRequest
{
    /// <summary>A message of at most this many words with an export word and no word for quotes still asks for the export ("export as csv").</summary>
    private const int MostWordsAlone = 3;

    private static readonly HashSet<string> NotPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "this", "the", "this article", "the article", "this story", "the story", "these articles", "the articles", "all articles",
        "all the articles", "every article", "all", "everyone", "everybody", "them", "it", "here",
    };

    public static Reading? Read(string question)
    {
        var text = question.Trim();
        if (!ExportWord().IsMatch(text)) return null;
        bool quotes = QuotesWord().IsMatch(text);
        if (!quotes && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MostWordsAlone) return null;
        var reading = new Reading(Ask.Export, text);
        if (Pronoun().Match(text) is { Success: true } pronoun)
            return reading with { SpeakerIsPronoun = true, PronounGender = pronoun.Groups[1].Value.ToLowerInvariant() switch { "her" => Gender.Female, "his" => Gender.Male, _ => Gender.Unknown } };
        var request = LeadIn().Replace(text, "");
        var who = Possessive().Match(request) is { Success: true } owner ? owner.Groups["who"].Value : Of().Match(text) is { Success: true } of ? of.Groups["who"].Value : null;
        who = who?.Trim().TrimEnd('?', '.', '!', ',').Trim();
        return who is { Length: > 0 } && !NotPeople.Contains(who) ? reading with { Speaker = who } : reading;
    }

    [GeneratedRegex(@"\b(?:export(?:ed|ing)?|download|spreadsheet|csv|excel|xlsx)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExportWord();

    [GeneratedRegex(@"\b(?:quotes?|quotations?|statements)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuotesWord();

    [GeneratedRegex(@"\b(his|her|their)\s+(?:quotes|quotations|statements)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    /// <summary>The request before what is asked for: "please export all of the", "can you give me the".</summary>
    [GeneratedRegex(@"^(?:(?:please|can\s+you|could\s+you|i\s+want\s+to|i'?d\s+like\s+to)\s+)*(?:export|download|get|give\s+me|send\s+me)?\s*(?:all\s+(?:of\s+)?)?(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    /// <summary>"Whitfield's quotes", "the mayor’s quotations" (after the lead-in).</summary>
    [GeneratedRegex(@"^(?<who>[^\s].*?)['’]s?\s+(?:quotes|quotations|statements)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    /// <summary>"quotes by Whitfield", "the quotes of the mayor as csv", "quotes from Dana Whitfield in a spreadsheet".</summary>
    [GeneratedRegex(@"\b(?:quotes|quotations|statements)\s+(?:by|from|of)\s+(?<who>.+?)(?:\s+(?:as|in|into|to)\s+(?:an?\s+)?(?:csv|spreadsheet|excel|file|xlsx)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Of();
}
