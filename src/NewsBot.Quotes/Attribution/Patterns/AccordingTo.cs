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
        int parenthesis = OpenParenthesisBefore(v, i);
        bool opensSentence = i == 0 || (i == 1 && v.IsQuoteMark(0)) || parenthesis == i - 1 || AfterConnective(v, i) || OpensClause(v, i);
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
            // "According to the council's own report, …", "According to a University of Texas/Texas Tribune poll out Thursday, …":
            // the words after the name up to the comma, with no verb among them, still describe the source.
            if (!v.IsPunct(start, ',') && SourceTailComma(v, start) is int tailComma) start = tailComma;
            if (v.IsPunct(start, ',')) start++;
            // "According to Lars Henriksen, an analyst at Nordhaven Bank, about 40 vessels …": the role set off by commas is the source's.
            if (start == subjectEnd + 2 && source.Appositive is null && RoleAppositiveEnd(v, start) is int comma)
            {
                source = source with { Appositive = new TextSpan(v[start].Start, v[comma - 1].End) };
                attribution.Source = source;
                start = comma + 1;
            }
            int end = s.Content.ContentEnd(start);
            // "(According to the police, it keeps no statistics.)": the content ends with the parenthesis.
            if (parenthesis >= 0) end = Math.Min(end, CloseParenthesisAfter(v, start));
            if (start >= end) return PatternResult.Pass;
            s.Content.AddPiece(attribution, start, end);
            return PatternResult.Of(attribution, end - 1);
        }
        int boundary = i - 1;
        if (!v.IsPunct(boundary, ',') && !v.IsPunct(boundary, '—')) boundary = i;
        // "Iowa (93 percent of voters were white, according to exit polls)": the content starts inside the parenthesis.
        if (parenthesis >= 0 && boundary - parenthesis > 2)
        {
            s.Content.AddPiece(attribution, parenthesis + 1, boundary);
            return attribution.Pieces.Count == 0 ? PatternResult.Pass : PatternResult.Of(attribution, subjectEnd);
        }
        var before = s.Content.ContentBefore(boundary);
        // "Fundraising, according to the campaign, has surged.", "In addition, according to the department, nearly nine million …":
        // set off by commas inside the clause, the phrase is an aside and the clause goes on after it.
        int restStart = subjectEnd + 2;
        int restEnd = v.IsPunct(boundary, ',') && v.IsPunct(subjectEnd + 1, ',') ? s.Content.ContentEnd(restStart) : restStart;
        bool goesOn = v.WordsBetween(restStart, restEnd) >= MinAsideRestWords;
        if (before is null && !goesOn) return PatternResult.Pass;
        if (before is { } piece) attribution.Pieces.Add(piece);
        if (!goesOn) return PatternResult.Of(attribution, subjectEnd);
        s.Content.AddPiece(attribution, restStart, restEnd);
        return PatternResult.Of(attribution, restEnd - 1);
    }

    /// <summary>
    /// The comma that closes a role right after the source ("an analyst at Nordhaven Bank,", "chief economist at the
    /// port authority,"): a phrase that opens with an article or a title, names a role, an organisation or a capitalised
    /// name, and holds no verb; -1 when what follows the source is the content itself ("a recession is coming").
    /// </summary>
    private static int? RoleAppositiveEnd(SentenceView v, int start)
    {
        if (!v.IsWord(start) || v[start].InQuote || !(v.Lower(start) is "a" or "an" or "the" || v.Has(start, WordClass.Title))) return null;
        bool names = false;
        for (int k = start; k < v.Count && k - start < MaxRoleWords; k++)
        {
            if (v.IsPunct(k, ',')) return names && k > start && k + 1 < v.Count && v.IsWord(k + 1) ? k : null;
            if (!v.IsWord(k) || v[k].InQuote || v.Has(k, WordClass.Cue | WordClass.Pronoun | WordClass.Relative) || v.IsWord(k, "that")
                || ContentPhrases.IsAuxiliary(v.Lower(k)) || v.LooksLikeVerb(k) && !v.Has(k, WordClass.Modifier) && !v.IsParticipleAfterNoun(k)) return null;
            if (v.Has(k, WordClass.Title | WordClass.Organization | WordClass.Group) || k > start && v.IsCapitalized(k)) names = true;
        }
        return null;
    }

    /// <summary>The comma that ends the rest of a source phrase from <paramref name="from"/>: a few words, no verb, no quotation; null when a clause starts there.</summary>
    private static int? SourceTailComma(SentenceView v, int from)
    {
        for (int k = from; k < v.Count && k - from < MaxRoleWords; k++)
        {
            if (v.IsPunct(k, ',')) return k > from ? k : null;
            // "report", "poll" and "statement" are nouns here: only an auxiliary or a past form makes a clause.
            if (v.IsQuoteMark(k) || v[k].InQuote || v.IsWord(k) && (v.Has(k, WordClass.Pronoun | WordClass.Relative) || v.IsWord(k, "that")
                || ContentPhrases.IsAuxiliary(v.Lower(k)) || v.Lower(k).EndsWith("ed", StringComparison.Ordinal) && !v.IsParticipleAfterNoun(k))) return null;
        }
        return null;
    }

    private const int MaxRoleWords = 12;

    /// <summary>Words after a mid-sentence "according to" aside for the clause to go on there (a clause, not a tag such as "at least").</summary>
    private const int MinAsideRestWords = 3;

    /// <summary>The "(" before token <paramref name="i"/> that no ")" closes before it, or -1.</summary>
    private static int OpenParenthesisBefore(SentenceView v, int i)
    {
        for (int k = i - 1; k >= 0; k--)
        {
            if (v.IsPunct(k, ')')) return -1;
            if (v.IsPunct(k, '(')) return k;
        }
        return -1;
    }

    /// <summary>The first ")" at or after <paramref name="from"/>, or the sentence's end.</summary>
    private static int CloseParenthesisAfter(SentenceView v, int from)
    {
        for (int k = from; k < v.Count; k++)
            if (v.IsPunct(k, ')')) return k;
        return v.Count;
    }

    /// <summary>
    /// "…: According to recent polls, …", "But according to reports, he …", "because, according to Trump, the media would …": after a colon,
    /// a semicolon, a connective that opens the sentence or a subordinating word, the phrase opens a clause whose content follows it
    /// ("… and, according to officials, adopted a new strategy" goes on with the clause before).
    /// </summary>
    private static bool OpensClause(SentenceView v, int i)
    {
        if (v.IsPunct(i - 1, ':') || v.IsPunct(i - 1, ';')) return true;
        if (i == 1 && v.IsWord(0) && v.Lower(0) is "but" or "and" or "yet" or "so") return true;
        int before = v.IsPunct(i - 1, ',') ? i - 2 : i - 1;
        return before > 0 && v.IsWord(before) && !v[before].InQuote && (v.Lower(before) is "because" or "that" or "since" or "while" or "although" or "though");
    }

    /// <summary>"But, according to the poll, …", "Still, according to …": only a connective and a comma before the phrase.</summary>
    private static bool AfterConnective(SentenceView v, int i)
    {
        if (i < 2 || !v.IsPunct(i - 1, ',')) return false;
        for (int k = 0; k < i - 1; k++)
            if (!v.IsWord(k) || !SpeakerResolver.NotASpeakerLookup.Contains(v.Word(k)) && !v.Has(k, WordClass.Modifier)) return false;
        return true;
    }
}
