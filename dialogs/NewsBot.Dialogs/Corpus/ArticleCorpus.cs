using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;
using NewsBot.Store;

namespace NewsBot.Dialogs.Corpus;

/// <summary>
/// The articles of a store as the conversation sees them: which few articles a question needs
/// (found with the store's searches, never by reading them all), read back through a cache, and
/// made into the small index one turn answers from. A store of few articles is read whole.
/// </summary>
public sealed class ArticleCorpus(IArticleStore store, AnalysedArticles articles)
{
    /// <summary>Up to this many articles, every question reads all of them, exactly as with articles held in memory.</summary>
    public const int SmallCorpus = 30;

    /// <summary>Most articles one question about a person reads from a large store: enough for a page of quotes.</summary>
    public const int ArticlesPerQuestion = 5;

    /// <summary>Most articles "who said ...?" reads: the best few quote hits' articles.</summary>
    public const int ArticlesPerFragment = 4;

    /// <summary>Quoted speakers read by a name search before ranking (the newest first): a person quoted in that many articles.</summary>
    private const int QuotedSpeakerHits = 150;

    /// <summary>Speakers read by a search for people only mentioned, or named in part.</summary>
    private const int SpeakerHits = 100;

    private const double MinimumNameScore = 0.4;
    private const double OtherFormWeight = 0.97;

    private sealed record Whole(int Count, IQuoteIndex Index);
    private sealed record Quoted(int Count, IReadOnlyList<QuotedPerson> People);

    private sealed record Counted(int Count, long At);

    private volatile Whole? _whole;
    private volatile Counted? _count;
    private volatile Quoted? _quoted;

    public IArticleStore Store => store;

