using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace NewsBot.Web.BotFramework;

/// <summary>POST /api/messages: the Bot Framework channels' door (Teams, Emulator, Agents Playground, Azure Direct Line).</summary>
public static class BotMessagesEndpoint
{
    /// <summary>Bot Framework activities are small; Teams caps a message at about 28 KB.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, HandleAsync).RequireRateLimiting(ClientRateLimits.ChannelPosts);

    private static async Task HandleAsync(HttpContext http, NewsBotAdapter adapter, IBot bot, HostSecurity security, ChannelUsers channelUsers, ILogger<NewsBotAdapter> logger)
    {
        var incoming = (await IncomingActivityReader.ReadAsync(http.Request, MaxActivityBytes, http.RequestAborted)).RequireChannelFields();
        if (incoming.Activity is not { } activity)
        {
            await incoming.ToProblem().ExecuteAsync(http);
            return;
        }
        var client = ClientRateLimits.ClientOf(http);
        if (security.Deployed && channelUsers.HasBeenRefusedTooOften(client))
        {
            await ClientRateLimits.RefuseAsync(http, TimeSpan.FromSeconds(1));
            return;
        }
        Microsoft.Bot.Connector.Authentication.AuthenticateRequestResult authentication;
        try
        {
            authentication = await adapter.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity, http.RequestAborted);
        }
        catch (UnauthorizedAccessException refused)
        {
            logger.LogInformation("Refused a request to {Path}: {Reason}", http.Request.Path, refused.Message);
            if (security.Deployed) channelUsers.Refused(client);
            await Results.Problem("The request carries no valid Bot Framework token.", statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(http);
            return;
        }
        catch (TokenCheckUnavailableException unavailable)
        {
            logger.LogError(unavailable, "Could not check a Bot Framework token");
            http.Response.Headers.RetryAfter = "30";
            await Results.Problem("The bot cannot check tokens right now; try again shortly.", statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(http);
            return;
        }
        // Deployed, the channel's servers speak for all its users: the limit is per user, known only now.
        if (security.Deployed && channelUsers.Refuses(activity.ChannelId, activity.From.Id) is { } wait)
        {
            await ClientRateLimits.RefuseAsync(http, wait);
            return;
        }
        var invokeResponse = await adapter.ProcessAsync(authentication, activity, bot, http.RequestAborted);
        await HttpHelper.WriteResponseAsync(http.Response, invokeResponse);
    }
}
