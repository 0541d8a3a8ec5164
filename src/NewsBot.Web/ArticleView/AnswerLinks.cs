using System.Net;
using Microsoft.Bot.Builder;
using NewsBot.Dialogs.Hosting;

namespace NewsBot.Web.ArticleView;

/// <summary>
/// Which address of the article view this turn's answers may link to (<see cref="ArticleViewLinks"/>),
/// put in the turn state by <see cref="AnswerLinksMiddleware"/> on both adapters:
/// <list type="bullet">
/// <item>none when the chat's users may not open the pages (<see cref="ArticleViewAccess.OpenToChatUsers"/>);</item>
/// <item><c>NewsBot:PublicUrl</c> when it is set: the address the world reaches the host at, for Teams
/// and every channel;</item>
/// <item>else the request's own origin for the web chat page on the host's own Direct Line (the page
/// came from there), and for /api/messages from this machine on a bot that is not deployed (the
/// Emulator, the Agents Playground);</item>
/// <item>else none: a deployed channel's request says nothing of where its users reach the host.</item>
/// </list>
/// </summary>
public sealed class AnswerLinks
{
    public const string PublicUrlKey = "NewsBot:PublicUrl";

    private readonly ArticleViewAccess _access;
    private readonly HostSecurity _host;
    private readonly ArticleViewLinks? _public;

    /// <exception cref="InvalidOperationException">NewsBot:PublicUrl is not an absolute http(s) address.</exception>
    public AnswerLinks(IConfiguration configuration, ArticleViewAccess access, HostSecurity host)
    {
        _access = access;
        _host = host;
        var configured = configuration[PublicUrlKey]?.Trim();
        if (string.IsNullOrEmpty(configured)) return;
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Query.Length > 0 || url.Fragment.Length > 0)
            throw new InvalidOperationException($"{PublicUrlKey} is '{configured}': give the address users reach the bot at, such as https://newsbot.example.org/.");
        _public = new ArticleViewLinks(url);
    }

    /// <param name="request">The request the turn runs in, when there is one.</param>
    /// <param name="ownDirectLine">The turn came through the host's own Direct Line (the web chat page).</param>
    public ArticleViewLinks? For(HttpRequest? request, bool ownDirectLine)
    {
        if (!_access.OpenToChatUsers) return null;
        if (_public is not null) return _public;
        if (request is null) return null;
        bool local = ownDirectLine || !_host.Deployed && request.HttpContext.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);
        return local && request.Host.HasValue && Uri.TryCreate($"{request.Scheme}://{request.Host}{request.PathBase}/", UriKind.Absolute, out var origin)
            && origin.Scheme is "http" or "https" ? new ArticleViewLinks(origin) : null;
    }
}

/// <summary>Puts the turn's <see cref="ArticleViewLinks"/> (if any) in its turn state, where the bot reads them.</summary>
public sealed class AnswerLinksMiddleware(AnswerLinks links, IHttpContextAccessor http, bool ownDirectLine) : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (links.For(http.HttpContext?.Request, ownDirectLine) is { } forTurn) turnContext.TurnState.Set(forTurn);
        return next(cancellationToken);
    }
}
