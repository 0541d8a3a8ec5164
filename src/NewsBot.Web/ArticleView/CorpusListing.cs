using NewsBot.Store;

namespace NewsBot.Web.ArticleView;

/// <summary>One page of the corpus page: its articles newest first, and the people quoted most across the store.</summary>
/// <param name="ChartScope">The chart counts the quotes of this many of the newest articles; null: of all of them.</param>
public sealed record CorpusListing(int Total, int Page, int PageSize, IReadOnlyList<StoredArticle> Articles, IReadOnlyList<QuotedPerson> MostQuoted, int? ChartScope)
{
    public const int DefaultPageSize = 50;
    public const int ChartRows = 12;

    /// <summary>Past this many articles the chart counts the newest ones only, which a large store answers without reading every speaker.</summary>
    public const int ChartArticles = 5000;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Page <paramref name="page"/> (0 the newest) of the store's articles; the store lists in the order added, so the page is read from the end.</summary>
    public static async Task<CorpusListing> ReadAsync(IArticleStore store, int page, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        int total = await store.CountAsync(cancellationToken);
        int pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 0, pages - 1);
        int end = total - page * pageSize;
        int start = Math.Max(0, end - pageSize);
        var articles = end > start ? await store.ListAsync(start, end - start, cancellationToken) : [];
        int? scope = total > ChartArticles ? ChartArticles : null;
        var mostQuoted = await store.MostQuotedAsync(ChartRows, scope, cancellationToken);
        return new CorpusListing(total, page, pageSize, articles.Reverse().ToList(), mostQuoted, scope);
    }
}
