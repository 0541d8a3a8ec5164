using Microsoft.Bot.Builder;

namespace NewsBot.Web.BotFramework;

/// <summary>
/// Runs the turns of one conversation one at a time, in arrival order. Conversation state is loaded
/// at the start of a turn and saved at its end, so two overlapping turns of the same conversation
/// would each overwrite the other's changes ("what else did she say?" would lose its "she").
/// Different conversations still run in parallel.
/// </summary>
public sealed class ConversationTurnGate : Microsoft.Bot.Builder.IMiddleware
{
    private sealed class Lane
    {
        public readonly SemaphoreSlim Turn = new(1, 1);
        public int Users;
    }

    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);

    public int OpenLanes
    {
        get { lock (_lanes) return _lanes.Count; }
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var key = $"{turnContext.Activity.ChannelId}/{turnContext.Activity.Conversation?.Id}";
        var lane = Enter(key);
        try
        {
            await lane.Turn.WaitAsync(cancellationToken);
            try
            {
                await next(cancellationToken);
            }
            finally
            {
                lane.Turn.Release();
            }
        }
        finally
        {
            Leave(key, lane);
        }
    }

    private Lane Enter(string key)
    {
        lock (_lanes)
        {
            if (!_lanes.TryGetValue(key, out var lane)) _lanes[key] = lane = new Lane();
            lane.Users++;
            return lane;
        }
    }

    // The last one out removes the lane, so idle conversations cost nothing.
    private void Leave(string key, Lane lane)
    {
        lock (_lanes)
        {
            if (--lane.Users == 0)
            {
                _lanes.Remove(key);
                lane.Turn.Dispose();
            }
        }
    }
}
