namespace NewsBot.Quotes;

/// <summary>"The museum, Mr. Obama said, would make visitors …": the attribution stands inside the statement, after an opening of its own.</summary>
internal sealed class MidSentenceAttribution : AttributionPattern
{
    public override string Name => "mid-sentence";

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        if (s.Subject is null || s.SubjectStart <= 1 || !v.IsPunct(s.SubjectStart - 1, ',') || !v.IsPunct(s.CueEnd + 1, ',') || s.Participle)
            return PatternResult.Pass;
        // "Time, Mr. Pence added, was on their side", "If the demands are not met, Mr. Taylor warned, supporters plan to leave": the opening may be a word or a clause.
        if (s.Content.ContentBefore(s.SubjectStart - 1, minimumWords: 1) is not { } opening) return PatternResult.Pass;
        int clause = ClauseStart(v, s.SubjectStart - 1, s.Earlier);
        if (DescribesTheSpeaker(v, clause) && !GoesOnLowercase(v, s.CueEnd + 2)) return PatternResult.Pass;
        if (clause > 0) opening = new TextSpan(Math.Max(opening.Start, v[clause].Start), opening.End);
        if (opening.IsEmpty) return PatternResult.Pass;
        var inside = s.Make(s.Subject, s.MediumHereOrBefore, Name);
        inside.Pieces.Add(opening);
        int consumedTo = s.CueEnd;
        s.Content.AddRest(inside, s.CueEnd + 1, ref consumedTo, statementGoesOn: true);
        return PatternResult.Of(inside, consumedTo);
    }

    /// <summary>
    /// The first token of the clause the attribution interrupts: after a dash, a semicolon, ", but" or ", and", or a statement
    /// found earlier in the sentence ("China had resisted such deals, but the pollution had become so bad, Mr. Obama noted, that …").
    /// </summary>
    private static int ClauseStart(SentenceView v, int comma, List<Attribution> earlier)
    {
        int earlierEnd = earlier.Count == 0 ? -1 : earlier[^1].Cover.End;
        for (int k = comma - 1; k > 0; k--)
        {
            if (v[k].Start < earlierEnd) return SkipConjunction(v, k + 1);
            if (v.InQuote(k)) continue;
            if (v.IsDash(k) || v.IsPunct(k, ';') || v.IsPunct(k, ',') && (v.IsWord(k + 1, "but") || v.IsWord(k + 1, "and"))) return SkipConjunction(v, k + 1);
        }
        return 0;
    }

    /// <summary>"Freeing her husband, he promised, was one of his priorities": the statement goes on in lower case, its subject the opening.</summary>
    private static bool GoesOnLowercase(SentenceView v, int rest)
    {
        if (v.IsQuoteMark(rest)) rest++;
        return v.IsWord(rest) && !v.IsCapitalized(rest);
    }

    /// <summary>
    /// "Reflecting on his career, the senator said, …", "Asked why, Earnest said, …", "When asked about it, she said, …": a participle
    /// clause tells what the speaker did or was asked, the writer's setting, not part of the statement.
    /// </summary>
    private static bool DescribesTheSpeaker(SentenceView v, int first)
    {
        if (v.IsWord(first) && Lexicon.SubordinatorLookup.Contains(v.Lower(first))) first++;
        if (!v.IsWord(first) || v.InQuote(first)) return false;
        var word = v.Lower(first);
        return word is "asked" || word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && !v.IsPreposition(first);
    }

    private static int SkipConjunction(SentenceView v, int k) => v.IsWord(k, "but") || v.IsWord(k, "and") ? k + 1 : k;
}
