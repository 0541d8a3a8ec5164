using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using NewsBot.Dialogs.Articles;
using NewsBot.Ingest;
using NewsBot.Store;

namespace NewsBot.Web.Articles;

/// <summary>
/// /api/articles: POST adds an article (JSON { "text" | "html" | "url": … }, or a raw text/plain
/// or text/html body) through the shared <see cref="ArticleIntake"/>; GET lists stored articles a
/// page at a time; GET /{id}/quotes.csv exports one article's quotes (<see cref="QuotesCsv"/>). All need the key from NewsBot:ApiKey in the X-Api-Key header; without a
/// configured key the endpoints do not exist (404).
/// </summary>
public static class ArticleApi
{
    public const string KeyHeader = "X-Api-Key";

    /// <summary>Room for the JSON around an article of the largest size taken.</summary>
    private const long JsonOverhead = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static RouteGroupBuilder MapArticleApi(this IEndpointRouteBuilder endpoints, string prefix = "/api/articles")
    {
        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter(RequireKeyAsync);
        group.MapPost("", AddAsync).RequireRateLimiting(ClientRateLimits.Uploads);
        group.MapGet("", ListAsync).RequireRateLimiting(ClientRateLimits.Reads);
        group.MapGet("/{id}/quotes.csv", QuotesCsv.GetAsync).RequireRateLimiting(ClientRateLimits.Reads);
        return group;
    }

    private static async ValueTask<object?> RequireKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = context.HttpContext.RequestServices.GetRequiredService<ArticleIntakeSettings>();
        if (settings.ApiKey is not { } key) return Results.NotFound();
        if (!KeyMatches(context.HttpContext.Request.Headers[KeyHeader].ToString(), key))
            return Results.Problem($"Send the API key in the {KeyHeader} header.", statusCode: StatusCodes.Status401Unauthorized);
        if (context.HttpContext.RequestServices.GetService<ArticleIntake>() is null)
            return Results.Problem("No article store is set up (NewsBot:Store).", statusCode: StatusCodes.Status503ServiceUnavailable);
        return await next(context);
    }

    /// <summary>Compares hashes, so the time taken says nothing about the key, not even its length.</summary>
    private static bool KeyMatches(string given, string key) =>
        given.Length > 0 && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private sealed record AddRequest(string? Text, string? Html, string? Url, string? Source);

    private static async Task<IResult> AddAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var intake = http.RequestServices.GetRequiredService<ArticleIntake>();
        long limit = intake.MaxBytes + JsonOverhead;
        var tooLarge = Results.Problem($"The body is over the {Sizes.Describe(limit)} limit.", statusCode: StatusCodes.Status413PayloadTooLarge);
        if (http.Request.ContentLength > limit) return tooLarge;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit) bodyLimit.MaxRequestBodySize = limit;
        byte[]? body;
        try
        {
            body = await Sizes.ReadBoundedAsync(http.Request.Body, limit, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }
        if (body is null) return tooLarge;

        var mediaType = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        var source = http.Request.Query["source"].ToString();
        IntakeResult result;
        switch (mediaType)
        {
            case "text/plain":
                result = await intake.AddFileAsync(body, Named(source, "posted text"), "text/plain", cancellationToken);
                break;
            case "text/html" or "application/xhtml+xml":
                result = await intake.AddFileAsync(body, Named(source, "posted page"), "text/html", cancellationToken);
                break;
            case "application/json":
                if (Parse(body) is not { } request)
                    return BadRequest("The body is not JSON of the form { \"text\": \"…\" }, { \"html\": \"…\" } or { \"url\": \"…\" }.");
                int given = new[] { request.Text, request.Html, request.Url }.Count(v => v is not null);
                if (given != 1) return BadRequest("Give exactly one of \"text\", \"html\" or \"url\".");
                result = request.Url is { } url ? await intake.AddLinkAsync(url, cancellationToken)
                    : request.Html is { } html ? await intake.AddHtmlAsync(html, Named(request.Source, "posted page"), cancellationToken: cancellationToken)
                    : await intake.AddTextAsync(request.Text, Named(request.Source, "posted text"), cancellationToken);
                break;
            default:
                return Results.Problem("Post JSON (application/json), plain text (text/plain) or a web page (text/html).", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        if (result.Stored) return Results.Json(result with { Source = PublicSource(result.Source) }, Json, statusCode: result.IsNew ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        if (IntakeReply.IsServerFailure(result))
            http.RequestServices.GetRequiredService<ILogger<ArticleIntake>>().LogError("POST /api/articles failed: {Reason}", result.Reason);
        return Results.Problem(Capitalised(IntakeReply.ReasonForUser(result)), statusCode: StatusOf(result.Refusal!.Value),
            extensions: new Dictionary<string, object?> { ["refusal"] = JsonNamingPolicy.CamelCase.ConvertName(result.Refusal.Value.ToString()) });
    }

    private static async Task<IResult> ListAsync(HttpContext http, int? offset, int? limit, CancellationToken cancellationToken)
    {
        // Resolved here, not bound as a parameter: without a store it is not a service, and the filter has already answered 503.
        var store = http.RequestServices.GetRequiredService<IArticleStore>();
        int from = Math.Max(0, offset ?? 0);
        int take = Math.Clamp(limit ?? 50, 1, ArticleStore.MaxLimit);
        var articles = (await store.ListAsync(from, take, cancellationToken)).Select(a => a with { Source = PublicSource(a.Source) }).ToList();
        return Results.Json(new { total = await store.CountAsync(cancellationToken), offset = from, limit = take, articles }, Json);
    }

    private static AddRequest? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<AddRequest>(body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int StatusOf(Refusal refusal) => refusal switch
    {
        Refusal.TooLarge => StatusCodes.Status413PayloadTooLarge,
        Refusal.StoreFailed => StatusCodes.Status503ServiceUnavailable,
        Refusal.Failed => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    /// <summary>A file indexed from the server's disk is named by its file name alone: the folders it lives in are the server's business.</summary>
    public static string PublicSource(string source) =>
        Path.IsPathRooted(source) ? Path.GetFileName(source) : source;

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static IResult BadRequest(string reason) => Results.Problem(reason, statusCode: StatusCodes.Status400BadRequest);

    private static string Named(string? source, string fallback) => string.IsNullOrWhiteSpace(source) ? fallback : source.Trim();
}
