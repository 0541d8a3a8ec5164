namespace NewsBot.Quotes;

/// <summary>
/// One reporting word where it stands in a sentence, with what the patterns ask of it worked out
/// once: the phrase before it that may be the speaker, the listener, time and medium words after
/// it, and where the reported content would run. One site serves every cue of an article in turn.
/// </summary>
internal sealed class CueSite
{
    public CueSite(SentenceView view)
    {
        View = view;
        Speakers = new SpeakerPhrases(view);
        Content = new ContentPhrases(view);
    }

    public SentenceView View { get; }
    public SpeakerPhrases Speakers { get; }
    public ContentPhrases Content { get; }

    public int CueIndex { get; private set; }
    public int CueEnd { get; private set; }
    public CueVerb Cue { get; private set; } = null!;
    public TextSpan CueSpan { get; private set; }

    /// <summary>The statements found earlier in the sentence.</summary>
    public List<Attribution> Earlier { get; private set; } = [];

    /// <summary>The noun phrase or pronoun right before the cue, or null (a participle without an auxiliary has none).</summary>
    public SourceMention? Subject { get; private set; }
    public int SubjectStart { get; private set; }

    /// <summary>"saying", "pointing to": a participle cue.</summary>
    public bool Participle { get; private set; }

    /// <summary>The first token of what follows the cue once listener, time and medium words are passed.</summary>
    public int After { get; private set; }
    public string? Medium { get; private set; }
    public bool SawThat { get; private set; }
    public bool SawColon { get; private set; }
    public int ContentEnd { get; private set; }
    public bool HasContentAfter { get; private set; }

    private ContentFirst? _contentFirst;
    private bool _contentFirstKnown;

    public ReadOnlySpan<char> CueText => View.Text.AsSpan(CueSpan.Start, CueSpan.Length);

    /// <summary>A cue phrase the parser matches by itself ("according to"): only its place is known.</summary>
    public void ResetPhrase(int cueIndex, int cueEnd, List<Attribution> earlier)
    {
        CueIndex = cueIndex;
        CueEnd = cueEnd;
        Cue = null!;
        Earlier = earlier;
        CueSpan = new TextSpan(View[cueIndex].Start, View[cueEnd].End);
        Subject = null;
        _contentFirst = null;
        _contentFirstKnown = true;
    }

    public void Reset(int cueIndex, int cueEnd, CueVerb cue, List<Attribution> earlier)
    {
        var v = View;
        CueIndex = cueIndex;
        CueEnd = cueEnd;
        Cue = cue;
        Earlier = earlier;
        CueSpan = new TextSpan(v[cueIndex].Start, v[cueEnd].End);
        var cueText = CueText;
        Subject = Speakers.SubjectBefore(cueIndex, out int subjectStart);
        SubjectStart = subjectStart;
        Participle = cueText.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && cueIndex == cueEnd || cueText.Contains("ing ", StringComparison.OrdinalIgnoreCase);
        // "Zelensky offering a plan" is not a report; "Zelensky is offering", "…, offering" and "…, with Zelensky saying" are.
        if (Participle && Subject is not null && !Speakers.HasAuxiliary(SubjectStart, cueIndex) && !v.IsWord(SubjectStart - 1, "with")) Subject = null;
        // ", with 50 percent of voters saying …", "with three in 10 saying …": a share of those polled.
        if (Participle && Subject is null && Speakers.WithSubject(cueIndex, out int withStart) is { } share)
        {
            Subject = share;
            SubjectStart = withStart;
        }
        _inRelativeClause = Content.InRelativeClause(cueIndex, Subject is null ? -1 : SubjectStart);
        After = Content.SkipAfterCue(cueEnd + 1, cue, out string? medium, out bool sawThat, out bool sawColon, _inRelativeClause);
        Medium = medium;
        SawThat = sawThat;
        SawColon = sawColon;
        ContentEnd = Content.ContentEnd(After);
        // "said this while addressing journalists": a demonstrative is all that is said, the clause after it is the setting.
        if (v.IsWord(After) && v.Lower(After) is "this" or "so" && v.IsWord(After + 1) && Lexicon.SettingLookup.Contains(v.Word(After + 1))) ContentEnd = After + 1;
        if (cue.Complement == CueComplement.ClauseOrObject && !sawThat && !sawColon) ContentEnd = Content.ObjectEnd(After, ContentEnd);
        if (_inRelativeClause) ContentEnd = Content.RelativeClauseEnd(After, ContentEnd, sawThat);
        if (Subject is not null) ContentEnd = Content.SubordinateClauseEnd(SubjectStart, After, ContentEnd);
        int beforeMedium = Content.BeforeTrailingMedium(After, ContentEnd, out var trailingMedium);
        if (beforeMedium < ContentEnd && trailingMedium is not null)
        {
            ContentEnd = beforeMedium;
            Medium ??= trailingMedium;
        }
        HasContentAfter = Content.HasContent(After, ContentEnd, cue, sawThat, sawColon, _inRelativeClause);
        // "…, which Senator Cruz proposed under a flat rate": "which" is the cue's object; only a quotation after it is a label it gives
        // ("which he declared “a total disaster”"). In "which Republicans say left a vacuum" it is the subject of what was said, whose verb follows
        // the cue; the object's clause goes on with a preposition or a comma.
        if (HasContentAfter && Subject is not null && v.IsWord(SubjectStart - 1, "which") && !sawThat && !sawColon && !v.ContainsQuote(After, ContentEnd)
            && (v.IsPunct(After, ',') || v.IsPreposition(After) || v.IsWord(After) && v.Lower(After) is "under" or "over" or "into" or "about" or "as" or "through" or "without" or "within" or "against"))
            HasContentAfter = false;
        _contentFirst = null;
        _contentFirstKnown = false;
    }

