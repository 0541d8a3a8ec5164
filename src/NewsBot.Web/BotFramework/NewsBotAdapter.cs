using System.IdentityModel.Tokens.Jwt;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;

namespace NewsBot.Web.BotFramework;

/// <summary>
/// The adapter behind /api/messages. With MicrosoftAppId empty every request is accepted anonymously
/// (Emulator, Agents Playground) and a request that carries a token anyway is refused, since there
/// is nothing to check it against; with it set, each request's JWT is validated by
/// <see cref="BotFrameworkAuthentication"/>. Whatever is not a valid token is refused as
/// <see cref="UnauthorizedAccessException"/> (a 401), never an error of the host.
/// One constructor, so the container can build it.
/// </summary>
public sealed class NewsBotAdapter : CloudAdapter
{
    private readonly BotFrameworkAuthentication _authentication;
    private readonly HostSecurity _security;

    public NewsBotAdapter(BotFrameworkAuthentication authentication, HostSecurity security, TurnErrorReporter errors, ConversationTurnGate gate, ReplySizeLimit replySize,
        ArticleView.AnswerLinks links, IHttpContextAccessor http, ILogger<NewsBotAdapter> logger)
        : base(authentication, logger)
    {
        _authentication = authentication;
        _security = security;
        Use(gate);
        Use(replySize);
        Use(new ArticleView.AnswerLinksMiddleware(links, http, ownDirectLine: false));
        OnTurnError = errors.ReportAsync;
    }

    /// <summary>Checks who sent an already-read activity (the request body was checked first, see <see cref="IncomingActivityReader"/>).</summary>
    /// <exception cref="UnauthorizedAccessException">The header is not a valid token, or is given when the bot has no app id.</exception>
    /// <exception cref="TokenCheckUnavailableException">The Bot Framework's signing keys could not be fetched to check the token.</exception>
    public async Task<AuthenticateRequestResult> AuthenticateAsync(string authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (authorizationHeader.Length > 0)
        {
            if (!_security.Deployed)
                throw new UnauthorizedAccessException("This bot has no app id and takes requests without a token: send no Authorization header.");
            if (!IsReadableBearerToken(authorizationHeader))
                throw new UnauthorizedAccessException("The Authorization header is not a bearer token.");
        }
        try
        {
            return await _authentication.AuthenticateRequestAsync(activity, authorizationHeader, cancellationToken);
        }
        catch (Exception e) when (e is SecurityTokenException or ArgumentException or FormatException)
        {
            throw new UnauthorizedAccessException("The token is not valid.", e);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            // The SDK could not fetch the OpenID metadata (signing keys): the token cannot be checked now.
            throw new TokenCheckUnavailableException(e);
        }
    }

    /// <summary>Runs the turn of an activity whose sender <see cref="AuthenticateAsync"/> checked.</summary>
    public Task<InvokeResponse> ProcessAsync(AuthenticateRequestResult authentication, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authentication, activity, bot.OnTurnAsync, cancellationToken);

    private static bool IsReadableBearerToken(string header)
    {
        var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase)) return false;
        var handler = new JwtSecurityTokenHandler();
        if (!handler.CanReadToken(parts[1])) return false;
        try
        {
            handler.ReadJwtToken(parts[1]);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException or FormatException or Newtonsoft.Json.JsonException or System.Text.Json.JsonException)
        {
            return false;
        }
    }
}

/// <summary>A token could not be checked because the Bot Framework's signing keys were out of reach (the host answers 503).</summary>
public sealed class TokenCheckUnavailableException(Exception inner)
    : Exception("The Bot Framework's signing keys could not be fetched to check the token.", inner);
