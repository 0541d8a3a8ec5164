using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Dialogs.Conversation;

namespace NewsBot.Dialogs.Hosting;

/// <summary>Turns an <see cref="Answer"/> into a message activity fit for the channel.</summary>
public static class ReplyRenderer
{
    /// <summary>Channels known to render Adaptive Cards.</summary>
    public static readonly IReadOnlySet<string> CardChannels =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "msteams", "webchat", "directline", "emulator" };

    public static Activity Render(Answer answer, string? channelId)
    {
        bool card = answer.Quotes.Count > 0 && channelId is not null && CardChannels.Contains(channelId);
        // Beside a card the text is the answer alone: the card is its evidence, never the same quotes twice.
        var activity = MessageFactory.Text(card ? answer.CardText ?? answer.Markdown : answer.Markdown);
        activity.TextFormat = TextFormatTypes.Markdown;
        activity.Value = answer.Value;
        if (card) activity.Attachments = [new Attachment { ContentType = QuoteCard.ContentType, Content = QuoteCard.Build(answer) }];
        if (answer.Choices.Count > 0)
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = answer.Choices.Select(c => new CardAction(ActionTypes.ImBack, title: c, value: c)).ToList(),
            };
        return activity;
    }
}
