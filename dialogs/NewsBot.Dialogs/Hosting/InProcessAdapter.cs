using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NewsBot.Dialogs.Hosting;

/// <summary>
/// Runs a turn in this process, with no web host or connector: the replies a bot sends are
/// collected and returned. Used by the terminal commands, tests and benchmarks.
/// </summary>
public sealed class InProcessAdapter : BotAdapter
{
    private const string RepliesKey = "NewsBot.InProcessAdapter.Replies";

    public InProcessAdapter(ILogger? logger = null)
    {
        var log = logger ?? NullLogger.Instance;
        OnTurnError = async (context, exception) =>
        {
            log.LogError(exception, "Unhandled error in a turn");
            await context.SendActivityAsync("Sorry, something went wrong while answering. Please try again.");
        };
    }

    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity incoming, IBot bot, CancellationToken cancellationToken = default)
    {
        var replies = new List<Activity>();
        using var context = new TurnContext(this, incoming);
        context.TurnState.Add(RepliesKey, replies);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        return replies;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var replies = turnContext.TurnState.Get<List<Activity>>(RepliesKey);
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            activity.Id ??= Guid.NewGuid().ToString("N");
            if (activity.Type is ActivityTypes.Message or ActivityTypes.EndOfConversation) replies?.Add(activity);
            responses.Add(new ResourceResponse(activity.Id));
        }
        return Task.FromResult(responses.ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var replies = turnContext.TurnState.Get<List<Activity>>(RepliesKey);
        int at = replies?.FindIndex(a => a.Id == activity.Id) ?? -1;
        if (at >= 0) replies![at] = activity;
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        turnContext.TurnState.Get<List<Activity>>(RepliesKey)?.RemoveAll(a => a.Id == reference.ActivityId);
        return Task.CompletedTask;
    }
}
