using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Language;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Index;

/// <summary>The question index over articles held in memory: built once, read by many turns.</summary>
public sealed class InMemoryQuoteIndex : IQuoteIndex
{
    /// <summary>
    /// A quote with the keys of its words, and of the words the article frames it with (its sentences and attribution, its
    /// own words left out). Each is made when first asked for: most questions about a person read a few quotes' keys and no
    /// framing, and an article read for one question and never again should cost no more than that question needs. Turns
    /// share entries; two threads that make the same set at once make equal sets, and either may be kept.
    /// </summary>
    internal sealed class QuoteEntry(QuoteRef quote, ArticlePart part)
    {
        private HashSet<string>? _keys;
        private HashSet<(string, string)>? _pairs;
        private HashSet<string>? _framing;

        public QuoteRef Quote => quote;

        public HashSet<string> Keys => _keys ?? MakeKeys().Keys;

        /// <summary>Each two keys that stand next to each other in the quote ("world economi"): a phrase of the question it says as such.</summary>
        public HashSet<(string, string)> Pairs => _pairs ?? MakeKeys().Pairs;

        public HashSet<string> Framing => _framing ??= part.FramingKeys(quote);

        /// <summary>The keys and pairs together: the quote's words are read once for both.</summary>
        private (HashSet<string> Keys, HashSet<(string, string)> Pairs) MakeKeys()
        {
            var keys = Words.Keys(quote.Quote.Text);
            var pairs = PairsOf(keys);
            _pairs = pairs;
            _keys = new HashSet<string>(keys, StringComparer.Ordinal);
            return (_keys, pairs);
        }
    }
    internal sealed record SentenceEntry(IndexedArticle Article, Sentence Sentence, HashSet<string> Keys);
    /// <summary>A speaker's name forms: the full name first, then aliases and role-plus-surname forms.</summary>
    internal sealed record SpeakerEntry(SpeakerRef Speaker, List<IReadOnlyList<string>> NameForms)
    {
        /// <summary>A form other than the full name fits slightly less, so "Obama" prefers the speaker so named.</summary>
        private const double OtherFormWeight = 0.97;

        /// <summary>How well the typed name fits any form; none when it names someone else ("Loretta Lynch" for Stephen Lynch, whose alias is "Lynch").</summary>
        public double Score(IReadOnlyList<string> typed) =>
            Speaker.Speaker.Kind == SpeakerKind.Person && NameForms.Count > 0 && NameMatcher.NamesSomeoneElse(typed, NameForms[0]) ? 0
            : NameForms.Select((form, i) => NameMatcher.Score(typed, form) * (i == 0 ? 1 : OtherFormWeight)).DefaultIfEmpty(0).Max();
    }

    private readonly List<QuoteEntry> _quotes = [];
    private readonly List<ArticlePart> _parts;
    private readonly Lazy<List<SentenceEntry>> _sentences;
    private readonly List<SpeakerEntry> _speakers = [];
    private readonly Lazy<Relevance> _relevance;
    private readonly Dictionary<string, SpeakerRef> _speakerByKey;
    private readonly Dictionary<string, QuoteRef> _quoteByKey;
    private readonly Dictionary<string, QuoteEntry> _entryByKey;
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

        private readonly Lazy<Dictionary<int, HashSet<string>>> _paragraphs;

        /// <summary>The keys of every word of a paragraph (from its sentences): what a quote in it is about beyond its own sentence.</summary>
        internal IReadOnlySet<string>? ParagraphKeys(int paragraph) => _paragraphs.Value.GetValueOrDefault(paragraph);
        private List<NewsBot.Quotes.Text.WordToken>? _tokens;

        /// <summary>The article's words, tokenised when first asked for (a verbatim search, a quote's framing, the sentences); kept, as turns share the part, see <see cref="QuoteEntry"/>.</summary>
        internal List<NewsBot.Quotes.Text.WordToken> Tokens => _tokens ??= Words.TokensWithOffsets(Article.Article.Text);

        public IndexedArticle Article { get; }

