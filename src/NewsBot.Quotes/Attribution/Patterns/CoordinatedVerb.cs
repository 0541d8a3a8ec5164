namespace NewsBot.Quotes;

/// <summary>"Police arrested a man and said a curfew would continue": the verbs share the subject.</summary>
internal sealed class CoordinatedVerb : AttributionPattern
{
    public override string Name => "coordinated-verb";

    public override PatternResult Match(CueSite s)
    {
        if (s.Subject is not null || !s.HasContentAfter || s.Speakers.CoordinatedSubject(s.CueIndex, s.Earlier) is not { } shared) return PatternResult.Pass;
        var attribution = s.Make(shared, s.Medium, Name);
        s.Content.AddPiece(attribution, s.After, s.ContentEnd);
        return PatternResult.Of(attribution, s.ContentEnd - 1);
    }
}
