using NewsBot.Dialogs.Language;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Index;

/// <summary>The question index over articles held in memory: built once, read by many turns.</summary>
public sealed class InMemoryQuoteIndex : IQuoteIndex
{
    internal sealed record QuoteEntry(QuoteRef Quote, HashSet<string> Keys);
    internal sealed record SentenceEntry(IndexedArticle Article, Sentence Sentence, HashSet<string> Keys);
    /// <summary>A speaker's name forms: the full name first, then aliases and role-plus-surname forms.</summary>
    internal sealed record SpeakerEntry(SpeakerRef Speaker, List<IReadOnlyList<string>> NameForms)
    {
        /// <summary>A form other than the full name fits slightly less, so "Obama" prefers the speaker so named.</summary>
        private const double OtherFormWeight = 0.97;

        public double Score(IReadOnlyList<string> typed) =>
            NameForms.Select((form, i) => NameMatcher.Score(typed, form) * (i == 0 ? 1 : OtherFormWeight)).DefaultIfEmpty(0).Max();
    }

    private readonly List<QuoteEntry> _quotes = [];
    private readonly Lazy<List<SentenceEntry>> _sentences;
    private readonly List<SpeakerEntry> _speakers = [];
    private readonly Dictionary<string, IReadOnlyList<NewsBot.Quotes.Text.WordToken>> _articleTokens = [];
    private readonly Lazy<Relevance> _relevance;
    private readonly Dictionary<string, SpeakerRef> _speakerByKey;
    private readonly Dictionary<string, QuoteRef> _quoteByKey;
    private readonly ILookup<string, QuoteRef> _quotesBySpeaker;

    public IReadOnlyList<IndexedArticle> Articles { get; }
    public IReadOnlyList<SpeakerRef> Speakers { get; }
    public IReadOnlyList<QuoteRef> AllQuotes { get; }

    public int ArticlesInPlay { get; }

    /// <param name="articlesInPlay">How many articles these stand for (default: just these), see <see cref="IQuoteIndex.ArticlesInPlay"/>.</param>
    /// <summary>
    /// What the index knows of one article (name forms, word keys of quotes and sentences, tokens),
    /// made once: an index over a few articles of a large store is then put together from these
    /// for each question without reading the articles' words again.
    /// </summary>
    public sealed class ArticlePart
    {
        internal IReadOnlyList<SpeakerEntry> Speakers { get; }
        internal IReadOnlyList<QuoteEntry> Quotes { get; }
        private readonly Lazy<List<SentenceEntry>> _sentences;

        /// <summary>Made when first asked for: questions about a person never read sentences, only quotes.</summary>
        internal IReadOnlyList<SentenceEntry> Sentences => _sentences.Value;
        internal IReadOnlyList<NewsBot.Quotes.Text.WordToken> Tokens { get; }

        public IndexedArticle Article { get; }

        public ArticlePart(IndexedArticle article)
        {
            Article = article;
            var analysis = article.Analysis;
            Speakers = analysis.Speakers.Select(speaker => new SpeakerEntry(new SpeakerRef(article, speaker),
                new[] { speaker.Name }.Concat(speaker.Aliases).Concat(RoleForms(speaker))
                    .Select(NameMatcher.NameWords).Where(f => f.Count > 0).ToList())).ToList();
            Quotes = analysis.Quotes.Select(quote => new QuoteEntry(new QuoteRef(article, quote, analysis.SpeakerOf(quote)), KeySet(quote.Text))).ToList();
            var tokens = Words.TokensWithOffsets(article.Article.Text);
            Tokens = tokens;
            _sentences = new(() => SentenceEntries(article, tokens));
        }

        /// <summary>Each sentence with the keys of its words, read from the article's tokens (tokenised once).</summary>
        private static List<SentenceEntry> SentenceEntries(IndexedArticle article, List<NewsBot.Quotes.Text.WordToken> tokens)
        {
            var entries = new List<SentenceEntry>(article.Article.Sentences.Count);
            int first = 0;
            foreach (var sentence in article.Article.Sentences)
            {
                while (first < tokens.Count && tokens[first].Start < sentence.Span.Start) first++;
                int end = first;
                while (end < tokens.Count && tokens[end].End <= sentence.Span.End) end++;
                entries.Add(new SentenceEntry(article, sentence, new HashSet<string>(Words.Keys(tokens, first, end), StringComparer.Ordinal)));
                first = end;
            }
            return entries;
        }
    }

    public InMemoryQuoteIndex(IEnumerable<IndexedArticle> articles, int? articlesInPlay = null)
        : this(articles.Select(a => new ArticlePart(a)), articlesInPlay) { }

    /// <summary>An index put together from articles already indexed one by one.</summary>
    /// <param name="articlesInPlay">How many articles these stand for (default: just these), see <see cref="IQuoteIndex.ArticlesInPlay"/>.</param>
    public static InMemoryQuoteIndex FromParts(IEnumerable<ArticlePart> parts, int? articlesInPlay = null) => new(parts, articlesInPlay);

