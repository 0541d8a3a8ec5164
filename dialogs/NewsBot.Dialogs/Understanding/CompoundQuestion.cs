using System.Text.RegularExpressions;

namespace NewsBot.Dialogs.Understanding;

/// <summary>
/// Two questions typed as one: "what did Holm say and where did he say it?", "who said the night shift is losing
/// drivers, and what else did she say". Split where "and" (or a comma, "then", "also") starts a new question, and
/// only when every part is a question on its own; words in quotation marks are never split.
/// </summary>
public static partial class CompoundQuestion
{
    private const int MostParts = 3;

    [GeneratedRegex(@"\s*[,;]?\s+(?:and|also|then|and then|and also)\s+(?=(?:what|whats|what's|where|wheres|where's|who|whos|who's|whom|how|when|why|which|did|does|is|was)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Joint();

    [GeneratedRegex(@"^\s*(?:what|whats|what's|where|wheres|where's|who|whos|who's|whom|how|when|why|which|did|does|do|is|was|tell me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionStart();

    [GeneratedRegex(@"^(where|when|why)\s*[?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareQuestionWord();

    /// <summary>The questions in this text, in order; the text itself when it is one question.</summary>
    public static IReadOnlyList<string> Parts(string question)
    {
        if (question.IndexOfAny(['"', '\u201c', '\u201d']) >= 0 || !QuestionStart().IsMatch(question)) return [question];
        var parts = Joint().Split(question).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count is < 2 or > MostParts) return [question];
        // "what did Wanjiru say and when?": a question word alone asks it of what was just said
        parts = parts.Select((p, i) => i > 0 && BareQuestionWord().IsMatch(p) ? $"{BareQuestionWord().Match(p).Groups[1].Value} did they say it" : p).ToList();
        // "who said the plan is cheap and is fast" is one question: each part must read as a question by itself
        if (parts.Any(p => Language.Words.Tokens(p).Count < 2 || QuestionReader.Read(p).Ask is Ask.Unknown)) return [question];
        return parts;
    }
}
