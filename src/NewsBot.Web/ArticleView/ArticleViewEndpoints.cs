using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Web.ArticleView;

/// <summary>
/// The article view, served by the host: /articles (the corpus page) and /articles/{id} (one
/// article, its quotes marked), and /articles/quotes.csv (the exports answers link to). Paragraph
/// anchors are #p1, #p2, … numbered as answers cite them (see <see cref="Dialogs.Hosting.ArticleViewLinks"/>). Every page is rendered by Razor, which encodes all text, and
/// carries a content security policy allowing only this host's own script and stylesheet (and the
/// page's generated colour rules, by nonce). A missing article or store is a page that says so.
/// </summary>
public static class ArticleViewEndpoints
{
    public static IServiceCollection AddArticleView(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddSingleton<ArticleViewAccess>();
        services.AddSingleton<AnswerLinks>();
        services.AddHttpContextAccessor(); // answers link to the request's own origin when NewsBot:PublicUrl is unset
        return services;
    }

    public static RouteGroupBuilder MapArticleView(this IEndpointRouteBuilder endpoints, string prefix = "/articles")
    {
        endpoints.ServiceProvider.GetRequiredService<AnswerLinks>(); // a setting that cannot work (the access, the public address) stops the host at start-up
        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter(SecureHeadersAsync);
        group.AddEndpointFilter(RefuseWithoutAccess);
        group.RequireRateLimiting(ClientRateLimits.Reads);
        group.MapGet("", CorpusAsync);
        group.MapGet("/quotes.csv", QuoteExportEndpoint.GetAsync); // what answers' exports link to
        group.MapGet("/{id}", ArticleAsync);
        return group;
    }

    private const string NonceKey = "NewsBot.ArticleView.Nonce";

    private static ValueTask<object?> SecureHeadersAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        http.Items[NonceKey] = nonce;
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        return next(context);
    }

    private static ValueTask<object?> RefuseWithoutAccess(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        return http.RequestServices.GetRequiredService<ArticleViewAccess>().Refusal(http.Request) switch
        {
            null => next(context),
            StatusCodes.Status401Unauthorized => ValueTask.FromResult<object?>(Message(PageOf(http), StatusCodes.Status401Unauthorized, "Sign in first",
                "The article pages are for the people who may use this bot's chat: sign in, then open this page again.")),
            var status => ValueTask.FromResult<object?>(Message(PageOf(http), status.Value, "No article pages here",
                "This NewsBot does not show its article pages here. Ask about the articles in the chat.")),
        };
    }

    private static PageContext PageOf(HttpContext http) => new(http.Request.PathBase.ToUriComponent(), (string)http.Items[NonceKey]!);

    private static async Task<IResult> CorpusAsync(HttpContext http, string? page, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var context = PageOf(http);
        var store = http.RequestServices.GetRequiredService<IArticleStore>();
        int number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 0;
        try
        {
            var listing = await CorpusListing.ReadAsync(store, number, cancellationToken: cancellationToken);
            return Render<CorpusPage>(new { Page = context, Corpus = listing });
        }
        catch (ArticleStoreException e)
        {
            return StoreFailed(context, e, logs);
        }
    }

    private static async Task<IResult> ArticleAsync(HttpContext http, string id, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var context = PageOf(http);
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var articleId) || articleId <= 0)
            return Message(context, StatusCodes.Status404NotFound, "No such article",
                $"\u201c{ArticleTitles.Shorten(id)}\u201d is not an article number. Articles are at /articles/1, /articles/2 and so on.");
        var store = http.RequestServices.GetRequiredService<IArticleStore>();
        try
        {
            var analysed = await store.GetAsync(articleId, cancellationToken);
            if (analysed is null)
                return Message(context, StatusCodes.Status404NotFound, "No such article", $"NewsBot has no article {articleId}: it may never have been added.");
            var stored = (await store.ListByIdAsync([articleId], cancellationToken)).FirstOrDefault();
            return Render<ArticlePage>(new { Page = context, Article = ArticleLayout.Of(articleId, analysed, stored) });
        }
        catch (ArticleStoreException e)
        {
            return StoreFailed(context, e, logs);
        }
    }

    /// <summary>The reason is logged; the page says only that the store failed (its message may name server paths).</summary>
    private static IResult StoreFailed(PageContext context, ArticleStoreException e, ILoggerFactory logs)
    {
        logs.CreateLogger("NewsBot.ArticleView").LogError(e, "The article view could not read the store");
        return Message(context, StatusCodes.Status503ServiceUnavailable, "The articles cannot be read just now",
            "NewsBot's article store did not answer. Try again in a moment.");
    }

    private static IResult Message(PageContext context, int status, string heading, string text) =>
        Render<MessagePage>(new { Page = context, Heading = heading, Text = text }, status);

    private static RazorComponentResult<TPage> Render<TPage>(object parameters, int status = StatusCodes.Status200OK) where TPage : Microsoft.AspNetCore.Components.IComponent =>
        new(parameters) { StatusCode = status, ContentType = "text/html; charset=utf-8" };
}
