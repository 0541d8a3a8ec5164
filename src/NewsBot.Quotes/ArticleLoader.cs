using System.Text.RegularExpressions;

namespace NewsBot.Quotes;

/// <summary>Either a loaded article or the reason it could not be loaded, in words for the user.</summary>
public sealed record ArticleLoadResult(Article? Article, string? Error)
{
    public bool Succeeded => Article is not null;

    public static ArticleLoadResult Loaded(Article article) => new(article, null);

    public static ArticleLoadResult Failed(string error) => new(null, error);
}

/// <summary>
/// Loads an article from a file or a string, plain text or HTML, and turns every kind of bad
/// input into an <see cref="ArticleLoadResult.Error"/> rather than an exception.
/// Plain text becomes <see cref="Article.Text"/> as decoded (see <see cref="TextDecoding"/>), so
/// offsets index the file's own characters; HTML becomes the text that
/// <see cref="HtmlArticleText"/> extracts, and offsets index that extracted text.
/// </summary>
public static partial class ArticleLoader
{
    /// <summary>
    /// 10 MB: two hundred times a long news article. Larger input is refused with a message
    /// rather than tying the engine up; callers that really mean it pass a larger limit.
    /// </summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];

    public static ArticleLoadResult LoadFile(string path, long maxBytes = DefaultMaxBytes)
    {
        try
        {
            if (Directory.Exists(path)) return ArticleLoadResult.Failed($"{path} is a directory, not an article file");
            var file = new FileInfo(path);
            if (!file.Exists) return ArticleLoadResult.Failed($"{path} does not exist");
            if (file.Length == 0) return ArticleLoadResult.Failed($"{path} is empty");
            if (file.Length > maxBytes) return ArticleLoadResult.Failed($"{path} is {Size(file.Length)}, over the {Size(maxBytes)} limit for one article");
            var text = TextDecoding.Decode(File.ReadAllBytes(path));
            bool? isHtml = HtmlExtensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase) ? true : null;
            return Read(text, path, isHtml);
        }
        catch (Exception e)
        {
            // The boundary for bad input: an unreadable file (or a fault further in) is reported, never thrown.
            return ArticleLoadResult.Failed($"{path} could not be read: {e.Message}");
        }
    }

    /// <param name="isHtml">null: decide from the content (a page starting with an HTML tag).</param>
    public static ArticleLoadResult FromString(string content, string source = "inline", bool? isHtml = null, long maxBytes = DefaultMaxBytes)
    {
        if (content is null) return ArticleLoadResult.Failed($"{source} is empty");
        if (content.Length > maxBytes) return ArticleLoadResult.Failed($"{source} is {content.Length:N0} characters, over the {Size(maxBytes)} limit for one article");
        try
        {
            return Read(content, source, isHtml);
        }
        catch (Exception e)
        {
            return ArticleLoadResult.Failed($"{source} could not be read: {e.Message}");
        }
    }

    public static bool LooksLikeHtml(string content)
    {
        var start = content.AsSpan().TrimStart();
        return start.StartsWith("<") && HtmlStart().IsMatch(start[..Math.Min(start.Length, 2048)]);
    }

    private static ArticleLoadResult Read(string content, string source, bool? isHtml)
    {
        if (string.IsNullOrWhiteSpace(content)) return ArticleLoadResult.Failed($"{source} is empty");
        if (TextDecoding.LooksBinary(content)) return ArticleLoadResult.Failed($"{source} looks like a binary file, not text");
        if (isHtml ?? LooksLikeHtml(content))
        {
            var page = HtmlArticleText.Extract(content);
            if (page.Text.Length == 0) return ArticleLoadResult.Failed($"{source} is an HTML page with no article text");
            return ArticleLoadResult.Loaded(Article.FromText(page.Text, source, page.Title.Length > 0 ? page.Title : null));
        }
        return ArticleLoadResult.Loaded(Article.FromText(content, source));
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";

    [GeneratedRegex(@"^<(!doctype\s+html|!--|html|head|body|meta|link|title|script|style|article|section|header|nav|main|div|span|table|ul|ol|p|a|img|h[1-6])[\s>/-]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();
}
