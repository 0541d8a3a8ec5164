using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Ingest;

/// <summary>
/// Adds articles to a store, whatever they arrive as — pasted text, an HTML page, a file's bytes,
/// a file on disk or a link: loaded by the one <see cref="ArticleLoader"/> (text decoded, binary
/// refused, size bounded, web pages reduced to their article), analysed with the quote engine,
/// stored in one transaction. Every refusal happens before the store is touched, so a refused
/// article leaves no trace; the same text added twice is recognised, not stored again. Safe for
/// concurrent use.
/// </summary>
public sealed class ArticleIntake(IArticleStore store, LinkFetcher fetcher, long maxBytes = ArticleLoader.DefaultMaxBytes)
{
    public IArticleStore Store => store;

    public long MaxBytes => maxBytes;

    public Task<IntakeResult> AddTextAsync(string? text, string source = "pasted text", CancellationToken cancellationToken = default) =>
        AddLoadedAsync(ArticleLoader.FromString(text ?? "", source, isHtml: false, maxBytes), cancellationToken);

    public Task<IntakeResult> AddHtmlAsync(string? html, string source = "pasted page", Uri? pageUrl = null, CancellationToken cancellationToken = default) =>
        AddLoadedAsync(ArticleLoader.FromString(html ?? "", source, isHtml: true, maxBytes, pageUrl), cancellationToken);

    /// <summary>A file's bytes: HTML or text by its name, then its content type, then its content.</summary>
    public Task<IntakeResult> AddFileAsync(ReadOnlyMemory<byte> content, string? fileName, string? contentType = null, CancellationToken cancellationToken = default) =>
        AddLoadedAsync(ArticleLoader.FromBytes(content.Span, string.IsNullOrWhiteSpace(fileName) ? "the file" : fileName, fileName, contentType, maxBytes), cancellationToken);

    /// <summary>A file on disk, named by its path in every message.</summary>
    public Task<IntakeResult> AddPathAsync(string path, CancellationToken cancellationToken = default) =>
        AddLoadedAsync(ArticleLoader.LoadFile(path, maxBytes), cancellationToken);

    /// <summary>A web page, fetched within the fetcher's bounds.</summary>
    public async Task<IntakeResult> AddLinkAsync(string? link, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var url))
            return IntakeResult.Refused(Refusal.BadLink, $"\"{Shorten(link)}\" is not a web link; send one that starts with https://.");
        var fetched = await fetcher.FetchAsync(url, pagesOnly: true, cancellationToken);
        if (!fetched.Succeeded) return IntakeResult.Refused(fetched.Refusal!.Value, fetched.Reason!);
        return await AddLoadedAsync(ArticleLoader.FromBytes(fetched.Content, fetched.Url!.AbsoluteUri, fileName: null, fetched.MediaType, maxBytes, fetched.Url), cancellationToken);
    }

    /// <summary>A file a chat channel holds for the user (an attachment's content URL), fetched within the fetcher's bounds.</summary>
    public async Task<IntakeResult> AddAttachmentAsync(Uri contentUrl, string? fileName, string? contentType, CancellationToken cancellationToken = default)
    {
        var fetched = await fetcher.FetchAsync(contentUrl, pagesOnly: false, cancellationToken);
        if (!fetched.Succeeded) return IntakeResult.Refused(fetched.Refusal!.Value, fetched.Reason!.Replace(contentUrl.AbsoluteUri, fileName ?? "the file", StringComparison.Ordinal));
        return await AddFileAsync(fetched.Content, fileName ?? fetched.FileName, contentType ?? fetched.MediaType, cancellationToken);
    }

    private async Task<IntakeResult> AddLoadedAsync(ArticleLoadResult loaded, CancellationToken cancellationToken)
    {
        if (!loaded.Succeeded) return IntakeResult.Refused(RefusalOf(loaded.Problem), loaded.Error + ".");
        var article = loaded.Article!;
        if (!article.Text.Any(char.IsLetter)) return IntakeResult.Refused(Refusal.NotAnArticle, $"{article.Source} has no words in it.");
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
            added = await store.AddAsync(analysed, loaded.Published, cancellationToken);
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
            Byline = loaded.Byline,
            Published = loaded.Published,
            QuoteCount = analysed.Quotes.Count,
            Speakers = analysed.QuotedSpeakers
                .OrderByDescending(s => s.QuoteCount).ThenBy(s => s.FirstMention.Start)
                .Select(s => s.Name).ToList(),
            Analysis = analysed,
        };
    }

    private static Refusal RefusalOf(LoadProblem? problem) => problem switch
    {
        LoadProblem.Empty => Refusal.Empty,
        LoadProblem.TooLarge => Refusal.TooLarge,
        LoadProblem.Binary => Refusal.Binary,
        LoadProblem.UnsupportedType => Refusal.UnsupportedType,
        LoadProblem.NotAnArticle => Refusal.NotAnArticle,
        _ => Refusal.Failed,
    };

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 80 ? text : text[..77] + "…";
}
