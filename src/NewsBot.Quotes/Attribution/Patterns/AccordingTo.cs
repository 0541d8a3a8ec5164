namespace NewsBot.Quotes;

/// <summary>"According to Hua, …" and "…, according to Hua.": the source after the phrase, the content on the other side.</summary>
internal sealed class AccordingTo : AttributionPattern
{
    public override string Name => "according-to";

    /// <summary>"according" followed by "to": the pipeline sends only these here.</summary>
    public static bool Opens(SentenceView v, int i) => v.Word(i).Equals("according", StringComparison.OrdinalIgnoreCase) && v.IsWord(i + 1, "to");

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        int i = s.CueIndex;
        bool opensSentence = i == 0 || (i == 1 && v.IsQuoteMark(0));
        var source = s.Speakers.SubjectAfter(i + 2, out int subjectEnd, allowAppositive: !opensSentence);
        // "according to exit polls", "according to a recent poll of Indiana voters" (where only "a" was read as a name's start):
        // a source in lower case up to its last noun of evidence, group or organisation.
        if ((source is null || subjectEnd == i + 2 && v.Lower(i + 2) is "the" or "a" or "an") && s.Speakers.PlainSourceAfter(i + 2, out int plainEnd) is { } plain)
        {
            source = plain;
            subjectEnd = plainEnd;
        }
        if (source is null) return PatternResult.Pass;
        var attribution = new Attribution
        {
            Paragraph = v.Sentence.Paragraph,
            Source = source,
            CueSpan = s.CueSpan,
            Cue = "according to",
            Rule = Name,
        };
        if (opensSentence)
        {
            int start = subjectEnd + 1;
            if (v.IsPunct(start, ',')) start++;
            int end = s.Content.ContentEnd(start);
            if (start >= end) return PatternResult.Pass;
            s.Content.AddPiece(attribution, start, end);
            return PatternResult.Of(attribution, end - 1);
        }
        int boundary = i - 1;
        if (!v.IsPunct(boundary, ',') && !v.IsPunct(boundary, '—')) boundary = i;
        if (s.Content.ContentBefore(boundary) is not { } before) return PatternResult.Pass;
        attribution.Pieces.Add(before);
        return PatternResult.Of(attribution, subjectEnd);
    }
}
