using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>Replies with the text it got; says hello to members who join.</summary>
public sealed class EchoBot : ActivityHandler
{
    public const string Welcome = "Echo bot here.";

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded.Where(m => m.Id != turnContext.Activity.Recipient.Id))
            await turnContext.SendActivityAsync(MessageFactory.Text(Welcome), cancellationToken);
    }
}

/// <summary>Counts the messages of its conversation in conversation state and replies with the count.</summary>
public sealed class CountingBot(ConversationState state) : ActivityHandler
{
    private readonly IStatePropertyAccessor<int> _count = state.CreateProperty<int>("count");

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var count = await _count.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await _count.SetAsync(turnContext, count, cancellationToken);
        await Task.Yield(); // give an overlapping turn every chance to interleave
        await turnContext.SendActivityAsync(MessageFactory.Text(count.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
        await state.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }
}

/// <summary>Fails every message turn.</summary>
public sealed class FailingBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the test bot failed on purpose");
}
