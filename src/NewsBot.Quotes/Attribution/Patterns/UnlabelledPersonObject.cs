namespace NewsBot.Quotes;

/// <summary>
/// "The club dismissed head coach Tunde Okafor on Monday": a cue that reports of a person only with the label it gives
/// ("dismissed her as naive") is a deed when its object is a person and no "as" follows; "dismissed the claims" and
/// "dismissed Ruiz's proposal" still report.
/// </summary>
internal sealed class UnlabelledPersonObject : AttributionPattern
{
    public override string Name => "unlabelled-person";

    public override PatternResult Match(CueSite s)
    {
        if (!Lexicon.PersonNeedsLabelCues.Contains(s.Cue.Lemma) || s.SawThat || s.SawColon) return PatternResult.Pass;
        var v = s.View;
        if (s.Speakers.SubjectAfter(s.After, out int end, allowAppositive: false) is not { } person) return PatternResult.Pass;
        int first = Token(v, person.Span.Start);
        if (first < 0 || !NamesSomeone(v, first, end)) return PatternResult.Pass;
        for (int k = end + 1; k < v.Count && !v.EndsClause(k); k++)
            if (v.IsWord(k, "as")) return PatternResult.Pass;
        return PatternResult.Reject;
    }

    /// <summary>
    /// "head coach Tunde Okafor", "Okafor": a name among the words, not only lower-case ones ("the claims"), and no one's
    /// possession ("the Environmental Protection Agency’s Clean Power Plan" is a thing).
    /// </summary>
    private static bool NamesSomeone(SentenceView v, int first, int end)
    {
        bool capitalised = false;
        for (int k = first; k <= end; k++)
        {
            if (v.IsPossessive(k)) return false;
            capitalised |= v.IsCapitalized(k);
        }
        return capitalised;
    }

    private static int Token(SentenceView v, int position)
    {
        for (int t = 0; t < v.Count; t++)
            if (v[t].Start == position) return t;
        return -1;
    }
}
