using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace NewsBot.Web.BotFramework;

/// <summary>
/// The adapter behind /api/messages. With MicrosoftAppId empty every request is accepted anonymously
/// (Emulator, Agents Playground); with it set, each request's JWT is validated by
/// <see cref="BotFrameworkAuthentication"/>. One constructor, so the container can build it.
/// </summary>
public sealed class NewsBotAdapter : CloudAdapter
{
    public NewsBotAdapter(BotFrameworkAuthentication authentication, TurnErrorReporter errors, ConversationTurnGate gate, ILogger<NewsBotAdapter> logger)
        : base(authentication, logger)
    {
        Use(gate);
        OnTurnError = errors.ReportAsync;
    }

    /// <summary>Authenticates an already-read activity and runs its turn (the request body was checked first, see <see cref="IncomingActivityReader"/>).</summary>
    public Task<InvokeResponse> ProcessAsync(string authorizationHeader, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authorizationHeader, activity, bot.OnTurnAsync, cancellationToken);
}
