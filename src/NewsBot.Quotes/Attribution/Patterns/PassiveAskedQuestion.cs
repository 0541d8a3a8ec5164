namespace NewsBot.Quotes;

/// <summary>
/// "Rubio was asked by moderator Gerard Baker whether …", "Holm was repeatedly asked if …": the question is the
/// asker's (named after "by", or no one), never the subject's, who was only asked it.
/// </summary>
internal sealed class PassiveAskedQuestion : AttributionPattern
{
    /// <summary>How far after "by" the question word may stand: the asker's name with a title or two before it.</summary>
    private const int AskerWords = 8;

    public override string Name => "asked-passive";

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        if (s.Cue.Lemma != "ask" || !CueMatcher.AfterBe(v, s.CueIndex) || !IntroducesQuestion(v, s.CueIndex + 1)) return PatternResult.Pass;
        int start = QuestionWordAfter(v, s.CueIndex + 1);
        return start < 0 || start >= s.ContentEnd ? PatternResult.Reject : AskedQuestion.Question(s, start, Name);
    }

    /// <summary>Right after the cue, or after the asker ("by Baker") and a setting ("on Monday"): a question word.</summary>
    internal static bool IntroducesQuestion(SentenceView v, int i) => QuestionWordAfter(v, i) >= 0;

    /// <summary>
    /// The question word at or a few words after <paramref name="i"/> with no comma or quotation between, or -1;
    /// "was asked to leave when …" is a request, and its "when" no question.
    /// </summary>
    private static int QuestionWordAfter(SentenceView v, int i)
    {
        for (int j = i; j < v.Count && j - i <= AskerWords && v.IsWord(j) && !v.InQuote(j) && !v.IsWord(j, "to"); j++)
            if (OpensQuestion(v, j)) return j;
        return -1;
    }

    private static bool OpensQuestion(SentenceView v, int i) => v.Lower(i) is "if" or "whether" or "how" or "what" or "why" or "when";
}