    /// <summary>
    /// How many articles the store holds, read again after <see cref="CountFreshFor"/>: counting a
    /// large store's rows takes longer than the rest of a turn, and a count a moment old does no harm.
    /// </summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        if (_count is { } known && Environment.TickCount64 - known.At < CountFreshFor.TotalMilliseconds) return known.Count;
        int count = await store.CountAsync(cancellationToken);
        _count = new Counted(count, Environment.TickCount64);
        return count;
    }

    public static readonly TimeSpan CountFreshFor = TimeSpan.FromSeconds(2);

    /// <summary>An article was just added here: count again on the next question, so the answer includes it.</summary>
    public void ArticleAdded() => _count = null;

    /// <summary>Every article of a small store, in the order added (kept while the count stays the same).</summary>
    public async Task<IQuoteIndex> WholeAsync(int count, CancellationToken cancellationToken)
    {
        if (_whole is { } whole && whole.Count == count) return whole.Index;
        var listed = await store.ListAsync(0, count, cancellationToken);
        var index = InMemoryQuoteIndex.FromParts(await articles.GetAsync(listed.Select(a => a.Id).ToList(), cancellationToken));
        _whole = new Whole(count, index);
        return index;
    }

    /// <summary>An index over just these articles, speaking for <paramref name="articlesInPlay"/>.</summary>
    public async Task<IQuoteIndex> WorkingSetAsync(IReadOnlyList<long> ids, int articlesInPlay, CancellationToken cancellationToken) =>
        InMemoryQuoteIndex.FromParts(await articles.GetAsync(ids, cancellationToken), articlesInPlay);

    public Task<IReadOnlyList<InMemoryQuoteIndex.ArticlePart>> ReadAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        articles.GetAsync(ids, cancellationToken);

    /// <summary>
    /// Articles where someone so named speaks, most relevant first: how well the name fits, then
    /// articles that quote them, then the newest, then where they said most. Quoted people come
    /// from the store's quoted-speakers search (the newest of them, without ranking every match or reading their quotes);
    /// people only mentioned, names typed in part and misspelt names from the speaker search.
    /// </summary>
    public async Task<IReadOnlyList<long>> SpeakerArticlesAsync(string typed, CancellationToken cancellationToken)
    {
        var words = NameMatcher.NameWords(typed);
        if (words.Count == 0) return [];
        var name = string.Join(' ', words);
        var scores = new NameScores(words);
        var candidates = (await store.QuotedSpeakersAsync(name, QuotedSpeakerHits, cancellationToken))
            .Select(s => new Candidate(s.ArticleId, s.ArticlePublished, [s.Name], s.QuoteCount, s.Kind))
            .ToList();
        if (candidates.Count == 0)
        {
            var hits = await store.FindSpeakersAsync(name, SpeakerHits, cancellationToken);
            // Words before the name ("former President Bill Clinton"): the name is what the typed words end with.
            for (int skip = 1; hits.Count == 0 && skip <= words.Count - (EndsWithCapital(typed) ? 1 : 2); skip++)
                hits = await store.FindSpeakersAsync(string.Join(' ', words.Skip(skip)), SpeakerHits, cancellationToken);
            if (hits.Count == 0 && words.MaxBy(w => w.Length) is { Length: > 4 } longest)
                hits = await store.FindSpeakersAsync(longest[..4], SpeakerHits, cancellationToken); // a misspelt name: its start, then judged by the name matcher
            candidates = hits.Select(h => new Candidate(h.ArticleId, h.ArticlePublished, [h.Name, .. h.Aliases], h.QuoteCount, h.Kind))
                .Where(c => scores.Of(c) >= MinimumNameScore).ToList();
        }
        var best = candidates
            .Select(c => (Candidate: c, Score: scores.Of(c)))
            .GroupBy(x => x.Candidate.ArticleId)
            .Select(g => g.OrderByDescending(x => x.Score).ThenByDescending(x => x.Candidate.Quotes).First())
            .ToList();
        return best
            .OrderByDescending(x => Math.Round(x.Score, 2))
            .ThenByDescending(x => x.Candidate.Quotes > 0)
            .ThenByDescending(x => x.Candidate.Published ?? DateTimeOffset.MinValue)
            .ThenByDescending(x => x.Candidate.Quotes)
            .ThenByDescending(x => x.Candidate.ArticleId)
            .Select(x => x.Candidate.ArticleId).ToList();
    }

    /// <summary>Whether the last word was typed with a capital, as a surname is: alone, a lower-case last word is more often a noun ("company").</summary>
    private static bool EndsWithCapital(string typed) =>
        typed.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() is { Length: > 0 } last && char.IsUpper(last[0]);

    /// <summary>Someone found in one article: their name (and aliases, when known) and how many quotes they have there.</summary>
    private sealed record Candidate(long ArticleId, DateTimeOffset? Published, IReadOnlyList<string> Names, int Quotes, Quotes.SpeakerKind Kind);

    /// <summary>
    /// Each name's score, worked out once: a person quoted in many articles is a hundred candidates of the same name,
    /// and scoring a name reads its words again.
    /// </summary>
    private sealed class NameScores(IReadOnlyList<string> typed)
    {
        private readonly Dictionary<(Quotes.SpeakerKind, string), double> _known = [];

        public double Of(Candidate candidate)
        {
            var names = candidate.Names.Count == 1 ? candidate.Names[0] : string.Join('\n', candidate.Names);
            if (!_known.TryGetValue((candidate.Kind, names), out var score))
                _known[(candidate.Kind, names)] = score = NameScore(typed, candidate);
            return score;
        }
    }

    /// <summary>The full name fits best; an alias slightly less, so "Obama" prefers the speaker so named.</summary>
    private static double NameScore(IReadOnlyList<string> typed, Candidate candidate) =>
        candidate.Kind == Quotes.SpeakerKind.Person && candidate.Names.Count > 0 && NameMatcher.NamesSomeoneElse(typed, NameMatcher.NameWords(candidate.Names[0])) ? 0
        : candidate.Names.Select((n, i) => NameMatcher.Score(typed, NameMatcher.NameWords(n)) * (i == 0 ? 1 : OtherFormWeight)).DefaultIfEmpty(0).Max();

    /// <summary>Articles with quotes that have the question's words, best first.</summary>
    public async Task<IReadOnlyList<long>> QuoteArticlesAsync(string text, CancellationToken cancellationToken)
    {
        var hits = await store.FindQuotesAsync(SearchWords(text), 5 * ArticlesPerFragment, cancellationToken);
        return hits.Select(h => h.ArticleId).Distinct().ToList();
    }

    /// <summary>Articles whose title or text has the words, best first.</summary>
    public async Task<IReadOnlyList<StoredArticle>> ArticlesAboutAsync(string text, int limit, CancellationToken cancellationToken) =>
        await store.FindArticlesAsync(SearchWords(text), limit, cancellationToken);

    /// <summary>The words to search for: the first few of what was asked (the store leaves out words such as "the" itself).</summary>
    public static string SearchWords(string text) => string.Join(' ', Words.Tokens(text).Take(MaxSearchWords));

    private const int MaxSearchWords = 12;

    /// <summary>"Who was quoted?" over a large store reads this many of the latest articles: all of them would take seconds.</summary>
    public const int MostQuotedWindow = 1000;

    /// <summary>"Who was quoted?" over a large store names this many people, and up to <see cref="MostQuotedOthers"/> organisations and groups.</summary>
    public const int MostQuotedPeople = 10;

    public const int MostQuotedOthers = 5;

    /// <summary>The people (and organisations, and groups) quoted most in the latest <see cref="MostQuotedWindow"/> articles (kept while the count stays the same).</summary>
    public async Task<IReadOnlyList<QuotedPerson>> MostQuotedAsync(int count, CancellationToken cancellationToken)
    {
        if (_quoted is { } quoted && quoted.Count == count) return quoted.People;
        var people = await store.MostQuotedAsync(2 * (MostQuotedPeople + MostQuotedOthers), MostQuotedWindow, cancellationToken);
        _quoted = new Quoted(count, people);
        return people;
    }
}
