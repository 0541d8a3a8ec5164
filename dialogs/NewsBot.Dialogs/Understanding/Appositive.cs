using NewsBot.Dialogs.Language;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Understanding;

/// <summary>
/// The words news puts around the mention that introduces a person: the titles and organisation
/// before the name ("Farmers' union chairman Piet Okonkwo"), and the appositive after it ("Maria
/// Costa, general secretary of the Transit Workers Union, …", "Omar Haddad (D-Eastport), who chairs
/// the oversight committee, …"). A party code in parentheses gives the party's word.
/// </summary>
public static class Appositive
{
    private const int MostWordsBefore = 6;
    private const int MostWordsAfter = 14;
    private const string Stops = ",.;:!?\"\u201c\u201d()\u2014\n";

    /// <summary>The folded words introducing the person named at <paramref name="mention"/>.</summary>
    public static List<string> Around(Article article, TextSpan mention)
    {
        var text = article.Text;
        if (mention.Start < 0 || mention.End > text.Length || mention.IsEmpty) return [];
        var words = new List<string>();
        int from = ClauseStart(text, mention.Start);
        words.AddRange(Before(text, from, mention.Start));
        // "The hospital's chief executive, Dr. Helen Marsh, apologised": the name is the appositive of what stands before it
        if (from > 0 && text[from - 1] == ',' && SkipSpaces(text, mention.End) is var after && after < text.Length && text[after] == ',')
            words.AddRange(Before(text, ClauseStart(text, from - 1), from - 1));
        words.AddRange(After(text, mention.End));
        return words;
    }

    /// <summary>Where the clause holding <paramref name="at"/> starts: after a punctuation mark (not the period of a title such as "Dr." or "Sen.").</summary>
    private static int ClauseStart(string text, int at)
    {
        int from = at;
        while (from > 0 && at - from < 80)
        {
            char c = text[from - 1];
            if (c == '.' && IsTitleAbbreviation(text, from - 1)) { from--; continue; }
            if (Stops.IndexOf(c) >= 0) break;
            from--;
        }
        return from;
    }

    /// <summary>Whether the period at <paramref name="dot"/> ends a short title ("Dr.", "Sen.", "Rep.").</summary>
    private static bool IsTitleAbbreviation(string text, int dot)
    {
        int start = dot;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text[start..dot];
        return word.Length is > 0 and <= 4 && SpeechLexicon.IsTitleOrRoleWord(Words.Fold(word));
    }

    /// <summary>The words of [from, start), after the last reporting verb ("said council leader Marta Jansen": council, leader).</summary>
    private static IEnumerable<string> Before(string text, int from, int start)
    {
        var tokens = Words.Tokens(text[from..start]);
        int lastVerb = tokens.FindLastIndex(t => SpeechLexicon.IsReportingVerb(t));
        return tokens.Skip(lastVerb + 1).TakeLast(MostWordsBefore);
    }

    /// <summary>What parentheses and a comma just after the name hold, up to the clause's end.</summary>
    private static IEnumerable<string> After(string text, int end)
    {
        var words = new List<string>();
        int at = SkipSpaces(text, end);
        if (at < text.Length && text[at] == '(')
        {
            int close = text.IndexOf(')', at);
            if (close > at && close - at < 60)
            {
                var inside = text[(at + 1)..close];
                if (RoleWords.PartyOfCode(inside) is { } party) words.Add(party);
                if (UsStates.OfCode(inside) is { } state) words.AddRange(Words.Tokens(state));
                words.AddRange(Words.Tokens(inside));
                at = SkipSpaces(text, close + 1);
            }
        }
        if (at < text.Length && text[at] == ',')
        {
            int stop = at + 1;
            while (stop < text.Length && Stops.IndexOf(text[stop]) < 0) stop++;
            words.AddRange(Words.Tokens(text[(at + 1)..stop]).Take(MostWordsAfter));
        }
        return words;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t') at++;
        return at;
    }
}
