using System.Text;

namespace NewsBot.Quotes.Tests;

public class HtmlArticleTextTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html>
        <head>
          <title>Bridge opens &ndash; The Valley Courier</title>
          <meta property="og:title" content="Bridge opens after nine years">
          <style>p { color: red; }</style>
          <script>var said = "not a quote";</script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/news">News</a></nav>
          <header><h1>Bridge   opens
            after nine years</h1></header>
          <article>
            <p>Mayor Lena Ortiz opened the bridge on Tuesday.</p>
            <p>&ldquo;It took us nine years,&rdquo; Ortiz said. &quot;Nine&quot; &amp; counting&nbsp;&mdash; she&rsquo;s proud.</p>
            <blockquote>We will <em>never</em> close it, the council wrote.</blockquote>
            <ul><li>First item</li><li>Second <b>item</b></li></ul>
            <div>Loose text in a div<p>then a paragraph inside it</p>and more loose text</div>
            <script>document.write("<p>injected</p>");</script>
            <form><label>Subscribe</label><input name="e"><button>Go</button></form>
          </article>
          <aside>Related: other stories</aside>
          <footer>&copy; 2024 The Valley Courier</footer>
        </body>
        </html>
        """;

    [Fact]
    public void Article_paragraphs_are_separated_by_blank_lines_and_page_chrome_is_gone()
    {
        var page = HtmlArticleText.Extract(Page);
        string[] expected =
        [
            "Bridge opens after nine years",
            "Mayor Lena Ortiz opened the bridge on Tuesday.",
            "\u201CIt took us nine years,\u201D Ortiz said. \"Nine\" & counting\u00A0\u2014 she\u2019s proud.",
            "We will never close it, the council wrote.",
            "First item",
            "Second item",
            "Loose text in a div",
            "then a paragraph inside it",
            "and more loose text",
        ];
        Assert.Equal(string.Join("\n\n", expected), page.Text);
    }

    [Theory]
    [InlineData("<html><head><meta property='og:title' content=' Social title '><title>Tab title</title></head><body><h1>Heading</h1></body></html>", "Social title")]
    [InlineData("<html><head><title>Tab\n  title &amp; more</title></head><body><h1>Heading</h1></body></html>", "Tab title & more")]
    [InlineData("<html><body><h1>The <i>heading</i></h1><p>x</p></body></html>", "The heading")]
    [InlineData("<p>No title at all</p>", "")]
    public void Title_comes_from_og_title_then_title_then_first_heading(string html, string title)
    {
        Assert.Equal(title, HtmlArticleText.Extract(html).Title);
    }

    [Fact]
    public void Loaded_html_article_has_the_page_title_and_offsets_into_the_readable_text()
    {
        var article = ArticleLoader.FromString(Page, "courier.html").Article!;
        Assert.Equal("Bridge opens after nine years", article.Title);
        Assert.Equal(ReadablePage.Read(Page, "courier.html")!.Article.Text, article.Text);
        Assert.StartsWith("Mayor Lena Ortiz opened the bridge", article.Text);
        Assert.All(article.Paragraphs, p => Assert.InRange(p.Span.End, p.Span.Start, article.Text.Length));
    }

    [Fact]
    public void Page_of_scripts_and_styles_only_has_no_text()
    {
        var page = HtmlArticleText.Extract("<html><head><style>b{}</style></head><body><script>x()</script><noscript>Enable JS</noscript></body></html>");
        Assert.Equal("", page.Text);
    }

    [Fact]
    public void Line_breaks_split_paragraphs()
    {
        Assert.Equal("one\n\ntwo", HtmlArticleText.Extract("<div>one<br>two</div>").Text);
    }

    [Fact]
    public void Broken_markup_is_repaired_not_fatal()
    {
        var page = HtmlArticleText.Extract("<p>Unclosed <b>bold <p>Next</i> para &bogus; &#99999999; </div>");
        Assert.Equal("Unclosed bold\n\nNext para &bogus; \uFFFD", page.Text);
    }

    [Fact]
    public void Very_deep_nesting_does_not_overflow_the_stack()
    {
        var html = new StringBuilder();
        for (int i = 0; i < 20_000; i++) html.Append("<div><span>");
        html.Append("deep words");
        var page = HtmlArticleText.Extract(html.ToString());
        Assert.Equal("deep words", page.Text);
    }
}