    private InMemoryQuoteIndex(IEnumerable<ArticlePart> parts, int? articlesInPlay)
    {
        var all = parts.ToList();
        Articles = all.Select(p => p.Article).ToList();
        ArticlesInPlay = articlesInPlay ?? Articles.Count;
        foreach (var part in all)
        {
            _speakers.AddRange(part.Speakers);
            _quotes.AddRange(part.Quotes);
            _articleTokens[part.Article.Key] = part.Tokens;
        }
        _sentences = new(() => all.SelectMany(part => part.Sentences).ToList());
        _relevance = new(() =>
        {
            var relevance = new Relevance();
            foreach (var entry in _quotes) relevance.AddDocument(entry.Keys);
            foreach (var entry in _sentences.Value) relevance.AddDocument(entry.Keys);
            return relevance;
        });
        Speakers = _speakers.Select(s => s.Speaker).ToList();
        AllQuotes = _quotes.Select(q => q.Quote).ToList();
        _speakerByKey = Speakers.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.First());
        _quoteByKey = AllQuotes.GroupBy(q => q.Key).ToDictionary(g => g.Key, g => g.First());
        _quotesBySpeaker = AllQuotes.Where(q => q.SpeakerRef is not null).ToLookup(q => q.SpeakerRef!.Key);
    }

    /// <summary>"President Obama" from the role "President" and the name "Barack Obama" (short roles only).</summary>
    private static IEnumerable<string> RoleForms(Speaker speaker)
    {
        if (speaker.Kind != SpeakerKind.Person) return [];
        var surname = speaker.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return surname is null ? [] : speaker.Roles.Where(r => r.Split(' ').Length <= 3).Select(r => $"{r} {surname}");
    }

    private static HashSet<string> KeySet(string text) => new(Words.Keys(text), StringComparer.Ordinal);

    public IReadOnlyList<QuoteMatch> FindQuotes(string fragment, int max)
    {
        var verbatim = FindVerbatim(fragment);
        var keys = Words.Keys(fragment);
        var byWords = keys.Count == 0 ? [] : _quotes
            .Select(q => new QuoteMatch(q.Quote, _relevance.Value.Score(keys, q.Keys)))
            .Where(m => m.Score > 0);
        return verbatim.Concat(byWords)
            .GroupBy(m => m.Quote.Key).Select(g => g.MaxBy(m => m.Score)!)
            .OrderByDescending(m => m.Score).ThenBy(m => m.Quote.Quote.Span.Start)
            .Take(max).ToList();
    }

    /// <summary>Quotes whose text holds the fragment word for word (ignoring case and punctuation).</summary>
    private IEnumerable<QuoteMatch> FindVerbatim(string fragment)
    {
        var wanted = Words.Tokens(fragment);
        if (wanted.Count == 0) yield break;
        foreach (var article in Articles)
            foreach (var hit in Occurrences(_articleTokens[article.Key], wanted))
            {
                var covering = article.Analysis.Quotes
                    .Select(q => (Quote: q, Overlap: Overlap(q, hit)))
                    .Where(x => x.Overlap > 0)
                    .OrderByDescending(x => x.Overlap)
                    .FirstOrDefault();
                if (covering.Quote is not null)
                    yield return new QuoteMatch(new QuoteRef(article, covering.Quote, article.Analysis.SpeakerOf(covering.Quote)), 1.0);
            }
    }

    private static int Overlap(Quote quote, TextSpan hit) =>
        quote.Pieces.Append(quote.Span).Max(p => Math.Max(0, Math.Min(p.End, hit.End) - Math.Max(p.Start, hit.Start)));

    private static IEnumerable<TextSpan> Occurrences(IReadOnlyList<NewsBot.Quotes.Text.WordToken> text, IReadOnlyList<string> wanted)
    {
        for (int i = 0; i + wanted.Count <= text.Count; i++)
        {
            int j = 0;
            while (j < wanted.Count && text[i + j].Text == wanted[j]) j++;
            if (j == wanted.Count) yield return new TextSpan(text[i].Start, text[i + j - 1].End);
        }
    }

    public IReadOnlyList<PassageMatch> FindPassages(string fragment, int max)
    {
        var keys = Words.Keys(fragment);
        if (keys.Count == 0) return [];
        return _sentences.Value
            .Select(s => new PassageMatch(s.Article, s.Sentence, _relevance.Value.Score(keys, s.Keys)))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score).ThenBy(m => m.Sentence.Span.Start)
            .Take(max).ToList();
    }

    public IReadOnlyList<QuoteMatch> FindQuotesAbout(string topic, int max)
    {
        var keys = Words.Keys(topic);
        if (keys.Count == 0) return [];
        // A topic is met when any of its words is; more and rarer words rank higher.
        return _quotes
            .Select(q => new QuoteMatch(q.Quote, _relevance.Value.Score(keys, q.Keys)))
            .Where(m => m.Score >= 0.34)
            .OrderByDescending(m => m.Score).ThenBy(m => m.Quote.Quote.Span.Start)
            .Take(max).ToList();
    }

    public IReadOnlyList<NameMatch> FindSpeakers(string typedName)
    {
        var typed = NameMatcher.NameWords(typedName);
        if (typed.Count == 0) return [];
        return _speakers
            .Select(s => new NameMatch(s.Speaker, s.Score(typed)))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score).ThenByDescending(m => m.Speaker.Speaker.QuoteCount)
            .ToList();
    }

    public IReadOnlyList<QuoteRef> QuotesBy(SpeakerRef speaker) => _quotesBySpeaker[speaker.Key].ToList();

    public SpeakerRef? SpeakerByKey(string key) => _speakerByKey.GetValueOrDefault(key);

    public QuoteRef? QuoteByKey(string key) => _quoteByKey.GetValueOrDefault(key);
}
