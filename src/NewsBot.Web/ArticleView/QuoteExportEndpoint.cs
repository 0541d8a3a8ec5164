using System.Globalization;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Hosting;
using NewsBot.Store;
using NewsBot.Web.Articles;

namespace NewsBot.Web.ArticleView;

/// <summary>
/// GET /articles/quotes.csv?article=7&amp;article=12&amp;speaker=12:s3: the spreadsheet an answer's
/// export links to (<see cref="ArticleViewLinks.Export"/>), the quotes of these articles (of the
/// speakers named for an article, when some are) in the one CSV the quotes endpoint writes. Behind
/// the article view's door, since it shows what the pages show; bounded: at most
/// <see cref="QuoteExport.MostArticles"/> articles and <see cref="QuoteExport.MostRows"/> rows.
/// </summary>
public static class QuoteExportEndpoint
{
    public static async Task<IResult> GetAsync(HttpContext http, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        var ids = new List<long>();
        foreach (var value in query[ArticleViewLinks.ArticleParameter])
        {
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
                return Refused($"\u201c{Quotes.ArticleTitles.Shorten(value)}\u201d is not an article number.");
            if (!ids.Contains(id)) ids.Add(id);
        }
        if (ids.Count == 0) return Refused($"Say which articles to export: {ArticleViewLinks.ExportPath}?{ArticleViewLinks.ArticleParameter}=1.");
        if (ids.Count > QuoteExport.MostArticles) return Refused($"One export takes at most {QuoteExport.MostArticles} articles.");
        var speakers = new Dictionary<long, HashSet<string>>();
        foreach (var value in query[ArticleViewLinks.SpeakerParameter])
        {
            int colon = value?.IndexOf(':') ?? -1;
            if (colon <= 0 || !long.TryParse(value![..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !ids.Contains(id) || colon == value.Length - 1)
                return Refused($"\u201c{Quotes.ArticleTitles.Shorten(value)}\u201d is not one of the articles' speakers (article:speaker).");
            (speakers.TryGetValue(id, out var set) ? set : speakers[id] = new HashSet<string>(StringComparer.Ordinal)).Add(value[(colon + 1)..]);
        }
        var store = http.RequestServices.GetRequiredService<IArticleStore>();
        try
        {
            var listed = (await store.ListByIdAsync(ids, cancellationToken)).ToDictionary(a => a.Id);
            var articles = new List<CsvArticle>();
            foreach (var id in ids)
            {
                if (await store.GetAsync(id, cancellationToken) is not { } analysed)
                    return Results.Problem($"There is no article {id}.", statusCode: StatusCodes.Status404NotFound);
                articles.Add(new CsvArticle(analysed, listed.GetValueOrDefault(id), speakers.GetValueOrDefault(id)));
            }
            var (bytes, _) = QuotesCsv.Write(articles, QuoteExport.MostRows);
            var name = ids.Count == 1 ? $"article-{ids[0]}-quotes.csv" : "quotes.csv";
            return Results.File(bytes, "text/csv; charset=utf-8", name);
        }
        catch (ArticleStoreException e)
        {
            logs.CreateLogger("NewsBot.ArticleView").LogError(e, "An export could not read the store");
            return Results.Problem("NewsBot's article store did not answer. Try again in a moment.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static IResult Refused(string reason) => Results.Problem(reason, statusCode: StatusCodes.Status400BadRequest);
}
