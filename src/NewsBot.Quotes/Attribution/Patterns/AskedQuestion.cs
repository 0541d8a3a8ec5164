namespace NewsBot.Quotes;

/// <summary>
/// "Asked if the plan had failed, …": a question put to someone the sentence names later, if at all.
/// The question ends at the first comma outside quotations; the answer follows.
/// </summary>
internal sealed class AskedQuestion : AttributionPattern
{
    public override string Name => "asked-question";

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        if (s.Subject is not null || !s.HasContentAfter || s.Cue.Lemma != "ask") return PatternResult.Pass;
        if (!(v.IsWord(s.After) && v.Lower(s.After) is "if" or "whether" or "about" or "how" or "what" or "why" or "who" or "when" || s.Cue.Complement == CueComplement.PrepositionObject))
            return PatternResult.Pass;
        int questionEnd = s.After;
        while (questionEnd < s.ContentEnd && !(v.IsPunct(questionEnd, ',') && !v.InQuote(questionEnd))) questionEnd++;
        var question = s.Make(null, s.Medium, Name);
        s.Content.AddPiece(question, s.After, questionEnd);
        return PatternResult.Of(question, questionEnd - 1);
    }
}