        public ArticlePart(IndexedArticle article)
        {
            Article = article;
            var analysis = article.Analysis;
            Speakers = analysis.Speakers.Select(speaker => new SpeakerEntry(new SpeakerRef(article, speaker),
                new[] { speaker.Name }.Concat(speaker.Aliases).Concat(RoleForms(speaker))
                    .Select(NameMatcher.NameWords).Where(f => f.Count > 0).ToList())).ToList();
            var speakers = analysis.Speakers.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
            Quotes = analysis.Quotes.Select(quote =>
                new QuoteEntry(new QuoteRef(article, quote, quote.SpeakerId is { } id ? speakers.GetValueOrDefault(id) : null), this)).ToList();
            _byStart = Quotes.Select(q => q.Quote).OrderBy(q => q.Quote.Span.Start).ToArray();
            _endsBefore = new int[_byStart.Length];
            for (int i = 0, end = int.MinValue; i < _byStart.Length; i++) _endsBefore[i] = end = Math.Max(end, _byStart[i].Quote.Span.End);
            _sentences = new(() => SentenceEntries(article, Tokens));
            _paragraphs = new(() => Sentences.GroupBy(s => s.Sentence.Paragraph)
                .ToDictionary(g => g.Key, g => g.SelectMany(s => s.Keys).ToHashSet(StringComparer.Ordinal)));
        }

        /// <summary>
        /// The keys of the words around a quote in its setting (<see cref="QuoteSetting"/>: the sentences that hold it and its
        /// attribution, and those before it that introduce its speaker: "Rieckhoff likened the crisis to …", "Holm defended the
        /// plan."), the quote's own words left out: what a question paraphrasing the article's sentence also says. Sentences are
        /// found by binary search, so an article of many quotes and sentences costs n log n.
        /// </summary>
        internal HashSet<string> FramingKeys(QuoteRef quoted)
        {
            var (quote, tokens) = (quoted.Quote, Tokens);
            var setting = QuoteSetting.SentencesOf(Article.Article, quote, quoted.Speaker);
            if (setting.Count == 0) return [];
            int from = setting[0].Span.Start, to = setting[^1].Span.End;
            var keys = new HashSet<string>(StringComparer.Ordinal);
            int at = FirstTokenFrom(tokens, from);
            var pieces = quote.Pieces.Count > 0 ? quote.Pieces : [quote.Span];
            for (; at < tokens.Count && tokens[at].Start < to; at++)
            {
                var token = tokens[at];
                if (pieces.Any(p => p.Contains(token.Start))) continue;
                foreach (var key in Words.Keys(token.Text)) keys.Add(key);
            }
            return keys;
        }

