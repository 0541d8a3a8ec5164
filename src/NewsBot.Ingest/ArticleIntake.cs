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
        var (loaded, refused) = await LoadLinkAsync(link, cancellationToken);
        return refused ?? await AddLoadedAsync(loaded!, cancellationToken);
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
        var prepared = Prepare(loaded);
        if (prepared.Refused is { } refused) return refused;
        AddResult added;
        try
        {
            added = await store.AddAsync(prepared.Analysis!, loaded.Published, cancellationToken);
        }
        catch (ArticleStoreException e)
        {
            return prepared.StoreFailed(e);
        }
        return prepared.Stored(added);
    }

    /// <summary>A file or a link, loaded as <see cref="AddPathAsync"/> and <see cref="AddLinkAsync"/> do, not yet analysed.</summary>
    internal async Task<(ArticleLoadResult? Loaded, IntakeResult? Refused)> LoadAsync(string pathOrLink, CancellationToken cancellationToken) =>
        IsLink(pathOrLink) ? await LoadLinkAsync(pathOrLink, cancellationToken) : (ArticleLoader.LoadFile(pathOrLink, maxBytes), null);

    private async Task<(ArticleLoadResult? Loaded, IntakeResult? Refused)> LoadLinkAsync(string? link, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var url))
            return (null, IntakeResult.Refused(Refusal.BadLink, $"\"{Shorten(link)}\" is not a web link; send one that starts with https://."));
        var fetched = await fetcher.FetchAsync(url, pagesOnly: true, cancellationToken);
        if (!fetched.Succeeded) return (null, IntakeResult.Refused(fetched.Refusal!.Value, fetched.Reason!));
        return (ArticleLoader.FromBytes(fetched.Content, fetched.Url!.AbsoluteUri, fileName: null, fetched.MediaType, maxBytes, fetched.Url), null);
    }

    public static bool IsLink(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Everything before the store: a refusal, or the article analysed by the engine.</summary>
    internal static PreparedArticle Prepare(ArticleLoadResult loaded)
    {
        if (!loaded.Succeeded) return new PreparedArticle(loaded, IntakeResult.Refused(RefusalOf(loaded.Problem), loaded.Error + "."));
        var article = loaded.Article!;
        if (!article.Text.Any(char.IsLetter)) return new PreparedArticle(loaded, IntakeResult.Refused(Refusal.NotAnArticle, $"{article.Source} has no words in it."));
        try
        {
            return new PreparedArticle(loaded, null, QuoteEngine.Analyze(article));
        }
        catch (Exception e)
        {
            return new PreparedArticle(loaded, IntakeResult.Refused(Refusal.Failed, $"{article.Source}: the quote engine failed ({e.GetType().Name}: {e.Message}); nothing was stored."));
        }
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
