using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace NewsBot.Web.BotFramework;

/// <summary>POST /api/messages: the Bot Framework channels' door (Teams, Emulator, Agents Playground, Azure Direct Line).</summary>
public static class BotMessagesEndpoint
{
    /// <summary>Bot Framework activities are small; Teams caps a message at about 28 KB.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, HandleAsync);

    private static async Task HandleAsync(HttpContext http, NewsBotAdapter adapter, IBot bot)
    {
        var incoming = (await IncomingActivityReader.ReadAsync(http.Request, MaxActivityBytes, http.RequestAborted)).RequireChannelFields();
        if (incoming.Activity is null)
        {
            await incoming.ToProblem().ExecuteAsync(http);
            return;
        }
        try
        {
            var authorization = http.Request.Headers.Authorization.ToString();
            var invokeResponse = await adapter.ProcessAsync(authorization, incoming.Activity, bot, http.RequestAborted);
            await HttpHelper.WriteResponseAsync(http.Response, invokeResponse);
        }
        catch (UnauthorizedAccessException)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }
}
