namespace NewsBot.Quotes;

/// <summary>"The museum, Mr. Obama said, would make visitors …": the attribution stands inside the statement, after a short opening.</summary>
internal sealed class MidSentenceAttribution : AttributionPattern
{
    public override string Name => "mid-sentence";

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        if (s.Subject is null || s.SubjectStart <= 1 || !v.IsPunct(s.SubjectStart - 1, ',') || !v.IsPunct(s.CueEnd + 1, ',') || s.Participle || v.IsPreposition(0) && !v.IsWord(0, "this"))
            return PatternResult.Pass;
        // "Time, Mr. Pence added, was on their side": one word may open the statement the attribution interrupts.
        if (s.Content.ContentBefore(s.SubjectStart - 1, minimumWords: 1) is not { } opening || QuoteRegionFinder.CountWords(v.Text, opening, atMost: 6) >= 6) return PatternResult.Pass;
        var inside = s.Make(s.Subject, s.MediumHereOrBefore, Name);
        inside.Pieces.Add(opening);
        int consumedTo = s.CueEnd;
        s.Content.AddRest(inside, s.CueEnd + 1, ref consumedTo);
        return PatternResult.Of(inside, consumedTo);
    }
}
