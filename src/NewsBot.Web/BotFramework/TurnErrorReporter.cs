using Microsoft.Bot.Builder;

namespace NewsBot.Web.BotFramework;

/// <summary>
/// What every adapter does when a turn throws: log it, tell the user, and never let a second
/// failure (say, the channel being unreachable for the apology too) escape as an HTTP 500.
/// </summary>
public sealed class TurnErrorReporter(ILogger<TurnErrorReporter> logger)
{
    public const string UserMessage = "Sorry, something went wrong on my side while answering that. Please try again, or ask another question.";

    public async Task ReportAsync(ITurnContext turnContext, Exception exception)
    {
        logger.LogError(exception, "Turn failed in conversation {ConversationId} on {ChannelId}",
            turnContext.Activity.Conversation?.Id, turnContext.Activity.ChannelId);
        if (ChannelCalls.IsUnreachableChannel(exception)) return; // the apology would wait on the same dead channel
        try
        {
            // The exception itself stays in the log: its text may name files, hosts or data of the server.
            await turnContext.SendActivityAsync(MessageFactory.Text(UserMessage));
        }
        catch (Exception sendFailure)
        {
            logger.LogError(sendFailure, "Could not tell conversation {ConversationId} about the failure", turnContext.Activity.Conversation?.Id);
        }
    }
}
