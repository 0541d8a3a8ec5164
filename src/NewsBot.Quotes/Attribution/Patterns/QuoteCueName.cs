namespace NewsBot.Quotes;

/// <summary>"“…,” said Hua." / "“…,” said Kirby, the spokesman." / "“…,” said Hua on Tuesday.": the cue inverted after the quotation.</summary>
internal sealed class QuoteCueName : AttributionPattern
{
    public override string Name => "quote-cue-name";

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        if (s.Subject is not null || !(v.IsQuoteMark(s.CueIndex - 1) || v.IsPunct(s.CueIndex - 1, ',')) || s.Participle) return PatternResult.Pass;
        // "shouted to the crowd", "said of the mayor": what follows the preposition is a listener or a topic, not the speaker.
        if (s.Cue.Complement == CueComplement.PrepositionObject) return PatternResult.Pass;
        if (s.Speakers.SubjectAfter(s.CueEnd + 1, out int invertedEnd) is not { } inverted) return PatternResult.Pass;
        invertedEnd = s.Speakers.PartyLabelEnd(s.Speakers.RoleComplementEnd(invertedEnd));
        if (!v.EndsClause(s.Speakers.TimeAfterName(invertedEnd + 1))) return PatternResult.Pass;
        var quoted = s.Content.ContentBefore(s.CueIndex - 1);
        if (quoted is null) return PatternResult.Reject;
        var inversion = s.Make(inverted, s.Medium, Name);
        inversion.Pieces.Add(quoted.Value);
        int consumedTo = s.CueEnd;
        s.Content.AddRest(inversion, invertedEnd + 1, ref consumedTo);
        return PatternResult.Of(inversion, consumedTo);
    }
}
