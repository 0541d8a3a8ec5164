using NewsBot.Quotes;
using NewsBot.Store.People;
using NewsBot.Quotes.Text;

namespace NewsBot.Store;

/// <summary>
/// The store contract kept in memory, for a bot given a handful of article files and no database:
/// the conversation then reads its articles through the same <see cref="IArticleStore"/> as over a
/// SQLite or PostgreSQL store. Searches scan what is held (fine for the hundreds of articles memory
/// is meant for) with the same words, stop words and stemming as the stores' full-text indexes.
/// Nothing outlives the process; <see cref="OpenAnother"/> gives another instance over the same articles.
/// </summary>
public sealed class MemoryArticleStore : IArticleStore, IDisposable
{
    private readonly Contents _contents;

    public MemoryArticleStore() : this(new Contents()) { }

    private MemoryArticleStore(Contents contents) => _contents = contents;

    public string Location => "memory";

    /// <summary>Another instance over the same articles, as a second process opening the same store file would be.</summary>
    public MemoryArticleStore OpenAnother() => new(_contents);

    /// <summary>One stored article and what its searches look in: stemmed quote words, name words.</summary>
    private sealed record Entry(StoredArticle Info, string ContentHash, ArticleQuotes Analysis, HashSet<string>[] QuoteWords, HashSet<string> TitleWords, HashSet<string> TextWords)
    {
        public IReadOnlyList<string>[] SpeakerWords { get; } = Analysis.Speakers.Select(s => (IReadOnlyList<string>)NameWords(s)).ToArray();
    }

    /// <summary>The articles, replaced whole on every add, so a search reads one consistent list without a lock.</summary>
    private sealed class Contents
    {
        public readonly Lock Adding = new();
        public volatile IReadOnlyList<Entry> Articles = [];
    }

    public Task<AddResult> AddAsync(ArticleQuotes analysed, DateTimeOffset? published = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        cancellationToken.ThrowIfCancellationRequested();
        Validate(analysed);
        var hash = ArticleStore.ContentHash(analysed.Article.Text);
        lock (_contents.Adding)
        {
            var articles = _contents.Articles;
            if (articles.FirstOrDefault(a => a.ContentHash == hash) is { } existing) return Task.FromResult(new AddResult(existing.Info.Id, IsNew: false));
            long id = articles.Count == 0 ? 1 : articles[^1].Info.Id + 1;
            var info = new StoredArticle(id, analysed.Article.Source, analysed.Article.Title, published, DateTimeOffset.UtcNow, analysed.Speakers.Count, analysed.Quotes.Count);
            var entry = new Entry(info, hash, analysed,
                analysed.Quotes.Select(q => SearchSet(q.Text)).ToArray(), SearchSet(analysed.Article.Title), SearchSet(analysed.Article.Text));
            _contents.Articles = [.. articles, entry];
            return Task.FromResult(new AddResult(id, IsNew: true));
        }
    }

    /// <summary>What a database's unique keys refuse: two speakers or two quotes of one article with the same id.</summary>
    private static void Validate(ArticleQuotes analysed)
    {
        if (analysed.Speakers.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() != analysed.Speakers.Count)
            throw new ArticleStoreException("The article has two speakers with the same id; nothing was stored.");
        if (analysed.Quotes.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count() != analysed.Quotes.Count)
            throw new ArticleStoreException("The article has two quotes with the same id; nothing was stored.");
    }

    public Task<ArticleQuotes?> GetAsync(long articleId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Find(articleId)?.Analysis);

