namespace NewsBot.Quotes;

/// <summary>"Limbaugh added:" closing a paragraph: what was said is the next paragraph (filled in once paragraphs are known).</summary>
internal sealed class CueColonNextParagraph : AttributionPattern
{
    public override string Name => "colon-next-paragraph";

    public override PatternResult Match(CueSite s)
    {
        if (s.Subject is null || !s.SawColon || s.After < s.View.Count) return PatternResult.Pass;
        var attribution = new Attribution
        {
            Paragraph = s.View.Sentence.Paragraph,
            Source = s.Subject,
            CueSpan = s.CueSpan,
            Cue = s.CueText.ToString(),
            Medium = s.Medium,
            ContentFollows = true,
            Rule = Name,
        };
        return PatternResult.Of(attribution, s.CueEnd);
    }
}
