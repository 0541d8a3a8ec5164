namespace NewsBot.Quotes;

/// <summary>
/// "after Xi announced intentions to mediate": an event in a time clause, not a statement. Rules the cue out; a question the clause
/// reports is still one ("when Tapper asked whether Republicans would hold the House").
/// </summary>
internal sealed class TimeClauseEvent : AttributionPattern
{
    public override string Name => "time-clause";

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        if (s.Subject is null || !s.HasContentAfter || s.SawThat || s.SawColon || v.ContainsQuote(s.After, s.ContentEnd) || s.Cue.Lemma == "say") return PatternResult.Pass;
        bool timeClause = v.IsWord(s.SubjectStart - 1) && v.Lower(s.SubjectStart - 1) is "after" or "before" or "when" or "since" or "until" or "once" or "while";
        return timeClause && !AsksAQuestion(s) ? PatternResult.Reject : PatternResult.Pass;
    }

    private static bool AsksAQuestion(CueSite s)
    {
        var v = s.View;
        if (!v.IsWord(s.After)) return false;
        var first = v.Lower(s.After);
        return first is "if" or "whether" || s.Cue.Lemma == "ask" && first is "what" or "why" or "how" or "who";
    }
}
