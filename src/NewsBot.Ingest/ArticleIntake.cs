using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Ingest;

/// <summary>
/// Adds articles to a store, whatever they arrive as — pasted text, an HTML page, a file's bytes,
/// a file on disk or a link: load (text decoded, binary refused, size bounded; web pages reduced
/// to their article by <see cref="ReadablePage"/>), analyse with the quote engine, store in one
/// transaction. Every refusal happens before the store is touched, so a refused article leaves no
/// trace; the same text added twice is recognised, not stored again. Safe for concurrent use.
/// </summary>
public sealed class ArticleIntake(IArticleStore store, LinkFetcher fetcher, long maxBytes = ArticleLoader.DefaultMaxBytes)
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] TextExtensions = [".txt", ".text"];

    public IArticleStore Store => store;

    public long MaxBytes => maxBytes;

    public Task<IntakeResult> AddTextAsync(string? text, string source = "pasted text", CancellationToken cancellationToken = default) =>
        AddContentAsync(text, source, isHtml: false, pageUrl: null, cancellationToken);

    public Task<IntakeResult> AddHtmlAsync(string? html, string source = "pasted page", Uri? pageUrl = null, CancellationToken cancellationToken = default) =>
        AddContentAsync(html, source, isHtml: true, pageUrl, cancellationToken);

    /// <summary>A file's bytes: HTML or text by its name, then its content type, then its content.</summary>
    public Task<IntakeResult> AddFileAsync(ReadOnlyMemory<byte> content, string? fileName, string? contentType = null, CancellationToken cancellationToken = default)
    {
        var source = string.IsNullOrWhiteSpace(fileName) ? "the file" : fileName;
        if (content.Length == 0) return Refused(Refusal.Empty, $"{source} is empty.");
        if (content.Length > maxBytes) return Refused(Refusal.TooLarge, $"{source} is {Sizes.Describe(content.Length)}, over the {Sizes.Describe(maxBytes)} limit for one article.");
        if (!IsReadableType(fileName, contentType, out var isHtml))
            return Refused(Refusal.UnsupportedType, $"{source} is not text or a web page (it is {contentType}); I read plain text (.txt) and web pages (.html).");
        return AddContentAsync(TextDecoding.Decode(content.Span), source, isHtml, pageUrl: null, cancellationToken);
    }

    /// <summary>A file on disk, named by its path in every message.</summary>
    public async Task<IntakeResult> AddPathAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] content;
        try
        {
            if (Directory.Exists(path)) return IntakeResult.Refused(Refusal.UnsupportedType, $"{path} is a directory, not an article file");
            var file = new FileInfo(path);
            if (!file.Exists) return IntakeResult.Refused(Refusal.Empty, $"{path} does not exist");
            if (file.Length == 0) return IntakeResult.Refused(Refusal.Empty, $"{path} is empty");
            if (file.Length > maxBytes) return IntakeResult.Refused(Refusal.TooLarge, $"{path} is {Sizes.Describe(file.Length)}, over the {Sizes.Describe(maxBytes)} limit for one article");
            content = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IntakeResult.Refused(Refusal.Failed, $"{path} could not be read: {e.Message}");
        }
        bool? isHtml = HtmlExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase) ? true : null;
        return await AddContentAsync(TextDecoding.Decode(content), path, isHtml, pageUrl: null, cancellationToken);
    }

    /// <summary>A web page, fetched within the fetcher's bounds.</summary>
    public async Task<IntakeResult> AddLinkAsync(string? link, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var url))
            return IntakeResult.Refused(Refusal.BadLink, $"\"{Shorten(link)}\" is not a web link; send one that starts with https://.");
        var fetched = await fetcher.FetchAsync(url, pagesOnly: true, cancellationToken);
        if (!fetched.Succeeded) return IntakeResult.Refused(fetched.Refusal!.Value, fetched.Reason!);
        bool isHtml = !string.Equals(fetched.MediaType, "text/plain", StringComparison.OrdinalIgnoreCase);
        return await AddContentAsync(TextDecoding.Decode(fetched.Content), fetched.Url!.AbsoluteUri, isHtml, fetched.Url, cancellationToken);
    }

    /// <summary>A file a chat channel holds for the user (an attachment's content URL), fetched within the fetcher's bounds.</summary>
    public async Task<IntakeResult> AddAttachmentAsync(Uri contentUrl, string? fileName, string? contentType, CancellationToken cancellationToken = default)
    {
        var fetched = await fetcher.FetchAsync(contentUrl, pagesOnly: false, cancellationToken);
        if (!fetched.Succeeded) return IntakeResult.Refused(fetched.Refusal!.Value, fetched.Reason!.Replace(contentUrl.AbsoluteUri, fileName ?? "the file", StringComparison.Ordinal));
        return await AddFileAsync(fetched.Content, fileName ?? fetched.FileName, contentType ?? fetched.MediaType, cancellationToken);
    }

    private async Task<IntakeResult> AddContentAsync(string? content, string source, bool? isHtml, Uri? pageUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(content)) return IntakeResult.Refused(Refusal.Empty, $"{source} is empty.");
        if (content.Length > maxBytes) return IntakeResult.Refused(Refusal.TooLarge, $"{source} is {content.Length:N0} characters, over the {Sizes.Describe(maxBytes)} limit for one article.");
        if (TextDecoding.LooksBinary(content)) return IntakeResult.Refused(Refusal.Binary, $"{source} looks like a binary file, not text.");
        if (!content.Any(char.IsLetter)) return IntakeResult.Refused(Refusal.NotAnArticle, $"{source} has no words in it.");

        Article article;
        ReadablePage? page = null;
        try
        {
            if (isHtml ?? ArticleLoader.LooksLikeHtml(content))
            {
                page = ReadablePage.Read(content, source, pageUrl);
                if (page is null) return IntakeResult.Refused(Refusal.NotAnArticle, $"{source} is a web page with no article in it (no readable text, only scripts, links or forms).");
                article = page.Article;
            }
            else
            {
                var loaded = ArticleLoader.FromString(content, source, isHtml: false, maxBytes);
                if (!loaded.Succeeded) return IntakeResult.Refused(Refusal.NotAnArticle, loaded.Error!);
                article = loaded.Article!;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return IntakeResult.Refused(Refusal.NotAnArticle, $"{source} could not be read: {e.Message}");
        }
        return await AnalyseAndStoreAsync(article, page, cancellationToken);
    }

    private async Task<IntakeResult> AnalyseAndStoreAsync(Article article, ReadablePage? page, CancellationToken cancellationToken)
    {
        ArticleQuotes analysed;
        try
        {
            analysed = QuoteEngine.Analyze(article);
        }
        catch (Exception e)
        {
            return IntakeResult.Refused(Refusal.Failed, $"{article.Source}: the quote engine failed ({e.GetType().Name}: {e.Message}); nothing was stored.");
        }
        AddResult added;
        try
        {
            added = await store.AddAsync(analysed, page?.Published, cancellationToken);
        }
        catch (ArticleStoreException e)
        {
            return IntakeResult.Refused(Refusal.StoreFailed, $"{article.Source} could not be stored: {e.Message}");
        }
        return new IntakeResult
        {
            ArticleId = added.ArticleId,
            IsNew = added.IsNew,
            Title = article.Title,
            Source = article.Source,
            Byline = page?.Byline,
            Published = page?.Published,
            QuoteCount = analysed.Quotes.Count,
            Speakers = analysed.QuotedSpeakers
                .OrderByDescending(s => s.QuoteCount).ThenBy(s => s.FirstMention.Start)
                .Select(s => s.Name).ToList(),
            Analysis = analysed,
        };
    }

    /// <summary>Text or HTML by the file name's extension, else by a text content type; other types (images, PDFs…) are not read.</summary>
    private static bool IsReadableType(string? fileName, string? contentType, out bool? isHtml)
    {
        var extension = Path.GetExtension(fileName ?? "");
        isHtml = null;
        if (HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)) isHtml = true;
        else if (TextExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)) isHtml = false;
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (isHtml is null && mediaType is "text/html" or "application/xhtml+xml") isHtml = true;
        if (isHtml is null && mediaType is "text/plain") isHtml = false;
        // Unknown or generic types (application/octet-stream, none) are judged by their bytes.
        return isHtml is not null || string.IsNullOrEmpty(mediaType) || mediaType == "application/octet-stream" || mediaType.StartsWith("text/", StringComparison.Ordinal);
    }

    private static Task<IntakeResult> Refused(Refusal refusal, string reason) => Task.FromResult(IntakeResult.Refused(refusal, reason));

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 80 ? text : text[..77] + "…";
}
