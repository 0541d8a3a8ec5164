using NewsBot.Quotes;
using NewsBot.Web.ArticleView;

namespace NewsBot.Web.Tests;

/// <summary>How an article is cut into runs for its page: quotes over paragraph breaks, quotes inside quotes, and the text kept whole.</summary>
public sealed class ArticleLayoutTests
{
    private const string Text = "Headline here\n\n\"First part of a long quote\n\n\"and its second paragraph,\" said Ana Ruiz, who said \"not now\" twice.\n\nNothing quoted here.";

    private static Quote QuoteOf(string id, string speakerId, QuoteKind kind, params (string From, string To)[] pieces)
    {
        var spans = pieces.Select(p => new TextSpan(Text.IndexOf(p.From, StringComparison.Ordinal), Text.IndexOf(p.To, StringComparison.Ordinal) + p.To.Length)).ToList();
        var span = TextSpan.Cover(spans[0], spans[^1]);
        return new Quote(id, speakerId, "Ana Ruiz", Text[span.Start..span.End], span, spans, kind, "said", null, null, null, 1);
    }

    private static ArticleLayout Layout()
    {
        var article = Article.FromText(Text, "test.txt");
        var speaker = new Speaker("s1", "Ana Ruiz", ["Ruiz"], SpeakerKind.Person, ["mayor"], 2, new TextSpan(Text.IndexOf("Ana", StringComparison.Ordinal), Text.IndexOf("Ana", StringComparison.Ordinal) + 8));
        var across = QuoteOf("q1", "s1", QuoteKind.Direct, ("\"First", "paragraph,\""));
        var inner = QuoteOf("q2", "s1", QuoteKind.Indirect, ("\"not now\"", "\"not now\""));
        var outer = QuoteOf("q3", "s1", QuoteKind.Partial, ("who said", "twice"));
        return ArticleLayout.Of(7, new ArticleQuotes(article, [speaker], [across, inner, outer]), stored: null);
    }

    [Fact]
    public void Every_paragraph_keeps_its_text_whole_and_in_order()
    {
        var layout = Layout();
        var article = Article.FromText(Text, "test.txt");

        Assert.Equal(article.Paragraphs.Select(p => article.Slice(p.Span)), layout.Paragraphs.Select(p => string.Concat(p.Runs.Select(r => r.Text))));
        Assert.Equal([1, 2, 3, 4], layout.Paragraphs.Select(p => p.Number));
    }

    [Fact]
    public void A_quote_over_a_paragraph_break_is_marked_in_both_paragraphs_and_opens_once()
    {
        var runs = Layout().Paragraphs.SelectMany(p => p.Runs).Where(r => r.QuoteId == "q1").ToList();

        Assert.Equal(["\"First part of a long quote", "\"and its second paragraph,\""], runs.Select(r => r.Text));
        Assert.Equal([true, false], runs.Select(r => r.Opens));
        Assert.All(runs, r => Assert.False(r.Reported));
    }

    [Fact]
    public void A_quote_inside_another_owns_its_own_words_and_the_outer_one_the_rest()
    {
        var third = Layout().Paragraphs[2].Runs.Where(r => r.QuoteId is "q2" or "q3").Select(r => (r.QuoteId, r.Text)).ToList();

        Assert.Equal([("q3", "who said "), ("q2", "\"not now\""), ("q3", " twice")], third);
    }

    [Fact]
    public void Paragraph_numbers_leave_site_chrome_out_as_answers_do()
    {
        var article = Article.FromText("Headline\n\nAdvertisement\n\nShare this article\n\n\"Yes,\" said Ana Ruiz.", "chrome.txt");
        var layout = ArticleLayout.Of(1, new ArticleQuotes(article, [], []), null);

        Assert.Equal(article.Paragraphs.Count(p => !p.IsChrome), layout.Paragraphs.Max(p => p.Number));
        Assert.All(layout.Paragraphs.Where(p => p.IsChrome), p => Assert.Equal(0, p.Number));
    }
}
