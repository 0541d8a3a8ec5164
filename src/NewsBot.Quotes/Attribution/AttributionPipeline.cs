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
        new ParticipleClause(),
        new AsideAs(),
        new MidSentenceAttribution(),
        new CueColonNextParagraph(),
        new TimeClauseEvent(),
        new SplitQuote(),
        new NameCueContent(),
        new QuoteCueName(),
        new CoordinatedVerb(),
        new LooseSubject(),
        new AskedQuestion(),
        new QuotationBeforeSentence(),
        new QuoteNameCue(),
        new QuoteCueNameSetting(),
    ];

    private static readonly AccordingTo AccordingTo = new();

    private static readonly List<Attribution> None = [];

    private readonly SentenceView _view = new();
    private readonly CueSite _site;

    private AttributionPipeline() => _site = new CueSite(_view);

    [ThreadStatic] private static AttributionPipeline? _ofThisThread;

    /// <summary>This thread's pipeline: its buffers (the sentence in lower case, the per-sentence tables) serve article after article.</summary>
    public static AttributionPipeline ForThisThread => _ofThisThread ??= new AttributionPipeline();

    public List<Attribution> Find(string text, Sentence sentence, ArticleTokens tokens, List<QuoteRegion> regions)
    {
        // Most sentences hold no reporting word at all; they need no parsing.
        if ((tokens.ClassesIn(sentence.Index) & (WordClass.Cue | WordClass.PhrasalCue)) == 0) return None;
        _view.Reset(text, sentence, tokens[sentence.Index], regions);
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
                result = AccordingTo.Match(_site);
            }
            else if (CueMatcher.Match(v, i, out var cue, out int cueEnd))
            {
                _site.Reset(i, cueEnd, cue, found);
                result = FirstDecision(_site);
            }
            else continue;
            if (result.Found is not { } attribution) continue;
            found.Add(attribution);
            i = Math.Max(i, result.ConsumedTo);
        }
        return found;
    }

    private static PatternResult FirstDecision(CueSite site)
    {
        foreach (var pattern in Patterns)
        {
            var result = pattern.Match(site);
            if (result.Decided) return result;
        }
        return PatternResult.Pass;
    }
}
