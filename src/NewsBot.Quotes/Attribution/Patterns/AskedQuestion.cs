namespace NewsBot.Quotes;

/// <summary>
/// "Asked if the plan had failed, …": a question put to someone the sentence names later, if at all; "Asked by Lauer whether …": Lauer's question.
/// The question ends at the first comma outside quotations; the answer follows.
/// </summary>
internal sealed class AskedQuestion : AttributionPattern
{
    public override string Name => "asked-question";

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        if (s.Subject is not null || !s.HasContentAfter || s.Cue.Lemma != "ask") return PatternResult.Pass;
        if (!(v.IsWord(s.After) && v.Lower(s.After) is "if" or "whether" or "about" or "how" or "what" or "why" or "who" or "whom" or "where" or "when" || s.Cue.Complement == CueComplement.PrepositionObject))
            return PatternResult.Pass;
        return Question(s, s.After, Name);
    }

    /// <summary>A statement that is a question put to someone (found by this rule or <see cref="PassiveAskedQuestion"/>).</summary>
    internal static bool IsQuestion(Attribution attribution) => attribution.Rule is "asked-question" or "asked-passive";

    /// <summary>The question from <paramref name="start"/> to the first comma outside quotations, asked by whoever "by" names after the cue.</summary>
    internal static PatternResult Question(CueSite s, int start, string rule)
    {
        var v = s.View;
        int questionEnd = start;
        while (questionEnd < s.ContentEnd && !(v.IsPunct(questionEnd, ',') && !v.InQuote(questionEnd))) questionEnd++;
        // "Asked by Matt Lauer whether she had practised her speech, …": the one who asked is named after "by".
        int by = s.CueIndex + 1;
        var asker = v.IsWord(by, "by") && v.IsWord(by + 1) && by + 1 < start
            ? s.Speakers.SubjectAfter(by + 1, out _, allowAppositive: false)
            : null;
        if (asker is not null && !v.IsCapitalized(by + 1) && !v.IsCapitalized(start - 1)) asker = null;
        var question = s.Make(asker, s.Medium, rule);
        s.Content.AddPiece(question, start, questionEnd);
        return PatternResult.Of(question, questionEnd - 1);
    }
}
