namespace NewsBot.Quotes;

/// <summary>"…, saying …", "after warning that …": a participle shares the speaker of the sentence's main clause.</summary>
internal sealed class ParticipleClause : AttributionPattern
{
    public override string Name => "participle";

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        if (s.Subject is not null || !s.Participle || !s.HasContentAfter) return PatternResult.Pass;
        if (!(v.AfterComma(s.CueIndex) || v.IsWord(s.CueIndex - 1) && v.Lower(s.CueIndex - 1) is "by" or "for" or "after" or "before" or "while" or "when" or "without" or "despite"))
            return PatternResult.Pass;
        var owner = s.Earlier.LastOrDefault();
        // "“…,” she said, pointing to the water line on the wall": after a quotation the speaker points, the words were the quotation.
        if (owner is not null && s.CueText.StartsWith("pointing", StringComparison.OrdinalIgnoreCase) && StartsWithQuotation(v, owner)) return PatternResult.Reject;
        var inherited = owner?.Source ?? s.Speakers.SentenceInitialSubject(s.CueIndex);
        if (inherited is null && owner is null) return PatternResult.Reject;
        var attribution = s.Make(inherited, s.Medium, Name);
        attribution.InheritsFrom = inherited is null ? owner : null;
        s.Content.AddPiece(attribution, s.After, s.ContentEnd);
        return PatternResult.Of(attribution, s.ContentEnd - 1);
    }

    private static bool StartsWithQuotation(SentenceView v, Attribution owner)
        => owner.Pieces.Count > 0 && v.RegionAt(owner.Pieces[0].Start) is { } region && region.Outer.Start == owner.Pieces[0].Start;
}
