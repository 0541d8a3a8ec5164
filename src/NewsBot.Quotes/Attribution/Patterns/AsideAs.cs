namespace NewsBot.Quotes;

/// <summary>"Hawaii, as one of the advisers pointed out, rarely gets two hurricanes": the statement is the sentence around the aside.</summary>
internal sealed class AsideAs : AttributionPattern
{
    public override string Name => "aside-as";

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        if (s.Subject is null || !v.IsWord(s.SubjectStart - 1, "as") || !(v.IsPunct(s.CueEnd + 1, ',') || v.EndsClause(s.CueEnd + 1))) return PatternResult.Pass;
        var aside = s.Make(s.Subject, s.Medium, Name);
        int open = v.IsPunct(s.SubjectStart - 2, ',') ? s.SubjectStart - 2 : s.SubjectStart - 1;
        if (open > 0) s.Content.AddPiece(aside, 0, open);
        int resume = v.IsPunct(s.CueEnd + 1, ',') ? s.CueEnd + 2 : s.CueEnd + 1;
        int resumeEnd = s.Content.ContentEnd(resume);
        s.Content.AddPiece(aside, resume, resumeEnd);
        return aside.Pieces.Count > 0 ? PatternResult.Of(aside, resumeEnd - 1) : PatternResult.Reject;
    }
}
