namespace NewsBot.Quotes;

/// <summary>
/// Finds the reported speech of each sentence: at every reporting word, the patterns are asked in
/// order of confidence and the first that decides wins (as CoreNLP's quote attribution sieves).
/// One pipeline reads one article, sentence by sentence.
/// </summary>
internal sealed class AttributionPipeline
{
    /// <summary>In the order they are asked. Reorder by measurement: `newsbot evaluate` reports each one's precision.</summary>
    public static readonly IReadOnlyList<AttributionPattern> Patterns =
    [
        new UnlabelledPersonObject(),
        new QuotedAsSaying(),
        new ParticipleClause(),
        new PassiveAskedQuestion(),
        new AsideAs(),
        new MidSentenceAttribution(),
        new CueColonNextParagraph(),
        new TimeClauseEvent(),
        new SplitQuote(),
        new CueNameColon(),
        new NameCueContent(),
        new QuoteCueName(),
        new CoordinatedVerb(),
        new LooseSubject(),
        new AskedQuestion(),
        new QuotationBeforeSentence(),
        new QuoteNameCue(),
        new QuoteCueNameSetting(),
    ];

    private static readonly List<Attribution> None = [];

    private readonly SentenceView _view = new();
    private readonly CueSite _site;
    // An array: asked at every cue, its loop makes no enumerator.
    private readonly AttributionPattern[] _patterns;
    private readonly AttributionPattern _accordingTo;

    private AttributionPipeline() : this(Patterns, new AccordingTo()) { }

    /// <summary>A pipeline asking these patterns, in this order ("according to" apart, as it is matched by its words): the stage report times each one.</summary>
    internal AttributionPipeline(IReadOnlyList<AttributionPattern> patterns, AttributionPattern accordingTo)
    {
        _site = new CueSite(_view);
        _patterns = [.. patterns];
        _accordingTo = accordingTo;
    }

    [ThreadStatic] private static AttributionPipeline? _ofThisThread;

    /// <summary>This thread's pipeline: its buffers (the sentence in lower case, the per-sentence tables) serve article after article.</summary>
    public static AttributionPipeline ForThisThread => _ofThisThread ??= new AttributionPipeline();

    public List<Attribution> Find(string text, Sentence sentence, ArticleTokens tokens, List<QuoteRegion> regions)
    {
        // Most sentences hold no reporting word at all; they need no parsing.
        if ((tokens.ClassesIn(sentence.Index) & (WordClass.Cue | WordClass.PhrasalCue)) == 0) return None;
        var clock = StagePartClock.OfThisThread;
        var mark = clock?.Begin() ?? default;
        _view.Reset(text, sentence, tokens[sentence.Index], regions);
        clock?.End(StagePart.SentenceView, mark);
        var v = _view;
        var found = new List<Attribution>();
        for (int i = 0; i < v.Count; i++)
        {
            var token = v[i];
            if (token.Kind != TokenKind.Word || token.InQuote || !token.Is(WordClass.Cue | WordClass.PhrasalCue)) continue;
            PatternResult result;
            if (AccordingTo.Opens(v, i))
            {
                _site.ResetPhrase(i, i + 1, found);
                result = _accordingTo.Match(_site);
            }
            else
            {
                mark = clock?.Begin() ?? default;
                bool matched = CueMatcher.Match(v, i, out var cue, out int cueEnd);
                clock?.End(StagePart.CueMatching, mark);
                if (!matched) continue;
                mark = clock?.Begin() ?? default;
                _site.Reset(i, cueEnd, cue, found);
                clock?.End(StagePart.CueSite, mark);
                result = FirstDecision(_patterns, _site);
            }
            if (result.Found is not { } attribution) continue;
            found.Add(attribution);
            // The content may hold reports of its own ("X said A and Y said B", "X said Y had said B"): the
            // words the attribution used are passed, its content is read on.
            i = Math.Max(i, Math.Min(result.ConsumedTo, ContentStart(attribution)));
        }
        if (found.Count > 1)
        {
            mark = clock?.Begin() ?? default;
            MarkNested(found);
            EndBeforeCoordinatedReports(found);
            clock?.End(StagePart.NestingAndCoordination, mark);
        }
        return found;
    }

    private static void MarkNested(List<Attribution> found)
    {
        for (int b = 1; b < found.Count; b++)
        {
            if (found[b].CueSpan is not { } cue) continue;
            for (int a = 0; a < b && !found[b].Nested; a++)
                found[b].Nested = AnyCovers(found[a].Pieces, cue);
        }
    }

    /// <summary>A loop rather than a lambda: the cue it reads would make a closure for every attribution with a cue.</summary>
    private static bool AnyCovers(List<TextSpan> pieces, TextSpan cue)
    {
        foreach (var p in pieces)
            if (p.Start <= cue.Start && cue.End <= p.End) return true;
        return false;
    }

