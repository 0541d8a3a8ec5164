using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingest;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>
/// In headless Chromium: an answer in the web chat, its card's "See it in the article" clicked,
/// opens the article view scrolled to the paragraph that holds the quote, with the quote marked
/// there in its speaker's mark; an export comes as a file whose link gives the CSV.
/// </summary>
public sealed class AnswerLinkBrowserTests : IngestHostTests
{
    [Fact]
    public async Task The_answers_link_opens_the_article_view_at_the_quote()
    {
        var added = await Host.Services.GetRequiredService<ArticleIntake>().AddTextAsync(NewsroomArticles.Reservoir, "reservoir.txt");
        var id = added.ArticleId!.Value;
        var quote = (await Store.GetAsync(id))!.Quotes.Single(q => q.Text.Contains(NewsroomArticles.ThirdSpeakersWords, StringComparison.Ordinal));

        var run = await NewsroomBrowser.RunAsync("answer-link", Host.Address, "answer-link.png",
            "--question", $"who said \"{NewsroomArticles.ThirdSpeakersWords}\"?", "--expect", NewsroomArticles.ThirdSpeaker,
            "--export", $"export quotes by {NewsroomArticles.ThirdSpeaker}", "--export-name", "quotes-clara-hendricks.csv",
            "--clicked-screenshot", Path.Combine(Tools.ArtifactsFolder("screenshots"), "answer-link-opened.png"));

        Assert.True(run.Succeeded, run.Outcome.ToString());
        var paragraph = quote.Paragraph + 1; // the reservoir story has no site chrome: the n-th paragraph is #p{n}
        Assert.Equal(new Uri(Host.Address, $"articles/{id}#p{paragraph}").AbsoluteUri, run.Report.GetProperty("url").GetString());
        var target = run.Report.GetProperty("target");
        Assert.Equal($"p{paragraph}", target.GetProperty("id").GetString());
        Assert.True(target.GetProperty("inView").GetBoolean(), "the paragraph is scrolled into view");
        var mark = Assert.Single(target.GetProperty("marks").EnumerateArray(), m => m.GetProperty("quote").GetString() == quote.Id);
        Assert.Contains(NewsroomArticles.ThirdSpeakersWords, mark.GetProperty("text").GetString());

        // The export is a file in the transcript whose link gives the CSV of her quotes.
        Assert.StartsWith(new Uri(Host.Address, "articles/quotes.csv?").AbsoluteUri, run.Report.GetProperty("exportHref").GetString());
        // fetch's text() drops the byte-order mark, which QuotesCsvTests checks.
        var csv = run.Report.GetProperty("exportCsv").GetString()!.TrimStart('\ufeff');
        Assert.StartsWith("speaker,role,quote,kind,paragraph,article,date", csv);
        Assert.Contains(NewsroomArticles.ThirdSpeakersWords, csv);
        Assert.DoesNotContain("Margit Ferreira", csv);
    }
}
