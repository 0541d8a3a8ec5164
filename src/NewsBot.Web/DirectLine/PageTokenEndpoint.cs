using System.Security.Cryptography;
using Microsoft.Bot.Schema;

namespace NewsBot.Web.DirectLine;

/// <summary>
/// POST /api/webchat/token: how the web chat page gets a conversation token without ever seeing
/// the Direct Line secret. Who gets one is DirectLine:PageTokens: anyone (an anonymous user of the
/// server's choosing), signed-in (only requests on which the sign-in proxy in front of the host
/// named the user in DirectLine:UserHeader; that user is then vouched for), or off.
/// </summary>
public static class PageTokenEndpoint
{
    /// <summary>The longest user name taken from the sign-in header.</summary>
    private const int MaxUserLength = 256;

    public static IEndpointConventionBuilder MapWebChatToken(this IEndpointRouteBuilder endpoints, string pattern = "/api/webchat/token") =>
        endpoints.MapPost(pattern, Issue)
            .AddEndpointFilter(DirectLineEndpoints.RefuseWhenOff)
            .RequireRateLimiting(ClientRateLimits.Conversations);

    private static IResult Issue(HttpContext http, DirectLineAccess access, DirectLineConversations conversations)
    {
        ChannelAccount user;
        switch (access.PageTokens)
        {
            case PageTokenMode.Off:
                return Results.Problem("The web chat page's tokens are off on this host (DirectLine:PageTokens).", statusCode: StatusCodes.Status404NotFound);
            case PageTokenMode.SignedIn:
                var named = http.Request.Headers[access.UserHeader!].ToString().Trim();
                if (named.Length is 0 or > MaxUserLength)
                    return Results.Problem("Sign in to chat with this bot.", statusCode: StatusCodes.Status401Unauthorized);
                user = new ChannelAccount(named, named, RoleTypes.User);
                break;
            default:
                user = new ChannelAccount("dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), "You", RoleTypes.User);
                break;
        }
        var (grant, retryAfter) = conversations.Create();
        if (grant is null) return DirectLineEndpoints.Busy(http, retryAfter);
        grant.Conversation.NameUser(user, vouchedFor: access.PageTokens == PageTokenMode.SignedIn);
        return DirectLineEndpoints.Json(new
        {
            token = grant.Token,
            conversationId = grant.Conversation.Id,
            userId = user.Id,
            expires_in = (int)grant.ExpiresIn.TotalSeconds,
        }, StatusCodes.Status200OK);
    }
}
