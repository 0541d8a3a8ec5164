namespace NewsBot.Quotes;

/// <summary>'"… Europe must be ready." French President Hollande said Friday.': the quotation closed the sentence before.</summary>
internal sealed class QuotationBeforeSentence : AttributionPattern
{
    public override string Name => "quotation-before-sentence";

    public override PatternResult Match(CueSite s)
    {
        if (s.ContentBeforeCue is not { Boundary: < 0 } first || s.Content.QuotationJustBefore() is not { } previous) return PatternResult.Pass;
        var closing = s.Make(first.Source, first.Medium ?? s.Content.MediumBefore(s.CueIndex), Name);
        closing.Pieces.Add(previous.Outer);
        return PatternResult.Of(closing, s.CueEnd);
    }
}
