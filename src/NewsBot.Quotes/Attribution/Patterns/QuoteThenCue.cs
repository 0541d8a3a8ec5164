namespace NewsBot.Quotes;

/// <summary>
/// The content first, then the cue and speaker: "“…,” Hua said." (<see cref="QuoteNameCue"/>) or
/// "“…,” said Hua at the briefing." (<see cref="QuoteCueNameSetting"/>); a quotation that goes on
/// after the attribution ("“…,” Hua added, “…”") continues the statement.
/// </summary>
internal abstract class QuoteThenCue : AttributionPattern
{
    protected abstract bool Inverted { get; }

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        if (s.ContentBeforeCue is not { } first || first.Inverted != Inverted) return PatternResult.Pass;
        int boundary = first.Boundary;
        if (!(v.IsPunct(boundary, ',') || v.IsQuoteMark(boundary) || v.IsPunct(boundary, '—') || v.IsPunct(boundary, '–') || v.IsPunct(boundary, ':'))) return PatternResult.Reject;
        if (s.Content.ContentBefore(boundary) is not { } before) return PatternResult.Reject;
        var result = s.Make(first.Source, first.Medium ?? s.Content.MediumBefore(s.CueIndex), Name);
        result.Pieces.Add(before);
        int consumedTo = s.CueEnd;
        s.Content.AddRest(result, first.After, ref consumedTo);
        return PatternResult.Of(result, consumedTo);
    }
}

/// <summary>"“…,” Hua said.", "“Why?” a narrator in the ad asks.": the speaker before the cue.</summary>
internal sealed class QuoteNameCue : QuoteThenCue
{
    public override string Name => "quote-name-cue";
    protected override bool Inverted => false;
}

/// <summary>"“…,” said Hua at the briefing.": the speaker after the cue, with a setting after the name.</summary>
internal sealed class QuoteCueNameSetting : QuoteThenCue
{
    public override string Name => "quote-cue-name-setting";
    protected override bool Inverted => true;
}
