using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingest;
using NewsBot.Quotes;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>
/// The article view in headless Chromium: every quote the store holds for the article is marked,
/// in its speaker's colour (checked in the DOM and in the screenshot's pixels), the legend's counts
/// are the marks', reported speech has a colour apart, and a click on a name or a quote shows that
/// speaker's words. The corpus page draws the most-quoted chart from the store's counts.
/// </summary>
public sealed class ArticleViewBrowserTests : IngestHostTests
{
    private async Task<(long Id, ArticleQuotes Analysed)> AddReservoirAsync()
    {
        var added = await Host.Services.GetRequiredService<ArticleIntake>().AddTextAsync(NewsroomArticles.Reservoir, "reservoir.txt");
        Assert.True(added.Stored, added.Reason);
        return (added.ArticleId!.Value, (await Store.GetAsync(added.ArticleId.Value))!);
    }

    [Fact]
    public async Task Every_quote_is_marked_in_its_speakers_colour_and_a_click_shows_that_speakers_words()
    {
        var (id, analysed) = await AddReservoirAsync();

        var run = await NewsroomBrowser.RunAsync("article-view", new Uri(Host.Address, $"articles/{id}"), "article-view.png",
            "--clicked-screenshot", Path.Combine(Tools.ArtifactsFolder("screenshots"), "article-view-speaker.png"));

        Assert.True(run.Succeeded, run.Outcome.ToString());
        var report = run.Report;
        Assert.Equal(200, report.GetProperty("status").GetInt32());
        Assert.Contains("script-src 'self'", report.GetProperty("csp").GetString());
        Assert.Equal(NewsroomArticles.ReservoirTitle, report.GetProperty("title").GetString());
        Assert.Equal(Enumerable.Range(1, NewsroomArticles.ReservoirParagraphs).Select(n => $"p{n}"), report.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal([NewsroomArticles.OnlyMentioned], report.GetProperty("mentioned").EnumerateArray().Select(m => m.GetString()));

        var marks = report.GetProperty("marks").EnumerateArray().Select(Mark.Of).ToList();
        var legend = report.GetProperty("legend").EnumerateArray().ToDictionary(e => e.GetProperty("speaker").GetString()!);

        // Every quote is marked, and only quotes are.
        Assert.Equal(analysed.Quotes.Select(q => q.Id).Order(), marks.Select(m => m.Quote).Distinct().Order());
        // The legend names every quoted speaker with as many quotes as the page marks for them, as the store counts them.
        Assert.Equal(analysed.QuotedSpeakers.Select(s => s.Name).Order(), legend.Values.Select(e => e.GetProperty("name").GetString()).Order());
        foreach (var (key, entry) in legend)
        {
            var theirs = marks.Where(m => m.Speaker == key).Select(m => m.Quote).Distinct().ToList();
            var speaker = analysed.Speakers.Single(s => s.Name == entry.GetProperty("name").GetString());
            Assert.Equal(entry.GetProperty("count").GetInt32(), theirs.Count);
            Assert.Equal(analysed.QuotesBy(speaker).Select(q => q.Id).Order(), theirs.Order());
        }

        // One colour per speaker: direct quotes in the swatch's colour, reported speech in the speaker's paler one.
        var swatches = legend.ToDictionary(p => p.Key, p => Rgb.Parse(p.Value.GetProperty("swatch").GetString()!));
        var soft = legend.ToDictionary(p => p.Key, p => Rgb.Parse(p.Value.GetProperty("soft").GetString()!));
        Assert.Equal(swatches.Count, swatches.Values.Distinct().Count());
        Assert.Equal(soft.Count, soft.Values.Concat(swatches.Values).Distinct().Count() - swatches.Count);
        foreach (var mark in marks)
            Assert.Equal(mark.Reported ? soft[mark.Speaker] : swatches[mark.Speaker], mark.Background);
        Assert.Contains(marks, m => m.Reported);
        Assert.Contains(marks, m => !m.Reported);
        Assert.All(analysed.Quotes, q => Assert.Equal(q.Kind != QuoteKind.Direct, marks.First(m => m.Quote == q.Id).Reported));

        // The screenshot shows each mark in that colour: the commonest pixel inside its box (text is thin; the highlight fills the rest).
        var screenshot = PngImage.Read(await File.ReadAllBytesAsync(run.Screenshot!));
        foreach (var mark in marks.Where(m => m.Box is { Width: >= 12, Height: >= 10 }))
            Assert.True(Rgb.Near(Commonest(screenshot, mark.Box!.Value), mark.Background), $"the mark of {mark.Quote} (\"{mark.Text}\") shows {Commonest(screenshot, mark.Box!.Value)}, not {mark.Background}");

        // A click on the first name in the legend shows that speaker's words alone and fades everyone else's quotes.
        var first = legend.Keys.First();
        var clicked = report.GetProperty("clickedSpeaker");
        Assert.Equal([first], clicked.GetProperty("visibleLists").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([first], clicked.GetProperty("selected").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(legend[first].GetProperty("count").GetInt32(), clicked.GetProperty("items").GetInt32());
        var quoteClick = report.GetProperty("clickedQuote");
        var other = quoteClick.GetProperty("speaker").GetString()!;
        Assert.NotEqual(first, other);
        Assert.Equal([other], quoteClick.GetProperty("visibleLists").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(legend[other].GetProperty("count").GetInt32(), quoteClick.GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task The_corpus_page_charts_the_people_quoted_most_and_lists_the_articles_newest_first()
    {
        var (id, _) = await AddReservoirAsync();

        var run = await NewsroomBrowser.RunAsync("corpus", new Uri(Host.Address, "articles"), "corpus.png");

        Assert.True(run.Succeeded, run.Outcome.ToString());
        var mostQuoted = await Store.MostQuotedAsync(12);
        var chart = run.Report.GetProperty("chart").EnumerateArray().ToList();
        Assert.Equal(mostQuoted.Select(p => (p.Name, p.QuoteCount)), chart.Select(r => (r.GetProperty("name").GetString()!, r.GetProperty("count").GetInt32())));
        var widths = chart.Select(r => r.GetProperty("width").GetInt32()).ToList();
        Assert.Equal(widths.OrderDescending(), widths);
        var articles = run.Report.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(Preloaded + 1, articles.Count);
        Assert.Equal(NewsroomArticles.ReservoirTitle, articles[0].GetProperty("title").GetString());
        Assert.EndsWith($"/articles/{id}", articles[0].GetProperty("href").GetString());
    }

    private sealed record Mark(string Quote, string Speaker, bool Reported, string Text, Rgb Background, (int X, int Y, int Width, int Height)? Box)
    {
        public static Mark Of(JsonElement e)
        {
            var box = e.GetProperty("box");
            return new Mark(e.GetProperty("quote").GetString()!, e.GetProperty("speaker").GetString()!, e.GetProperty("reported").GetBoolean(),
                e.GetProperty("text").GetString()!, Rgb.Parse(e.GetProperty("background").GetString()!),
                box.ValueKind == JsonValueKind.Null ? null
                    : ((int)Math.Ceiling(box.GetProperty("x").GetDouble()), (int)Math.Ceiling(box.GetProperty("y").GetDouble()),
                       (int)Math.Floor(box.GetProperty("width").GetDouble()), (int)Math.Floor(box.GetProperty("height").GetDouble())));
        }
    }

    private readonly record struct Rgb(int R, int G, int B)
    {
        /// <summary>"rgb(245, 204, 163)" as computed styles give it, or "#f5cca3".</summary>
        public static Rgb Parse(string css)
        {
            css = css.Trim();
            if (css.StartsWith('#')) return new Rgb(Hex(css, 1), Hex(css, 3), Hex(css, 5));
            var parts = css[(css.IndexOf('(') + 1)..css.IndexOf(')')].Split(',').Select(p => int.Parse(p.Trim(), CultureInfo.InvariantCulture)).ToArray();
            return new Rgb(parts[0], parts[1], parts[2]);
        }

        public static bool Near(Rgb a, Rgb b) => Math.Abs(a.R - b.R) <= 3 && Math.Abs(a.G - b.G) <= 3 && Math.Abs(a.B - b.B) <= 3;

        private static int Hex(string css, int at) => int.Parse(css.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }

    private static Rgb Commonest(PngImage image, (int X, int Y, int Width, int Height) box)
    {
        var counts = new Dictionary<Rgb, int>();
        for (int y = box.Y + 3; y < box.Y + box.Height - 3 && y < image.Height; y++)
            for (int x = box.X + 3; x < box.X + box.Width - 3 && x < image.Width; x++)
            {
                var (r, g, b, _) = image.Pixel(x, y);
                var colour = new Rgb(r, g, b);
                counts[colour] = counts.GetValueOrDefault(colour) + 1;
            }
        return counts.MaxBy(c => c.Value).Key;
    }
}
