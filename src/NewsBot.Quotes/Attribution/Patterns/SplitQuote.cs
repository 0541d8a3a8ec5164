namespace NewsBot.Quotes;

/// <summary>"“It is a good day,” Okafor said, “we are broke.”": one statement split by its attribution, in two pieces.</summary>
internal sealed class SplitQuote : AttributionPattern
{
    public override string Name => "split-quote";

    public override PatternResult Match(CueSite s)
    {
        var v = s.View;
        if (s.Subject is null || !s.HasContentAfter || !s.ClosesQuotation || !(v.IsQuoteMark(s.After) || s.After < v.Count && v.InQuote(s.After))) return PatternResult.Pass;
        if (s.Content.ContentBefore(s.SubjectStart - 1) is not { } before) return PatternResult.Pass;
        // "Remarking upon Clinton's “genuine empathy,” Starr said, “…”": a quotation inside an opening phrase is not the first piece.
        if (!QuoteChars.IsOpeningLike(v.Text[before.Start]) && OpensAdverbialPhrase(v, 0)) return PatternResult.Pass;
        var statement = s.Make(s.Subject, s.MediumHereOrBefore, Name);
        statement.Pieces.Add(before);
        s.Content.AddPiece(statement, s.After, s.ContentEnd);
        return PatternResult.Of(statement, s.ContentEnd - 1);
    }

    private static bool OpensAdverbialPhrase(SentenceView v, int i) =>
        v.IsWord(i) && (v.IsPreposition(i) || v.Lower(i).Length > 4 && v.Lower(i).EndsWith("ing", StringComparison.Ordinal));
}