    /// <summary>Whether the cue is the verb of a relative clause (", who said …", "which critics said …").</summary>
    private bool _inRelativeClause;

    /// <summary>
    /// When nothing is said after the cue, the content comes before it ("…," Hua said / "…," said Hua at
    /// the briefing): the speaker on either side of the cue and the token the content ends at; null
    /// when the cue cannot close a statement (content follows it, a participle, a long tail).
    /// </summary>
    public ContentFirst? ContentBeforeCue
    {
        get
        {
            if (!_contentFirstKnown) { _contentFirst = FindContentFirst(); _contentFirstKnown = true; }
            return _contentFirst;
        }
    }

    private ContentFirst? FindContentFirst()
    {
        var v = View;
        ContentFirst? none = null;
        bool closesQuotation = ClosesQuotation;
        if (HasContentAfter && !closesQuotation || Participle || !(v.EndsClause(After) || v.IsPunct(After - 1, ',') || Content.ShortTail(After) || closesQuotation
                                                                     || SubjectStart == 0 && Subject is not null && Content.QuotationJustBefore() is not null && Content.ShortTail(After, afterQuotation: true))) return none;
        // "Sanders lost Ohio to Clinton, who added to her lead.": a relative clause reports what follows its cue, never the sentence before it.
        if (_inRelativeClause && !closesQuotation) return none;
        var subject = Subject;
        int subjectStart = SubjectStart;
        // "“Why didn’t he pay?” a narrator in the ad asks."
        if (subject is null && !v.IsQuoteMark(CueIndex - 1) && !v.IsPunct(CueIndex - 1, ',') && Speakers.QuotedPhraseSubject(CueIndex, out int phraseStart) is { } phrase)
        {
            subject = phrase;
            subjectStart = phraseStart;
        }
        // "The UN secretary-general, António Guterres, called for a ceasefire": the words before the name are its role, not what was said.
        if (subject is not null && !closesQuotation && subject.Appositive is { } role && role.Start < subject.Span.Start && SubjectOpensClause(role.Start)) return none;
        if (subject is not null) return closesQuotation || !OnlyPhraseBefore(subjectStart) ? new ContentFirst(subject, false, subjectStart - 1, After, Medium) : none;
        var inverted = Speakers.SubjectAfter(CueEnd + 1, out int subjectEnd);
        if (inverted is null) return none;
        int after = Content.SkipAfterCue(subjectEnd + 1, Cue, out var medium, out _, out _);
        return new ContentFirst(inverted, true, CueIndex - 1, after, medium);
    }

    /// <summary>Whether only connectives or an opening setting stand between the sentence's start and the text position <paramref name="start"/>.</summary>
    private bool SubjectOpensClause(int start)
    {
        var v = View;
        int i = AfterConnectives(v.Count, start);
        if (i < v.Count && v[i].Start < start && Speakers.OpeningSettingEnd(i, v.Count) is int settingEnd) i = settingEnd + 1;
        while (i < v.Count && v[i].Start < start && !v.IsWord(i)) i++;
        return i >= v.Count || v[i].Start >= start;
    }

    /// <summary>The first token from the sentence's start that is a word other than "but", "and", "yet" or "so", before token <paramref name="before"/> and text position <paramref name="position"/>.</summary>
    private int AfterConnectives(int before, int position)
    {
        var v = View;
        int i = 0;
        while (i < before && v[i].Start < position && (!v.IsWord(i) || v.Lower(i) is "but" or "and" or "yet" or "so")) i++;
        return i;
    }

    /// <summary>"But, in a speech in Phoenix, he barely discussed them": before the subject only a phrase without a verb, a time or a dateline, no statement.</summary>
    private bool OnlyPhraseBefore(int subjectStart)
    {
        var v = View;
        int i = AfterConnectives(subjectStart, int.MaxValue);
        // "A few hours later, Okafor praised the plan", "LAGOS (AP) — Okafor praised …": a time or a dateline, no statement.
        if (Speakers.OpeningSettingEnd(i, subjectStart) is int settingEnd && settingEnd == subjectStart - 1) return true;
        if (i >= subjectStart || !(v.IsPreposition(i) && v.Lower(i) is not ("this" or "last" or "earlier" or "later" or "meanwhile" or "however"))) return false;
        for (int k = i; k < subjectStart; k++)
            if (v[k].InQuote || v.IsQuoteMark(k) || Content.LooksFinite(k)) return false;
        return true;
    }

    /// <summary>'"…," Quina Jones, 25, said as she marched': the speaker stands right after a quotation, which the cue closes whatever follows.</summary>
    public bool ClosesQuotation => Subject is not null && (View.IsQuoteMark(SubjectStart - 1) || View.IsPunct(SubjectStart - 1, ',') && View.IsQuoteMark(SubjectStart - 2));

    /// <summary>A statement of this cue, found by the named rule.</summary>
    public Attribution Make(SourceMention? source, string? medium, string rule) => new()
    {
        Paragraph = View.Sentence.Paragraph,
        Source = source,
        CueSpan = CueSpan,
        Cue = CueText.ToString(),
        Medium = medium,
        Rule = rule,
    };

    /// <summary>The cue's medium, or one named earlier in the sentence ("In a statement, the union said …").</summary>
    public string? MediumHereOrBefore => Medium ?? Content.MediumBefore(CueIndex);
}

/// <summary>A statement whose content stands before its cue: the speaker (after the cue when <paramref name="Inverted"/>), the token the content ends at, and where the sentence goes on.</summary>
internal sealed record ContentFirst(SourceMention Source, bool Inverted, int Boundary, int After, string? Medium);