    public Task<IReadOnlyList<StoredArticle>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default) =>
        Done(_contents.Articles.Skip(Math.Max(0, offset)).Take(Limit(limit)).Select(a => a.Info));

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(_contents.Articles.Count);

    public Task<IReadOnlyList<StoredArticle>> FindArticlesAsync(string? about, int limit = 20, CancellationToken cancellationToken = default)
    {
        var articles = _contents.Articles;
        return ArticleStore.SearchInStepsAsync<StoredArticle>(about, Limit(limit), textOf: null, step =>
        {
            var words = Stems(FtsQuery.ContentWords(about));
            if (words.Count == 0) return Done<StoredArticle>([]);
            bool Has(Entry a, string w) => a.TitleWords.Contains(w) || a.TextWords.Contains(w);
            var hits = articles.Where(a => step == SearchStep.AnyWord ? words.Any(w => Has(a, w)) : words.All(w => Has(a, w)));
            // As the stores rank: a word in the title weighs ten times one in the text, rarer words more.
            double Rarity(string w) => Math.Log(1 + (articles.Count + 1.0) / (articles.Count(a => Has(a, w)) + 1.0));
            double Score(Entry a) => words.Sum(w => (a.TitleWords.Contains(w) ? 10 : 0) + (a.TextWords.Contains(w) ? 1 : 0) * Rarity(w));
            return Done(hits.OrderByDescending(Score).ThenBy(a => a.Info.Id).Take(Limit(limit)).Select(a => a.Info));
        });
    }

    public Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(string? text, int limit = 20, CancellationToken cancellationToken = default)
    {
        var articles = _contents.Articles;
        return ArticleStore.SearchInStepsAsync<QuoteHit>(text, Limit(limit), hit => hit.Text, step =>
        {
            var words = step == SearchStep.Phrase ? Stems(FtsQuery.Words(text)) : Stems(FtsQuery.ContentWords(text));
            if (words.Count == 0) return Done<QuoteHit>([]);
            var quotes = AllQuotes(articles);
            if (step == SearchStep.Phrase)
            {
                var phrase = ArticleStore.Stems(FtsQuery.Words(text));
                return Done(quotes.Where(q => ArticleStore.HasPhrase(SearchWords(q.Quote.Text), phrase)).Take(Limit(limit)).Select(q => q.Hit));
            }
            if (step == SearchStep.EveryWord)
                return Done(quotes.Where(q => words.All(q.Words.Contains)).Take(Limit(limit)).Select(q => q.Hit));
            double Rarity(string w) => Math.Log(1 + (quotes.Count + 1.0) / (quotes.Count(q => q.Words.Contains(w)) + 1.0));
            var rarity = words.ToDictionary(w => w, Rarity);
            return Done(quotes.Select(q => (q.Hit, Score: words.Where(q.Words.Contains).Sum(w => rarity[w]) / Math.Sqrt(1 + q.Words.Count)))
                .Where(x => x.Score > 0).OrderByDescending(x => x.Score).Take(Limit(limit)).Select(x => x.Hit));
        });
    }

    public Task<IReadOnlyList<SpeakerHit>> FindSpeakersAsync(string? name, int limit = 20, CancellationToken cancellationToken = default) =>
        Done(Speakers(name, lastIsPrefix: true, quotedOnly: false).Take(Limit(limit)).Select(s => s.Hit));

    public Task<IReadOnlyList<SpeakerHit>> QuotedSpeakersAsync(string? name, int limit = 20, CancellationToken cancellationToken = default) =>
        Done(Speakers(name, lastIsPrefix: false, quotedOnly: true).Take(Limit(limit)).Select(s => s.Hit));

    public Task<IReadOnlyList<QuoteHit>> QuotesBySpeakerAsync(string? name, int limit = 20, int offset = 0, CancellationToken cancellationToken = default) =>
        Done(Speakers(name, lastIsPrefix: false, quotedOnly: true)
            .SelectMany(s => s.Entry.Analysis.Quotes.Where(q => q.SpeakerId == s.Speaker.Id).Select(q => QuoteHitOf(s.Entry, q)))
            .Skip(Math.Max(0, offset)).Take(Limit(limit)));

    public Task<StoredArticle?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken = default) =>
        Task.FromResult(_contents.Articles.FirstOrDefault(a => a.ContentHash == contentHash)?.Info);

    public Task<IReadOnlyList<StoredArticle>> ListByIdAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        return Done(articleIds.Distinct().Take(ArticleStore.MaxLimit).Select(Find).OfType<Entry>().Select(a => a.Info));
    }

    public Task<IReadOnlyList<QuotedPerson>> MostQuotedAsync(int limit = 20, int? latestArticles = null, CancellationToken cancellationToken = default)
    {
        var articles = _contents.Articles;
        var window = latestArticles is { } latest ? articles.Skip(Math.Max(0, articles.Count - Math.Max(0, latest))) : articles;
        // The names counted, as the database stores count them, then merged into people.
        var names = window.SelectMany(a => a.Analysis.Speakers.Where(s => s.QuoteCount > 0).Select(s => (a.Info.Id, Speaker: s)))
            .GroupBy(x => (x.Speaker.Name, x.Speaker.Kind, x.Speaker.Gender, Roles: System.Text.Json.JsonSerializer.Serialize(x.Speaker.Roles)))
            .Select(g => new NameTally(g.Key.Name, g.Key.Kind, g.Key.Gender, g.Key.Roles, g.Sum(x => x.Speaker.QuoteCount), g.Select(x => x.Id).Distinct().Count()))
            .OrderByDescending(n => n.Quotes).ThenByDescending(n => n.Articles).ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(MostQuotedPeople.NamesRead)
            .ToList();
        return Task.FromResult(MostQuotedPeople.Of(names, Limit(limit)));
    }

    public Task<StoreIntegrity> CheckIntegrityAsync(CancellationToken cancellationToken = default)
    {
        var articles = _contents.Articles;
        var problems = articles
            .Where(a => a.Info.SpeakerCount != a.Analysis.Speakers.Count || a.Info.QuoteCount != a.Analysis.Quotes.Count)
            .Select(a => $"article {a.Info.Id} was stored with {a.Info.SpeakerCount} speakers and {a.Info.QuoteCount} quotes but has {a.Analysis.Speakers.Count} and {a.Analysis.Quotes.Count}")
            .ToList();
        return Task.FromResult(new StoreIntegrity(articles.Count, articles.Sum(a => a.Analysis.Speakers.Count), articles.Sum(a => a.Analysis.Quotes.Count), problems));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Dispose() { }

    private Entry? Find(long id)
    {
        var articles = _contents.Articles;
        // Ids are given in order from 1 and nothing is removed: an article's id is its place.
        return id >= 1 && id <= articles.Count && articles[(int)id - 1].Info.Id == id ? articles[(int)id - 1] : null;
    }

    private sealed record QuoteRow(QuoteHit Hit, Quote Quote, HashSet<string> Words);

    /// <summary>Every quote, the most recently stored first (as the stores' newest-first searches read them).</summary>
    private static List<QuoteRow> AllQuotes(IReadOnlyList<Entry> articles)
    {
        var rows = new List<QuoteRow>();
        for (int a = articles.Count - 1; a >= 0; a--)
        {
            var entry = articles[a];
            for (int q = entry.Analysis.Quotes.Count - 1; q >= 0; q--)
                rows.Add(new QuoteRow(QuoteHitOf(entry, entry.Analysis.Quotes[q]), entry.Analysis.Quotes[q], entry.QuoteWords[q]));
        }
        return rows;
    }

    private sealed record SpeakerRow(Entry Entry, Speaker Speaker, SpeakerHit Hit);

    /// <summary>Speakers whose name or aliases hold every word of <paramref name="name"/>, the newest first.</summary>
    private IEnumerable<SpeakerRow> Speakers(string? name, bool lastIsPrefix, bool quotedOnly)
    {
        var wanted = FtsQuery.Words(name).Select(TextFold.Fold).ToList();
        if (wanted.Count == 0) yield break;
        var articles = _contents.Articles;
        for (int a = articles.Count - 1; a >= 0; a--)
        {
            var entry = articles[a];
            for (int s = entry.Analysis.Speakers.Count - 1; s >= 0; s--)
            {
                var speaker = entry.Analysis.Speakers[s];
                if (quotedOnly && speaker.QuoteCount == 0) continue;
                var words = entry.SpeakerWords[s];
                bool fits = wanted.Select((w, i) => lastIsPrefix && i == wanted.Count - 1
                    ? words.Any(n => n.StartsWith(w, StringComparison.Ordinal))
                    : words.Contains(w)).All(x => x);
                if (fits)
                    yield return new SpeakerRow(entry, speaker, new SpeakerHit(entry.Info.Id, entry.Info.Title, entry.Info.Published,
                        speaker.Id, speaker.Name, speaker.Aliases, speaker.Kind, speaker.QuoteCount));
            }
        }
    }

    private static QuoteHit QuoteHitOf(Entry entry, Quote quote) =>
        new(entry.Info.Id, entry.Info.Title, quote.Id, quote.Text, quote.SpeakerId, quote.SpeakerName, quote.Kind);

    /// <summary>A name's words as the stores' name index holds them: folded, not stemmed (names stay names).</summary>
    private static List<string> NameWords(Speaker speaker) =>
        FtsQuery.AllWords(speaker.Name + " " + string.Join(' ', speaker.Aliases)).Select(TextFold.Fold).ToList();

    /// <summary>Text as the stores' quote and article indexes hold it: folded and stemmed words.</summary>
    private static HashSet<string> SearchSet(string text) => new(SearchWords(text), StringComparer.Ordinal);

    private static List<string> SearchWords(string text) => ArticleStore.Stems(FtsQuery.AllWords(text));

    private static List<string> Stems(IReadOnlyList<string> words) => ArticleStore.Stems(words).Distinct().ToList();

    private static int Limit(int limit) => Math.Clamp(limit, 0, ArticleStore.MaxLimit);

    private static Task<IReadOnlyList<T>> Done<T>(IEnumerable<T> items) => Task.FromResult<IReadOnlyList<T>>(items.ToList());
}
