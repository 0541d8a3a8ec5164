using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingest;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>GET /api/articles/{id}/quotes.csv: the key /api/articles asks for, RFC 4180 quoting, and no field a spreadsheet would run as a formula.</summary>
public sealed class QuotesCsvTests : IngestHostTests
{
    /// <summary>A headline that a spreadsheet would run, a role with a comma, a quote with quotation marks.</summary>
    private const string Hostile = """
        =HYPERLINK("http://attacker.example/","Open me")

        "We will open the new bridge in May, not before," said Priya Raman, the council's engineer, speaking in Ostby.

        Tom Becker, a ferry operator, said the bridge would end his business.
        """;

    private async Task<long> AddAsync(string text)
    {
        var added = await Host.Services.GetRequiredService<ArticleIntake>().AddTextAsync(text, "hostile.txt");
        Assert.True(added.Stored, added.Reason);
        return added.ArticleId!.Value;
    }

    private Task<HttpResponseMessage> GetAsync(string path, string? key = ApiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return Http.SendAsync(request);
    }

    [Fact]
    public async Task The_quotes_of_an_article_come_as_csv_one_row_each_with_every_column()
    {
        var id = await AddAsync(NewsroomArticles.Reservoir);

        using var response = await GetAsync($"api/articles/{id}/quotes.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"article-{id}-quotes.csv", response.Content.Headers.ContentDisposition!.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(["speaker", "role", "quote", "kind", "paragraph", "article", "date"], rows[0]);
        var analysed = (await Store.GetAsync(id))!;
        Assert.Equal(analysed.Quotes.Count, rows.Count - 1);
        var hendricks = rows.Single(r => r[2].StartsWith("\"Warm water", StringComparison.Ordinal));
        Assert.Equal(["Clara Hendricks", "secretary of the Aldwin Angling Club", "direct", "7", NewsroomArticles.ReservoirTitle], [hendricks[0], hendricks[1], hendricks[3], hendricks[4], hendricks[5]]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", hendricks[6]);
        Assert.Contains(rows, r => r[3] == "indirect");
    }

    [Fact]
    public async Task Fields_are_quoted_as_RFC_4180_says_and_a_formula_is_escaped()
    {
        var id = await AddAsync(Hostile);

        using var response = await GetAsync($"api/articles/{id}/quotes.csv");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        Assert.Contains("\r\n", text);
        var rows = Csv.Parse(text);
        Assert.All(rows, r => Assert.Equal(7, r.Count));
        var raman = rows.Single(r => r[0] == "Priya Raman");
        Assert.Equal("\"We will open the new bridge in May, not before,\"", raman[2]);
        Assert.StartsWith("\"\"\"We will open", text.Split("\r\n").Single(l => l.StartsWith("Priya Raman", StringComparison.Ordinal)).Split(',', 3)[2]);
        Assert.All(rows.Skip(1), r => Assert.StartsWith("'=HYPERLINK", r[5]));
        Assert.DoesNotContain(rows.SelectMany(r => r), field => field.Length > 0 && "=+-@".Contains(field[0]));
    }

    [Fact]
    public async Task The_csv_needs_the_key_and_a_missing_or_malformed_article_is_404()
    {
        var id = await AddAsync(NewsroomArticles.Reservoir);

        using var noKey = await GetAsync($"api/articles/{id}/quotes.csv", key: null);
        using var missing = await GetAsync("api/articles/987654/quotes.csv");
        using var malformed = await GetAsync("api/articles/abc/quotes.csv");

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("no article 987654", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Contains("not an article number", await malformed.Content.ReadAsStringAsync());
    }

    /// <summary>An RFC 4180 reader, small on purpose: the test must not read the CSV with the code that wrote it.</summary>
    internal static class Csv
    {
        public static List<List<string>> Parse(string text)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var field = new StringBuilder();
            bool quoted = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (quoted)
                {
                    if (c != '"') field.Append(c);
                    else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    i++;
                }
                else field.Append(c);
            }
            if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
            return rows;
        }
    }
}
