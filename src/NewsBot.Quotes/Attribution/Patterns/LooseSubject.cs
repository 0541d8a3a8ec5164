namespace NewsBot.Quotes;

/// <summary>
/// "All the experts I interviewed said …", "Another 19 percent said …": no clean noun phrase before
/// the cue, but a short phrase from the clause's start that names someone, or, when the cue plainly
/// reports ("says", "… that", a quotation), any short phrase. Otherwise no statement is claimed:
/// a quote without a trustworthy speaker answers no "who said" question.
/// </summary>
internal sealed class LooseSubject : AttributionPattern
{
    public override string Name => "loose-subject";

    public override PatternResult Match(CueSite s)
    {
        if (s.Subject is not null || !s.HasContentAfter || s.Participle) return PatternResult.Pass;
        bool plainlyReported = s.SawThat || s.SawColon || s.View.IsQuoteMark(s.After) || s.Cue.Lemma == "say";
        if (s.Speakers.FallbackSubject(s.CueIndex, plainlyReported) is not { } fallback) return PatternResult.Pass;
        var attribution = s.Make(fallback, s.Medium, Name);
        s.Content.AddPiece(attribution, s.After, s.ContentEnd);
        return PatternResult.Of(attribution, s.ContentEnd - 1);
    }
}