        private static int FirstTokenFrom(List<NewsBot.Quotes.Text.WordToken> tokens, int position)
        {
            int lo = 0, hi = tokens.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (tokens[mid].Start < position) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        private readonly QuoteRef[] _byStart;
        private readonly int[] _endsBefore; // the furthest end of the quotes up to each one in _byStart

        /// <summary>The quote that overlaps a span of the text most, or null: a binary search, then back over the quotes that reach it.</summary>
        internal QuoteRef? QuoteCovering(TextSpan hit)
        {
            int lo = 0, hi = _byStart.Length - 1, last = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                if (_byStart[mid].Quote.Span.Start < hit.End) { last = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            QuoteRef? best = null;
            int bestOverlap = 0;
            for (int i = last; i >= 0 && _endsBefore[i] > hit.Start; i--)
            {
                int overlap = InMemoryQuoteIndex.Overlap(_byStart[i].Quote, hit);
                if (overlap > bestOverlap) (best, bestOverlap) = (_byStart[i], overlap);
            }
            return best;
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
        _parts = all;
        Articles = all.Select(p => p.Article).ToList();
        ArticlesInPlay = articlesInPlay ?? Articles.Count;
        foreach (var part in all)
        {
            _speakers.AddRange(part.Speakers);
            _quotes.AddRange(part.Quotes);
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
        _entryByKey = _quotes.GroupBy(q => q.Quote.Key).ToDictionary(g => g.Key, g => g.First());
        _quotesBySpeaker = AllQuotes.Where(q => q.SpeakerRef is not null).ToLookup(q => q.SpeakerRef!.Key);
        _people = new(() => PeopleOf(Speakers));
    }

    private readonly Lazy<Dictionary<string, string>> _people;

    /// <summary>One person across the articles (see <see cref="NewsBot.Store.People.SamePeople"/>): the name key of the speaker that names them best.</summary>
    public string PersonKey(SpeakerRef speaker) =>
        _people.Value.TryGetValue(speaker.Key, out var person) ? person : IQuoteIndex.NameKey(speaker);

    private static Dictionary<string, string> PeopleOf(IReadOnlyList<SpeakerRef> speakers)
    {
        var forms = speakers.Select(s => new NewsBot.Store.People.PersonForm(s.Speaker.Name, s.Speaker.Kind, s.Speaker.Gender, s.Speaker.Roles, s.Speaker.QuoteCount)).ToList();
        var person = NewsBot.Store.People.SamePeople.Group(forms);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < speakers.Count; i++) keys.TryAdd(speakers[i].Key, IQuoteIndex.NameKey(speakers[person[i]]));
        return keys;
    }

    /// <summary>"President Obama" from the role "President" and the name "Barack Obama" (short roles only).</summary>
    private static IEnumerable<string> RoleForms(Speaker speaker)
    {
        if (speaker.Kind != SpeakerKind.Person) return [];
        var surname = speaker.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return surname is null ? [] : speaker.Roles.Where(r => r.Split(' ').Length <= 3).Select(r => $"{r} {surname}");
    }

    private static HashSet<(string, string)> PairsOf(IReadOnlyList<string> keys)
    {
        var pairs = new HashSet<(string, string)>();
        for (int i = 1; i < keys.Count; i++) pairs.Add((keys[i - 1], keys[i]));
        return pairs;
    }

    /// <summary>
    /// A paraphrase that keeps a phrase of the quote ("the world economy is treading water" of "the world economy has
    /// moved sideways") fits it better than one that only shares the words apart ("the world's advanced economies"):
    /// at most this much more, in the share of the question's neighbouring keys the quote has side by side.
    /// </summary>
    private const double PhraseBonus = 0.1;

    private static double PhraseShare(IReadOnlyList<string> keys, HashSet<(string, string)> pairs)
    {
        if (keys.Count < 2 || pairs.Count == 0) return 0;
        int found = 0;
        for (int i = 1; i < keys.Count; i++) if (pairs.Contains((keys[i - 1], keys[i]))) found++;
        return (double)found / (keys.Count - 1);
    }

    /// <summary>How often searches over many quotes look whether the turn was cancelled.</summary>
    private const int CheckEvery = 1024;

    /// <summary>Most word-for-word hits looked at: thousands of identical quotes say nothing more than hundreds.</summary>
    public const int MostVerbatimHits = 1000;

    public IReadOnlyList<QuoteMatch> FindQuotes(string fragment, int max, CancellationToken cancellationToken = default)
    {
        var best = new Dictionary<string, QuoteMatch>(StringComparer.Ordinal);
        foreach (var hit in FindVerbatim(fragment, cancellationToken)) best.TryAdd(hit.Quote.Key, hit);
        var keys = Words.Keys(fragment);
        if (keys.Count > 0)
        {
            var relevance = _relevance.Value;
            for (int i = 0; i < _quotes.Count; i++)
            {
                if (i % CheckEvery == 0) cancellationToken.ThrowIfCancellationRequested();
                var entry = _quotes[i];
                double score = relevance.Score(keys, entry.Keys, entry.Framing);
                if (score > 0) score = Math.Min(1, score + PhraseBonus * PhraseShare(keys, entry.Pairs));
                if (score > 0 && (!best.TryGetValue(entry.Quote.Key, out var known) || known.Score < score)) best[entry.Quote.Key] = new QuoteMatch(entry.Quote, score);
            }
        }
        return Best(best.Values, max);
    }

    /// <summary>The <paramref name="max"/> best, best first (earlier in the article first among equals), without sorting them all.</summary>
    private static List<QuoteMatch> Best(IEnumerable<QuoteMatch> matches, int max)
    {
        if (max <= 0) return [];
        var worstFirst = Comparer<QuoteMatch>.Create((a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Quote.Quote.Span.Start.CompareTo(a.Quote.Quote.Span.Start));
        var kept = new PriorityQueue<QuoteMatch, QuoteMatch>(worstFirst);
        foreach (var match in matches)
        {
            if (kept.Count < max) kept.Enqueue(match, match);
            else if (worstFirst.Compare(match, kept.Peek()) > 0) kept.EnqueueDequeue(match, match);
        }
        var result = new List<QuoteMatch>(kept.Count);
        while (kept.Count > 0) result.Add(kept.Dequeue());
        result.Reverse();
        return result;
    }

    /// <summary>
    /// Quotes whose text holds the fragment word for word (ignoring case and punctuation): each hit's
    /// quote found by a binary search over the article's quotes in text order, at most
    /// <see cref="MostVerbatimHits"/> hits.
    /// </summary>
    private IEnumerable<QuoteMatch> FindVerbatim(string fragment, CancellationToken cancellationToken)
    {
        var wanted = Words.Tokens(fragment);
        if (wanted.Count == 0) yield break;
        int hits = 0;
        foreach (var part in _parts)
            foreach (var hit in Occurrences(part.Tokens, wanted))
            {
                if (++hits > MostVerbatimHits) yield break;
                if (hits % CheckEvery == 0) cancellationToken.ThrowIfCancellationRequested();
                if (part.QuoteCovering(hit) is { } covering) yield return new QuoteMatch(covering, 1.0);
            }
    }

    internal static int Overlap(Quote quote, TextSpan hit) =>
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

    public IReadOnlyList<PassageMatch> FindPassages(string fragment, int max, CancellationToken cancellationToken = default)
    {
        var keys = Words.Keys(fragment);
        if (keys.Count == 0) return [];
        var sentences = _sentences.Value;
        var scored = new List<PassageMatch>();
        for (int i = 0; i < sentences.Count; i++)
        {
            if (i % CheckEvery == 0) cancellationToken.ThrowIfCancellationRequested();
            double score = _relevance.Value.Score(keys, sentences[i].Keys);
            if (score > 0) scored.Add(new PassageMatch(sentences[i].Article, sentences[i].Sentence, score));
        }
        return scored.OrderByDescending(m => m.Score).ThenBy(m => m.Sentence.Span.Start).Take(max).ToList();
    }

    /// <summary>A topic is met when a third of its weight is: more and rarer words rank higher.</summary>
    public const double TopicCover = 0.34;

    public IReadOnlyList<QuoteMatch> FindQuotesAbout(string topic, int max, CancellationToken cancellationToken = default)
    {
        var keys = Words.Keys(topic);
        if (keys.Count == 0) return [];
        var relevance = _relevance.Value;
        var found = new List<QuoteMatch>();
        int seen = 0;
        foreach (var part in _parts)
            foreach (var entry in part.Quotes)
            {
                if (seen++ % CheckEvery == 0) cancellationToken.ThrowIfCancellationRequested();
                double score = relevance.Score(keys, entry.Keys, entry.Framing, part.ParagraphKeys(entry.Quote.Quote.Paragraph));
                if (score >= TopicCover) found.Add(new QuoteMatch(entry.Quote, score));
            }
        return Best(found, max);
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

    public double Cover(string words, QuoteRef quote)
    {
        if (FindVerbatim(words, CancellationToken.None).Any(m => m.Quote.Key == quote.Key)) return 1;
        return _entryByKey.TryGetValue(quote.Key, out var entry) ? _relevance.Value.Cover(Words.Keys(words), entry.Keys, entry.Framing) : 0;
    }

    public IReadOnlySet<string> KeysOf(QuoteRef quote) => _entryByKey.TryGetValue(quote.Key, out var entry) ? entry.Keys : NoKeys;

    private static readonly HashSet<string> NoKeys = [];

    public IReadOnlyList<QuoteRef> QuotesBy(SpeakerRef speaker) => _quotesBySpeaker[speaker.Key].ToList();

    public SpeakerRef? SpeakerByKey(string key) => _speakerByKey.GetValueOrDefault(key);

    public QuoteRef? QuoteByKey(string key) => _quoteByKey.GetValueOrDefault(key);
}
