using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Web.BotFramework;

namespace NewsBot.Web.DirectLine;

/// <summary>
/// Runs web chat turns in-process and captures the bot's replies straight into the conversation's
/// activity stream. The alternative, pointing the activity's serviceUrl back at this host and
/// serving /v3/conversations here, would add an HTTP hop per reply, need the host to know its own
/// public address (wrong behind a proxy or with port 0), and need outgoing Bot Framework
/// credentials whenever MicrosoftAppId is set. The bot, its middleware and its error handling are
/// the same objects /api/messages uses; only the transport of replies differs.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    public DirectLineAdapter(TurnErrorReporter errors, ConversationTurnGate gate, ReplySizeLimit replySize, ArticleView.AnswerLinks links, IHttpContextAccessor http)
    {
        Use(gate);
        Use(replySize);
        Use(new ArticleView.AnswerLinksMiddleware(links, http, ownDirectLine: true));
        OnTurnError = errors.ReportAsync;
    }

    public async Task ProcessAsync(DirectLineConversation conversation, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        using var turnContext = new TurnContext(this, activity);
        turnContext.TurnState.Add(conversation);
        await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var conversation = turnContext.TurnState.Get<DirectLineConversation>();
        var responses = new List<ResourceResponse>(activities.Length);
        foreach (var activity in activities)
            responses.Add(await DeliverAsync(conversation, turnContext.Activity.Recipient, activity, cancellationToken));
        return [.. responses];
    }

    private static async Task<ResourceResponse> DeliverAsync(DirectLineConversation conversation, ChannelAccount bot, Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypesEx.Delay:
                var milliseconds = activity.Value is IConvertible value ? value.ToInt32(System.Globalization.CultureInfo.InvariantCulture) : 1000;
                await Task.Delay(Math.Clamp(milliseconds, 0, 5000), cancellationToken);
                return new ResourceResponse(string.Empty);
            case ActivityTypesEx.InvokeResponse:
            case ActivityTypes.Trace:
                // Not for the client: Azure Direct Line does not forward these either.
                return new ResourceResponse(string.Empty);
            default:
                activity.From ??= bot;
                activity.From.Role = RoleTypes.Bot;
                return new ResourceResponse(conversation.Append(activity));
        }
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The local Direct Line does not update activities already sent.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The local Direct Line does not delete activities already sent.");
}
