using System.Text.RegularExpressions;

namespace NewsBot.Quotes;

/// <summary>Why an article could not be loaded.</summary>
public enum LoadProblem
{
    /// <summary>Nothing to read: an empty or missing file, a blank text.</summary>
    Empty,
    /// <summary>Over the size limit.</summary>
    TooLarge,
    /// <summary>A binary file (an image, a PDF, an archive…), not text.</summary>
    Binary,
    /// <summary>A kind of file that is not read (see <see cref="ArticleTypes"/>), or a folder.</summary>
    UnsupportedType,
    /// <summary>Readable, but no article: no words, or a page of scripts, links or forms only.</summary>
    NotAnArticle,
    /// <summary>The file could not be read (permissions, I/O).</summary>
    Unreadable,
}

/// <summary>Either a loaded article (with a web page's byline and date when it gave them) or the reason it could not be loaded, in words for the user.</summary>
public sealed record ArticleLoadResult(Article? Article, string? Error, LoadProblem? Problem = null, string? Byline = null, DateTimeOffset? Published = null)
{
    public bool Succeeded => Article is not null;

    public static ArticleLoadResult Loaded(Article article, string? byline = null, DateTimeOffset? published = null) => new(article, null, null, byline, published);

    public static ArticleLoadResult Failed(LoadProblem problem, string error) => new(null, error, problem);
}

/// <summary>
/// The one loader of articles, for every door (start-up folders, chat, HTTP, the terminal): a file,
/// a file's bytes or a string, plain text or HTML, with every kind of bad input turned into an
/// <see cref="ArticleLoadResult.Error"/> rather than an exception. Plain text becomes
/// <see cref="Article.Text"/> as decoded (see <see cref="TextDecoding"/>), so offsets index the
/// file's own characters; a web page becomes the text of the article in it (<see cref="ReadablePage"/>),
/// and offsets index that text. The same content gives the same text whichever door it came by.
/// </summary>
public static partial class ArticleLoader
{
    /// <summary>
    /// 10 MB: two hundred times a long news article. Larger input is refused with a message
    /// rather than tying the engine up; callers that really mean it pass a larger limit.
    /// </summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    public static ArticleLoadResult LoadFile(string path, long maxBytes = DefaultMaxBytes)
    {
        try
        {
            if (Directory.Exists(path)) return ArticleLoadResult.Failed(LoadProblem.UnsupportedType, $"{path} is a directory, not an article file");
            var file = new FileInfo(path);
            if (!file.Exists) return ArticleLoadResult.Failed(LoadProblem.Empty, $"{path} does not exist");
            if (file.Length == 0) return ArticleLoadResult.Failed(LoadProblem.Empty, $"{path} is empty");
            if (file.Length > maxBytes) return ArticleLoadResult.Failed(LoadProblem.TooLarge, $"{path} is {Size(file.Length)}, over the {Size(maxBytes)} limit for one article");
            return FromBytes(File.ReadAllBytes(path), path, path, mediaType: null, maxBytes);
        }
        catch (Exception e)
        {
            // The boundary for bad input: an unreadable file is reported, never thrown.
            return ArticleLoadResult.Failed(LoadProblem.Unreadable, $"{path} could not be read: {e.Message}");
        }
    }

    /// <summary>A file's bytes: HTML or text by its name, then its media type, then its content (<see cref="ArticleTypes.IsReadable"/>).</summary>
    /// <param name="pageUrl">The page's address when the bytes were fetched from one.</param>
    public static ArticleLoadResult FromBytes(ReadOnlySpan<byte> content, string source, string? fileName = null, string? mediaType = null, long maxBytes = DefaultMaxBytes, Uri? pageUrl = null)
    {
        if (content.Length == 0) return ArticleLoadResult.Failed(LoadProblem.Empty, $"{source} is empty");
        if (content.Length > maxBytes) return ArticleLoadResult.Failed(LoadProblem.TooLarge, $"{source} is {Size(content.Length)}, over the {Size(maxBytes)} limit for one article");
        if (!ArticleTypes.IsReadable(fileName, mediaType, out var isHtml))
            return ArticleLoadResult.Failed(LoadProblem.UnsupportedType, $"{source} is not text or a web page (it is {mediaType}); I read {ArticleTypes.Described}");
        return FromString(TextDecoding.Decode(content), source, isHtml, maxBytes, pageUrl);
    }

    /// <param name="isHtml">null: decide from the content (a page starting with an HTML tag).</param>
    /// <param name="pageUrl">The page's address when the HTML was fetched from one (resolves its links).</param>
    public static ArticleLoadResult FromString(string content, string source = "inline", bool? isHtml = null, long maxBytes = DefaultMaxBytes, Uri? pageUrl = null)
    {
        if (string.IsNullOrWhiteSpace(content)) return ArticleLoadResult.Failed(LoadProblem.Empty, $"{source} is empty");
        if (content.Length > maxBytes) return ArticleLoadResult.Failed(LoadProblem.TooLarge, $"{source} is {content.Length:N0} characters, over the {Size(maxBytes)} limit for one article");
        if (TextDecoding.LooksBinary(content)) return ArticleLoadResult.Failed(LoadProblem.Binary, $"{source} looks like a binary file, not text");
        try
        {
            if (isHtml ?? LooksLikeHtml(content))
            {
                var page = ReadablePage.Read(content, source, pageUrl);
                return page is null
                    ? ArticleLoadResult.Failed(LoadProblem.NotAnArticle, $"{source} is a web page with no article in it (no article text, only scripts, links or forms)")
                    : ArticleLoadResult.Loaded(page.Article, page.Byline, page.Published);
            }
            return ArticleLoadResult.Loaded(Article.FromText(content, source));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The boundary for bad input: a page the parsers choke on is reported, never thrown.
            return ArticleLoadResult.Failed(LoadProblem.NotAnArticle, $"{source} could not be read: {e.Message}");
        }
    }

    public static bool LooksLikeHtml(string content)
    {
        var start = content.AsSpan().TrimStart();
        return start.StartsWith("<") && HtmlStart().IsMatch(start[..Math.Min(start.Length, 2048)]);
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";

    [GeneratedRegex(@"^<(!doctype\s+html|!--|html|head|body|meta|link|title|script|style|article|section|header|nav|main|div|span|table|ul|ol|p|a|img|h[1-6])[\s>/-]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();
}