    /// <summary>
    /// "X said A, and Y said B", "X said A but argues that B": a report coordinated after another ends the
    /// content of the one before it (a nested report, "X said Y had said B", stays inside).
    /// </summary>
    private void EndBeforeCoordinatedReports(List<Attribution> found)
    {
        var v = _view;
        for (int b = 1; b < found.Count; b++)
        {
            var later = found[b];
            if (later.CueSpan is not { } cue || later.Pieces.Count == 0 || later.Pieces[0].Start < cue.End) continue;
            for (int a = b - 1; a >= 0; a--)
            {
                var earlier = found[a];
                if (earlier.Pieces.Count == 0) continue;
                var piece = earlier.Pieces[^1];
                // The clause opens with its own subject when it has one there ("…, and Y said"), else with the cue ("… but
                // argued that"); a verb without a subject of its own ends the content only when it plainly reports: in
                // "police said he posed a threat and refused to drop the gun" it goes on with what was said.
                bool ownSubject = later.Source is { } source && piece.Start < source.Span.Start && source.Span.Start < cue.Start;
                int clauseStart = ownSubject ? later.Source!.Span.Start : cue.Start;
                if (!(piece.Start < clauseStart && clauseStart < piece.End)) continue;
                // "…, which he declared “a total disaster”": a relative clause with a speaker of its own ends the statement it follows.
                if (ownSubject && RelativeBefore(clauseStart) is int relativeEnd && relativeEnd > piece.Start)
                {
                    // "the plan, which some have argued was meant to help, was an insult": closed before the sentence's own verb,
                    // the clause sits inside the statement, which goes on past it.
                    if (ClosesBeforeMainVerb(later.Pieces[^1], piece)) break;
                    earlier.Pieces[^1] = new TextSpan(piece.Start, relativeEnd);
                    later.Nested = false;
                    break;
                }
                // "…, but cautioned against viewing that as an endorsement": after a comma and a conjunction the cue opens a clause of its own,
                // when what the first cue said stands whole before it ("acknowledged the provision, but noted …" keeps going on).
                bool ownClause = CommaConjunctionBefore(clauseStart) && CoordinationBefore(clauseStart) is int commaEnd
                                 && QuoteRegionFinder.CountWords(_view.Text, new TextSpan(piece.Start, Math.Max(piece.Start, commaEnd)), atMost: 4) >= 4;
                if (!ownSubject && !PlainlyReports(cue, later.Pieces[0]) && !ownClause) break;
                if (CoordinationBefore(clauseStart) is int end && end > piece.Start)
                {
                    earlier.Pieces[^1] = new TextSpan(piece.Start, end);
                    later.Nested = false;
                }
                break;
            }
        }
    }

    /// <summary>The first token that starts at or after <paramref name="position"/> in the text (the view's count when none does).</summary>
    private int TokenFrom(int position)
    {
        var v = _view;
        int t = 0;
        while (t < v.Count && v[t].Start < position) t++;
        return t;
    }

    /// <summary>", but" or ", and" right before the token that starts at <paramref name="clauseStart"/>.</summary>
    private bool CommaConjunctionBefore(int clauseStart)
    {
        var v = _view;
        int t = TokenFrom(clauseStart);
        return t >= 2 && t < v.Count && (v.IsWord(t - 1, "but") || v.IsWord(t - 1, "and")) && v.IsPunct(t - 2, ',');
    }

    /// <summary>Where the content before ", which" or ", who" right before <paramref name="clauseStart"/> ends, or null.</summary>
    private int? RelativeBefore(int clauseStart)
    {
        var v = _view;
        int t = TokenFrom(clauseStart);
        if (t < 2 || t >= v.Count || v[t].InQuote || !(v.IsWord(t - 1, "which") || v.IsWord(t - 1, "who")) || !v.IsPunct(t - 2, ',')) return null;
        int end = t - 3;
        return end < 0 || v[end].InQuote && !v.IsQuoteMark(end + 1) ? null : v[end].End;
    }

    /// <summary>Whether a comma and the verb of the sentence follow <paramref name="content"/> inside <paramref name="outer"/>.</summary>
    private bool ClosesBeforeMainVerb(TextSpan content, TextSpan outer)
    {
        var v = _view;
        int t = TokenFrom(content.End);
        return t + 1 < v.Count && v[t + 1].End <= outer.End && v.IsPunct(t, ',') && _site.Content.StartsMainVerb(t + 1);
    }

    /// <summary>"argued that …", "added: …", "said “…”": what the cue reports follows "that", a colon or a quotation mark.</summary>
    private bool PlainlyReports(TextSpan cue, TextSpan content)
    {
        var text = _view.Text;
        if (content.Start < text.Length && QuoteChars.IsOpeningLike(text[content.Start])) return true;
        var between = text.AsSpan(cue.End, Math.Max(0, content.Start - cue.End));
        return between.Contains(':') || between.TrimEnd().EndsWith(" that", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Where the content before a coordinated clause that starts at <paramref name="clauseStart"/> ends ("…, and", "… but"), or null when the clause is not coordinated.</summary>
    private int? CoordinationBefore(int clauseStart)
    {
        var v = _view;
        int t = TokenFrom(clauseStart);
        if (t >= v.Count || v[t].InQuote) return null;
        int k = t - 1;
        while (k >= 0 && v.Has(k, WordClass.Modifier) && !v.Has(k, WordClass.Pronoun) && t - k <= 2) k--;
        bool conjunction = v.IsWord(k) && v.Lower(k) is "and" or "but" or "while" or "whereas" or "although" or "though" or "yet";
        if (!conjunction && !v.IsPunct(k, ';')) return null;
        int end = k - 1;
        while (end >= 0 && (v.IsPunct(end, ',') || v.IsPunct(end, ';'))) end--;
        return end < 0 || v[end].InQuote && !v.IsQuoteMark(end + 1) ? null : v[end].End;
    }

    /// <summary>The token where the attribution's last piece starts, when it starts in this sentence after the cue.</summary>
    private int ContentStart(Attribution attribution)
    {
        var v = _view;
        if (attribution.Pieces.Count == 0 || attribution.CueSpan is not { } cue) return int.MaxValue;
        var last = attribution.Pieces[^1];
        if (last.Start < cue.End) return int.MaxValue;
        for (int t = 0; t < v.Count; t++)
            if (v[t].Start >= last.Start) return t - 1;
        return int.MaxValue;
    }

    private static PatternResult FirstDecision(AttributionPattern[] patterns, CueSite site)
    {
        foreach (var pattern in patterns)
        {
            var result = pattern.Match(site);
            if (result.Decided) return result;
        }
        return PatternResult.Pass;
    }
}
