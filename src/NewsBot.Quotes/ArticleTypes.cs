namespace NewsBot.Quotes;

/// <summary>
/// The one list of what NewsBot reads as an article, for every door (start-up folders, chat files,
/// HTTP, the terminal): plain text and web pages, known by a file's extension, else by its media
/// type, else by its bytes.
/// </summary>
public static class ArticleTypes
{
    public static readonly IReadOnlyList<string> TextExtensions = [".txt", ".text"];

    public static readonly IReadOnlyList<string> HtmlExtensions = [".html", ".htm", ".xhtml"];

    /// <summary>Every extension a folder of articles is read for.</summary>
    public static readonly IReadOnlyList<string> Extensions = [.. TextExtensions, .. HtmlExtensions];

    public static readonly IReadOnlyList<string> HtmlMediaTypes = ["text/html", "application/xhtml+xml"];

    /// <summary>The kinds of page a link may lead to.</summary>
    public static readonly IReadOnlyList<string> PageMediaTypes = [.. HtmlMediaTypes, "text/plain"];

    /// <summary>"plain text (.txt) and web pages (.html)", for messages.</summary>
    public const string Described = "plain text (.txt) and web pages (.html)";

    public static bool IsArticleFile(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a file of this name and media type is read, and as HTML (true) or as its content
    /// says (null: a text file that starts with an HTML tag is a saved web page). An HTML extension
    /// or media type means HTML; a text extension, a text/* type, an unknown or generic type
    /// (application/octet-stream, none) are judged by their content; other types (images, PDFs,
    /// archives) are not read.
    /// </summary>
    public static bool IsReadable(string? fileName, string? mediaType, out bool? isHtml)
    {
        var extension = Path.GetExtension(fileName ?? "");
        var type = mediaType?.Split(';')[0].Trim().ToLowerInvariant();
        bool htmlByName = HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
        bool textByName = TextExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
        isHtml = htmlByName || (!textByName && type is not null && HtmlMediaTypes.Contains(type)) ? true : null;
        return htmlByName || textByName || string.IsNullOrEmpty(type) || type == "application/octet-stream"
            || type.StartsWith("text/", StringComparison.Ordinal) || HtmlMediaTypes.Contains(type);
    }
}
