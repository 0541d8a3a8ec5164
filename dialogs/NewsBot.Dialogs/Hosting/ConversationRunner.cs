using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace NewsBot.Dialogs.Hosting;

/// <summary>The replies to one turn, and the whole text a user would see for them.</summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies)
{
    public string Text => TurnText.Of(Replies);
}

/// <summary>One conversation with the bot, in process: a user, the bot and a fresh conversation id.</summary>
public sealed class ConversationRunner(IBot bot, InProcessAdapter adapter, string channelId = "cli", string? conversationId = null)
{
    private readonly ChannelAccount _user = new("user", "User");
    private readonly ChannelAccount _bot = new("newsbot", "NewsBot");
    private readonly ConversationAccount _conversation = new(id: conversationId ?? Guid.NewGuid().ToString("N"), conversationType: "personal");

    public string ConversationId => _conversation.Id;

    public Task<TurnResult> SendAsync(string text, CancellationToken cancellationToken = default) =>
        RunAsync(new Activity(ActivityTypes.Message) { Text = text }, cancellationToken);

    /// <summary>The user opens the chat: a conversationUpdate adding the user and the bot.</summary>
    public Task<TurnResult> StartAsync(CancellationToken cancellationToken = default) =>
        RunAsync(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [_user, _bot] }, cancellationToken);

    /// <summary>Sends any activity, filling in the addressing fields the caller left empty.</summary>
    public async Task<TurnResult> RunAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        activity.Id ??= Guid.NewGuid().ToString("N");
        activity.ChannelId ??= channelId;
        activity.From ??= _user;
        activity.Recipient ??= _bot;
        activity.Conversation ??= _conversation;
        activity.ServiceUrl ??= "https://localhost/";
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        return new TurnResult(await adapter.ProcessAsync(activity, bot, cancellationToken));
    }
}
