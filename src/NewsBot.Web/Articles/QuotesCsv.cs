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

    public static byte[] Write(ArticleQuotes analysed, StoredArticle? stored) => Write([new CsvArticle(analysed, stored)]).Bytes;

    /// <summary>The quotes of the articles, in order, each article's in its own order; at most <paramref name="maxRows"/> rows after the header.</summary>
    public static (byte[] Bytes, int Rows) Write(IEnumerable<CsvArticle> articles, int maxRows = int.MaxValue)
    {
        using var bytes = new MemoryStream();
        int rows = 0;
        using (var csv = CsvWriter.Create(bytes, Format, leaveOpen: true))
        {
            csv.WriteHeader(Columns);
            foreach (var article in articles)
            {
                rows += WriteRows(csv, article, maxRows - rows);
                if (rows >= maxRows) break;
            }
        }
        return (bytes.ToArray(), rows);
    }

    private static int WriteRows(CsvWriter csv, CsvArticle article, int room)
    {
        var (analysed, stored, speakers) = article;
        var numbers = ArticleLayout.ReaderNumbers(analysed.Article);
        var title = ArticleTitles.Shorten(stored?.Title ?? analysed.Article.Title);
        var date = (stored?.Published ?? stored?.Added)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        var quotes = analysed.Quotes.Where(q => speakers is null || q.SpeakerId is { } id && speakers.Contains(id)).OrderBy(q => q.Span.Start).Take(room);
        int rows = 0;
        foreach (var quote in quotes)
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
            rows++;
        }
        return rows;
    }
}

/// <summary>An article for the CSV: its quotes, its stored listing (title, date), and the speakers kept (null: every quote).</summary>
public sealed record CsvArticle(ArticleQuotes Analysed, StoredArticle? Stored, IReadOnlySet<string>? Speakers = null);
