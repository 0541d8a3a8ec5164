namespace NewsBot.Ingest;

/// <summary>Why an article was not added; each kind maps to one answer (an HTTP status, a chat reply).</summary>
public enum Refusal
{
    /// <summary>Nothing to read: an empty text, file or page.</summary>
    Empty,
    /// <summary>Over the size limit.</summary>
    TooLarge,
    /// <summary>A binary file (an image, a PDF, an archive…), not text.</summary>
    Binary,
    /// <summary>A kind of file or page that is not read: neither text nor HTML.</summary>
    UnsupportedType,
    /// <summary>Readable, but not an article (a page of scripts or links only).</summary>
    NotAnArticle,
    /// <summary>Not a link that may be followed (not http/https, malformed).</summary>
    BadLink,
    /// <summary>The link leads to a private, loopback or otherwise internal address.</summary>
    PrivateAddress,
    /// <summary>The server answered with an error (404, 500, too many redirects…).</summary>
    HttpError,
    /// <summary>The page took longer than the time limit.</summary>
    Timeout,
    /// <summary>The server could not be reached.</summary>
    Unreachable,
    /// <summary>The file could not be read, or the quote engine failed on it; nothing was stored.</summary>
    Failed,
    /// <summary>The store failed (it is damaged, full or gone); nothing was stored, and later articles would fail too.</summary>
    StoreFailed,
}

/// <summary>
/// What adding one article came to: stored (new, or recognised as already stored) with what was
/// found in it, or refused with a reason in words for the user. A refused article left no trace.
/// </summary>
public sealed record IntakeResult
{
    public long? ArticleId { get; init; }
    public string Title { get; init; } = "";
    public string Source { get; init; } = "";
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public int QuoteCount { get; init; }
    /// <summary>Quoted speakers' names, most quoted first.</summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];
    /// <summary>False when the same text was already stored (then <see cref="ArticleId"/> is the stored one).</summary>
    public bool IsNew { get; init; }
    public Refusal? Refusal { get; init; }
    /// <summary>Why the article was refused, in words for the user; null when it was stored.</summary>
    public string? Reason { get; init; }
    /// <summary>The engine's analysis of a stored article, for callers that keep an index of their own; null when refused.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public NewsBot.Quotes.ArticleQuotes? Analysis { get; init; }

    public bool Stored => Refusal is null;

    public static IntakeResult Refused(Refusal refusal, string reason) => new() { Refusal = refusal, Reason = reason };
}
