using NewsBot.Quotes;

namespace NewsBot.Store;

/// <summary>
/// A newsroom's analysed articles, durable and searchable. Every backend keeps the same promises:
/// an article goes in whole or not at all; the same text added twice is stored once; reading an
/// article back gives its <see cref="ArticleQuotes"/> exactly as the engine made them, without
/// running the engine again; any user text is safe as a search (never query syntax); no call
/// returns more than <see cref="ArticleStore.MaxLimit"/> rows; backend failures surface as
/// <see cref="ArticleStoreException"/> with a message a user can act on.
/// </summary>
public interface IArticleStore : IAsyncDisposable
{
    /// <summary>Where the store lives, for messages (a file path, or a database named without its password).</summary>
    string Location { get; }

    /// <returns>The article's id, and whether it was new (false: the same text was already stored, under that id).</returns>
    Task<AddResult> AddAsync(ArticleQuotes analysed, DateTimeOffset? published = null, CancellationToken cancellationToken = default);

    /// <summary>The stored article with its speakers and quotes, or null when there is no such article.</summary>
    Task<ArticleQuotes?> GetAsync(long articleId, CancellationToken cancellationToken = default);

    /// <summary>Stored articles in the order they were added.</summary>
    Task<IReadOnlyList<StoredArticle>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Articles whose title or text has the words of <paramref name="about"/> (leaving out words such as "the" when others remain), best match first; when none has them all, articles with any of them.</summary>
    Task<IReadOnlyList<StoredArticle>> FindArticlesAsync(string? about, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>Quotes with <paramref name="text"/> word for word when there are any; else quotes with every word of it (leaving out words such as "the" when others remain), each of those the most recently stored first; when none has them all, quotes with any of them, best match first.</summary>
    Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(string? text, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>Speakers and mentioned people, across articles, whose name or alias has every word of <paramref name="name"/> (the last may be the start of a word), the most recently stored first: how well a name fits is the caller's to judge.</summary>
    Task<IReadOnlyList<SpeakerHit>> FindSpeakersAsync(string? name, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>Quotes, across articles, by speakers whose name or alias has every word of <paramref name="name"/>, a page at a time: the most recently stored article first, each article's quotes in order.</summary>
    Task<IReadOnlyList<QuoteHit>> QuotesBySpeakerAsync(string? name, int limit = 20, int offset = 0, CancellationToken cancellationToken = default);

    /// <summary>Quoted speakers (not people only mentioned), across articles, whose name or alias has every word of <paramref name="name"/>: the most recently stored first, without reading their quotes.</summary>
    Task<IReadOnlyList<SpeakerHit>> QuotedSpeakersAsync(string? name, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>The stored article whose text has this <see cref="ArticleStore.ContentHash"/>, or null: lets a caller skip the engine for text already stored.</summary>
    Task<StoredArticle?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>The stored articles with these ids, in the order given; unknown ids are left out.</summary>
    Task<IReadOnlyList<StoredArticle>> ListByIdAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// The stored articles with these ids (at most <see cref="ArticleStore.MaxLimit"/>), each with its speakers and quotes
    /// as <see cref="GetAsync"/> gives them, in the order given; unknown ids are left out. A backend reads them all
    /// at once; this default reads them one by one.
    /// </summary>
    async Task<IReadOnlyList<StoredAnalysis>> GetManyAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken = default)
    {
        var found = new List<StoredAnalysis>();
        foreach (var info in await ListByIdAsync(articleIds, cancellationToken))
            if (await GetAsync(info.Id, cancellationToken) is { } analysis) found.Add(new StoredAnalysis(info, analysis));
        return found;
    }

    /// <summary>
    /// The people quoted most (by name as stored), most quotes first: across all articles, or with
    /// <paramref name="latestArticles"/> across that many of the articles added last (a large store
    /// answers that from the newest rows instead of reading every speaker).
    /// </summary>
    Task<IReadOnlyList<QuotedPerson>> MostQuotedAsync(int limit = 20, int? latestArticles = null, CancellationToken cancellationToken = default);

    /// <summary>Checks the stored data against itself: search indexes against tables, and every article against the counts it was stored with.</summary>
    Task<StoreIntegrity> CheckIntegrityAsync(CancellationToken cancellationToken = default);
}
