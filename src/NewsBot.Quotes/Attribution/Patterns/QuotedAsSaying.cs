namespace NewsBot.Quotes;

/// <summary>
/// "State media quoted Kim as saying the test was a success", "The newspaper quoted a senior official as saying …": the one
/// quoted speaks; the one quoting (the agency, the paper) is where it was reported.
/// </summary>
internal sealed class QuotedAsSaying : AttributionPattern
{
    public override string Name => "quoted-as-saying";

    /// <summary>How far back from "as saying" the word "quoted" may stand: a name with its title or a described source.</summary>
    private const int LongestQuotedPhrase = 8;

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        if (!s.Participle || !s.HasContentAfter || !v.IsWord(s.CueIndex - 1, "as")) return PatternResult.Pass;
        int quoted = s.CueIndex - 2;
        while (quoted > 0 && s.CueIndex - quoted <= LongestQuotedPhrase && !IsQuoting(v, quoted))
        {
            if (!v.IsWord(quoted) || v[quoted].InQuote) return PatternResult.Pass;
            quoted--;
        }
        if (!IsQuoting(v, quoted) || quoted + 1 > s.CueIndex - 2) return PatternResult.Pass;
        var source = new SourceMention(new TextSpan(v[quoted + 1].Start, v[s.CueIndex - 2].End), null);
        var attribution = s.Make(source, s.MediumHereOrBefore, Name);
        s.Content.AddPiece(attribution, s.After, s.ContentEnd);
        return PatternResult.Of(attribution, s.ContentEnd - 1);
    }

    private static bool IsQuoting(SentenceView v, int i) => v.IsWord(i) && v.Lower(i) is "quoted" or "quotes" or "quoting";
}
