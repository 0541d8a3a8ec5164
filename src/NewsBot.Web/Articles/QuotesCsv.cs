using System.Globalization;
using CsvHelper;
using NewsBot.Quotes;
using NewsBot.Store;
using NewsBot.Web.ArticleView;

namespace NewsBot.Web.Articles;

/// <summary>
/// GET /api/articles/{id}/quotes.csv: one row per quote (speaker, role, quote, kind, paragraph,
/// article, date), written by CsvHelper as RFC 4180 (fields with commas, quotes or line breaks
/// quoted, quotes doubled, CRLF line ends) and safe to open in a spreadsheet: a field that starts as
/// a formula would (=, +, -, @, tab, carriage return) is escaped with a leading apostrophe.
/// UTF-8 with a byte order mark, so spreadsheets read the accents right.
/// </summary>
public static class QuotesCsv
{
    public static readonly string[] Columns = ["speaker", "role", "quote", "kind", "paragraph", "article", "date"];

    private static readonly CsvWriterOptions Format = new()
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static async Task<IResult> GetAsync(HttpContext http, string id, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var articleId) || articleId <= 0)
            return Results.Problem($"\"{ArticleTitles.Shorten(id)}\" is not an article number.", statusCode: StatusCodes.Status404NotFound);
        var store = http.RequestServices.GetRequiredService<IArticleStore>();
        var analysed = await store.GetAsync(articleId, cancellationToken);
        if (analysed is null) return Results.Problem($"There is no article {articleId}.", statusCode: StatusCodes.Status404NotFound);
        var stored = (await store.ListByIdAsync([articleId], cancellationToken)).FirstOrDefault();
        return Results.File(Write(analysed, stored), "text/csv; charset=utf-8", $"article-{articleId}-quotes.csv");
    }

    public static byte[] Write(ArticleQuotes analysed, StoredArticle? stored)
    {
        var numbers = ArticleLayout.ReaderNumbers(analysed.Article);
        var title = ArticleTitles.Shorten(stored?.Title ?? analysed.Article.Title);
        var date = (stored?.Published ?? stored?.Added)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        using var bytes = new MemoryStream();
        using (var csv = CsvWriter.Create(bytes, Format, leaveOpen: true))
        {
            csv.WriteHeader(Columns);
            foreach (var quote in analysed.Quotes.OrderBy(q => q.Span.Start))
            {
                var speaker = analysed.SpeakerOf(quote);
                csv.WriteField(speaker?.Name ?? quote.SpeakerName);
                csv.WriteField(speaker is null ? "" : string.Join("; ", speaker.Roles));
                csv.WriteField(quote.Text.Trim());
                csv.WriteField(quote.Kind.ToString().ToLowerInvariant());
                csv.WriteField(numbers.ElementAtOrDefault(quote.Paragraph).ToString(CultureInfo.InvariantCulture));
                csv.WriteField(title);
                csv.WriteField(date);
                csv.EndRecord();
            }
        }
        return bytes.ToArray();
    }
}
