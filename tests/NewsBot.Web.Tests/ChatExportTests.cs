using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Hosting;
using NewsBot.Ingest;
using NewsBot.Quotes;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>
/// "Export the quotes" through the host: the web chat gets a CSV file attachment, Teams a card that
/// opens it; the file is the quotes endpoint's CSV, of the person asked for alone, bounded for an
/// article of ten thousand quotes; the export address refuses what it cannot serve in words.
/// </summary>
public sealed class ChatExportTests : AnswerLinkHostTests
{
    private static List<List<string>> Rows(byte[] bytes) => QuotesCsvTests.Csv.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));

    private async Task<List<List<string>>> DownloadAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        return Rows(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_web_chat_gets_one_persons_quotes_as_a_csv_file()
    {
        var id = await AddReservoirAsync();

        var reply = await AnswerOnDirectLineAsync(Http, $"export quotes by {NewsroomArticles.ThirdSpeaker}");

        var file = Assert.Single(reply.Attachments);
        Assert.Equal(("text/csv", "quotes-clara-hendricks.csv"), (file.ContentType, file.Name));
        Assert.StartsWith(new Uri(Host.Address, "articles/quotes.csv?").AbsoluteUri, file.ContentUrl);
        var rows = await DownloadAsync(file.ContentUrl);
        var theirs = (await Store.GetAsync(id))!.Quotes.Count(q => q.SpeakerName == NewsroomArticles.ThirdSpeaker);
        Assert.Equal(NewsBot.Web.Articles.QuotesCsv.Columns, rows[0]);
        Assert.Equal(theirs, rows.Count - 1);
        Assert.All(rows.Skip(1), row => Assert.Equal((NewsroomArticles.ThirdSpeaker, NewsroomArticles.ReservoirTitle), (row[0], row[5])));
        Assert.Contains($"{theirs} quotes", reply.Text);
    }

    [Fact]
    public async Task Teams_gets_a_card_whose_button_opens_every_quote_of_the_articles()
    {
        await AddReservoirAsync();

        var reply = await AnswerOnApiMessagesAsync("msteams", "download the quotes as csv");

        Assert.DoesNotContain(reply.Attachments, a => a.ContentType == ExportRenderer.CsvContentType);
        var download = Assert.Single(OpenedUrls(CardOf(reply)!));
        var rows = await DownloadAsync(download);
        Assert.Equal((await Store.CheckIntegrityAsync()).Quotes, rows.Count - 1);
    }

    [Fact]
    public async Task An_article_of_ten_thousand_quotes_exports_five_thousand_rows()
    {
        var id = (await Store.AddAsync(LongHearing(10_000))).ArticleId;

        var rows = await DownloadAsync($"articles/quotes.csv?article={id}");

        Assert.Equal(QuoteExport.MostRows + 1, rows.Count);
        Assert.Equal("Point 5000 stands", rows[^1][2]);
        var exported = await AnswerOnDirectLineAsync(Http, "export the quotes");
        Assert.Contains($"The file holds the first 5,000 of the {(await Store.CheckIntegrityAsync()).Quotes:N0}", exported.Text);
        Assert.True(Newtonsoft.Json.JsonConvert.SerializeObject(exported).Length < 4_000, "the reply carries the file's address, not the file");
    }

    [Theory]
    [InlineData("articles/quotes.csv", HttpStatusCode.BadRequest, "Say which articles")]
    [InlineData("articles/quotes.csv?article=seven", HttpStatusCode.BadRequest, "is not an article number")]
    [InlineData("articles/quotes.csv?article=987654", HttpStatusCode.NotFound, "There is no article 987654")]
    [InlineData("articles/quotes.csv?article=1&speaker=2:s1", HttpStatusCode.BadRequest, "is not one of the articles' speakers")]
    [InlineData("articles/quotes.csv?article=1&speaker=1:", HttpStatusCode.BadRequest, "is not one of the articles' speakers")]
    public async Task The_export_address_refuses_what_it_cannot_serve_in_words(string path, HttpStatusCode status, string reason)
    {
        using var response = await Http.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task One_export_takes_at_most_thirty_articles()
    {
        var path = "articles/quotes.csv?" + string.Join('&', Enumerable.Range(1, QuoteExport.MostArticles + 1).Select(i => $"article={i}"));

        using var response = await Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"at most {QuoteExport.MostArticles} articles", await response.Content.ReadAsStringAsync());
    }

    /// <summary>An article of <paramref name="quotes"/> one-line quotes by one speaker, made by hand (the engine's output as stored).</summary>
    private static ArticleQuotes LongHearing(int quotes)
    {
        var text = new StringBuilder("The long hearing\n\n");
        var spans = new List<TextSpan>();
        for (int i = 1; i <= quotes; i++)
        {
            int start = text.Length + 1;
            text.Append($"\"Point {i} stands\", Ann Lee said.\n\n");
            spans.Add(new TextSpan(start, start + $"Point {i} stands".Length));
        }
        var article = Article.FromText(text.ToString(), "hearing.txt");
        var lee = new Speaker("s1", "Ann Lee", ["Lee"], SpeakerKind.Person, ["chair of the hearing"], quotes, new TextSpan(spans[0].End + 3, spans[0].End + 10));
        var quoted = spans.Select((span, i) => new Quote($"q{i}", "s1", "Ann Lee", $"Point {i + 1} stands", span, [span], QuoteKind.Direct, "said", null, null, null, i + 1)).ToList();
        return new ArticleQuotes(article, [lee], quoted);
    }
}
