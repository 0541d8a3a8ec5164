namespace NewsBot.Quotes;

/// <summary>
/// The article inside a web page, as SmartReader (a port of Mozilla's Readability) finds it: the
/// story's own text without menus, ads, comments or scripts, split into paragraphs by
/// <see cref="HtmlArticleText"/>, with its title, byline and date. The one HTML path: every door
/// that reads a page reads it here, so the same page always gives the same text and hash.
/// </summary>
public sealed record ReadablePage(Article Article, string? Byline, DateTimeOffset? Published)
{
    /// <summary>The article in <paramref name="html"/>, or null when the page holds none (scripts, links or a form only).</summary>
    /// <param name="pageUrl">Where the page came from (resolves its relative links); a placeholder when it was pasted or read from a file.</param>
    public static ReadablePage? Read(string html, string source, Uri? pageUrl = null)
    {
        var reader = new SmartReader.Reader((pageUrl ?? PlaceholderUrl).AbsoluteUri, html)
        {
            // A short article is still an article; readability's own length bar is for whole web pages.
            ContinueIfNotReadable = true,
        };
        var found = reader.GetArticle();
        var text = string.IsNullOrWhiteSpace(found.Content) ? "" : HtmlArticleText.Extract(found.Content).Text;
        if (!text.Any(char.IsLetter)) return null;
        var title = string.IsNullOrWhiteSpace(found.Title) ? HtmlArticleText.Extract(html).Title : found.Title;
        var article = Article.FromText(text, source, string.IsNullOrWhiteSpace(title) ? null : title);
        return new ReadablePage(article, Blank(found.Byline) ?? Blank(found.Author), Date(found.PublicationDate));
    }

    private static readonly Uri PlaceholderUrl = new("https://article.invalid/");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateTimeOffset? Date(DateTime? date) => date switch
    {
        null => null,
        { Kind: DateTimeKind.Unspecified } d => new DateTimeOffset(d, TimeSpan.Zero),
        { } d => new DateTimeOffset(d.ToUniversalTime(), TimeSpan.Zero),
    };
}
