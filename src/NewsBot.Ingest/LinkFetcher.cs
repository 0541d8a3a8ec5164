using System.Net;
using System.Net.Sockets;

namespace NewsBot.Ingest;

/// <summary>A fetched body, or why it was not fetched (a refusal and its reason in words for the user).</summary>
public sealed record FetchResult(byte[]? Content, string? MediaType, string? FileName, Uri? Url, Refusal? Refusal, string? Reason)
{
    public bool Succeeded => Content is not null;

    public static FetchResult Fetched(byte[] content, string? mediaType, string? fileName, Uri url) => new(content, mediaType, fileName, url, null, null);

    public static FetchResult Refused(Refusal refusal, string reason) => new(null, null, null, null, refusal, reason);
}

/// <summary>
/// Fetches a web page or a file within bounds: one time limit for the whole fetch, a size limit
/// counted while the body is read, http and https only, redirects followed one at a time so every
/// hop is checked, and connections made only to public addresses — the check runs on the address
/// actually connected to (in <see cref="SocketsHttpHandler.ConnectCallback"/>), so a name that
/// resolves differently the second time (DNS rebinding) cannot reach the host's own network.
/// One instance is shared (it pools connections) and is safe for concurrent use.
/// </summary>
public sealed class LinkFetcher : IDisposable
{
    /// <summary>The kinds of page a link may lead to (<see cref="NewsBot.Quotes.ArticleTypes.PageMediaTypes"/>).</summary>
    public static readonly IReadOnlySet<string> PageMediaTypes =
        new HashSet<string>(NewsBot.Quotes.ArticleTypes.PageMediaTypes, StringComparer.OrdinalIgnoreCase);

    private readonly LinkFetcherOptions _options;
    private readonly HttpClient _client;

    public LinkFetcher(LinkFetcherOptions? options = null)
    {
        _options = options ?? new LinkFetcherOptions();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,   // a proxy would make the connection, and the address check with it
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = _options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public LinkFetcherOptions Options => _options;

    /// <param name="pagesOnly">True for a link: only HTML, XHTML and plain text are read. False for an attachment: any type is read and the caller judges the bytes.</param>
    public async Task<FetchResult> FetchAsync(Uri url, bool pagesOnly = true, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        var current = url;
        try
        {
            for (int redirects = 0; ; redirects++)
            {
                if (CheckLink(current) is { } badLink) return badLink;
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.UserAgent.ParseAdd(_options.UserAgent);
                request.Headers.Accept.ParseAdd(pagesOnly ? "text/html, application/xhtml+xml, text/plain;q=0.9" : "*/*");
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if (IsRedirect(response.StatusCode))
                {
                    if (response.Headers.Location is not { } location)
                        return FetchResult.Refused(Refusal.HttpError, $"{current} redirects without saying where to.");
                    if (redirects >= _options.MaxRedirects)
                        return FetchResult.Refused(Refusal.HttpError, $"{url} redirects more than {_options.MaxRedirects} times; I stopped following it.");
                    current = new Uri(current, location);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    return FetchResult.Refused(Refusal.HttpError, StatusMessage(current, response));
                return await ReadBodyAsync(response, current, pagesOnly, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Refused(Refusal.Timeout, $"{current} took longer than {_options.Timeout.TotalSeconds:0.#} seconds; I gave up on it.");
        }
        catch (HttpRequestException e) when (Blocked(e) is { } blocked)
        {
            return FetchResult.Refused(Refusal.PrivateAddress, $"{current} leads to {blocked.Address}, a private or internal network address; I only read public web pages.");
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Refused(Refusal.Unreachable, $"I couldn't reach {current.Host}: {e.Message}");
        }
    }

    private FetchResult? CheckLink(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return FetchResult.Refused(Refusal.BadLink, $"{url} is not a web link; I only follow http and https links.");
        if (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) && !_options.Allows(literal))
            return FetchResult.Refused(Refusal.PrivateAddress, $"{url} is a private or internal network address; I only read public web pages.");
        return null;
    }

    private async Task<FetchResult> ReadBodyAsync(HttpResponseMessage response, Uri url, bool pagesOnly, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (pagesOnly && (mediaType is null || !PageMediaTypes.Contains(mediaType)))
            return FetchResult.Refused(Refusal.UnsupportedType, $"{url} is {(mediaType is null ? "of no stated type" : $"a {mediaType} file")}, not a web page or text; I read {NewsBot.Quotes.ArticleTypes.Described}.");
        string limit = Sizes.Describe(_options.MaxBytes);
        if (response.Content.Headers.ContentLength > _options.MaxBytes)
            return FetchResult.Refused(Refusal.TooLarge, $"{url} is {Sizes.Describe(response.Content.Headers.ContentLength.Value)}, over the {limit} limit.");
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var content = await Sizes.ReadBoundedAsync(body, _options.MaxBytes, cancellationToken);
        if (content is null) return FetchResult.Refused(Refusal.TooLarge, $"{url} is over the {limit} limit.");
        var fileName = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;
        fileName = fileName?.Trim('"');
        if (string.IsNullOrWhiteSpace(fileName)) fileName = Uri.UnescapeDataString(url.Segments.LastOrDefault() ?? "").Trim('/');
        return FetchResult.Fetched(content, mediaType, fileName.Length > 0 ? fileName : null, url);
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(_options.Allows).ToArray();
        if (allowed.Length == 0) throw new BlockedAddressException(addresses.FirstOrDefault()?.ToString() ?? host);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static BlockedAddressException? Blocked(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            if (inner is BlockedAddressException blocked) return blocked;
        return null;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static string StatusMessage(Uri url, HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.NotFound or HttpStatusCode.Gone => $"{url} was not found (the server answered {(int)response.StatusCode}).",
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => $"{url} is not open to me (the server answered {(int)response.StatusCode}: it needs a sign-in or permission).",
        _ => $"{url} could not be read: the server answered {(int)response.StatusCode} {response.ReasonPhrase}.",
    };

    public void Dispose() => _client.Dispose();

    private sealed class BlockedAddressException(string address) : Exception($"{address} is not a public address")
    {
        public string Address { get; } = address;
    }
}
