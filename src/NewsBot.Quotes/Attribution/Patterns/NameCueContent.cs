namespace NewsBot.Quotes;

/// <summary>"Hua said (that) …", "Hua said: “…”", "the union urged members to …": the speaker, the cue, then what was said.</summary>
internal sealed class NameCueContent : AttributionPattern
{
    public override string Name => "name-cue-content";

    public override PatternResult Match(CueSite s)
    {
        if (s.Subject is null || !s.HasContentAfter) return PatternResult.Pass;
        var attribution = s.Make(s.Subject, s.MediumHereOrBefore, Name);
        s.Content.AddPiece(attribution, s.After, s.ContentEnd);
        return PatternResult.Of(attribution, s.ContentEnd - 1);
    }
}
