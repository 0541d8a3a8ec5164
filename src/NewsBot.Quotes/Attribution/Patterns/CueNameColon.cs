namespace NewsBot.Quotes;

/// <summary>
/// "Said Ellis: “…”", "Added Marta Quillon, a Republican tax consultant: “…”": an inverted cue opens the sentence, the speaker
/// follows it, and a colon introduces what was said, to the sentence's end.
/// </summary>
internal sealed class CueNameColon : AttributionPattern
{
    public override string Name => "cue-name-colon";

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        if (s.CueIndex != FirstWord(v) || !v.IsCapitalized(s.CueIndex) || s.CueIndex != s.CueEnd || s.Participle) return PatternResult.Pass;
        if (s.Speakers.SubjectAfter(s.CueEnd + 1, out int end) is not { } speaker || !v.IsPunct(end + 1, ':') || end + 2 >= v.Count) return PatternResult.Pass;
        var attribution = s.Make(speaker, s.Medium, Name);
        s.Content.AddPiece(attribution, end + 2, v.Count);
        return attribution.Pieces.Count == 0 ? PatternResult.Pass : PatternResult.Of(attribution, v.Count - 1);
    }

    /// <summary>The sentence's first word, past any opening quotation mark or dash.</summary>
    private static int FirstWord(SentenceView v)
    {
        int i = 0;
        while (i < v.Count && !v.IsWord(i)) i++;
        return i;
    }
}
