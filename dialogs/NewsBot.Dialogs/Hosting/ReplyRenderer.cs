using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Dialogs.Conversation;

namespace NewsBot.Dialogs.Hosting;

/// <summary>
/// Turns an <see cref="Answer"/> into a message activity fit for the channel: a card of the quotes
/// where the channel shows cards, with links to where they stand in the article view when the turn
/// has <see cref="ArticleViewLinks"/> (in the text where there is no card); an export as the
/// channel can take a file (see <see cref="ExportRenderer"/>).
/// </summary>
public static class ReplyRenderer
{
    /// <summary>Channels known to render Adaptive Cards.</summary>
    public static readonly IReadOnlySet<string> CardChannels =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "msteams", "webchat", "directline", "emulator" };

    /// <summary>Most places a text answer links to.</summary>
    private const int MostTextLinks = 5;

    public static Activity Render(Answer answer, string? channelId, ArticleViewLinks? links = null)
    {
        if (answer.Export is { } export) return ExportRenderer.Render(answer, export, channelId, links);
        bool card = answer.Quotes.Count > 0 && channelId is not null && CardChannels.Contains(channelId);
        // Beside a card the text is the answer alone: the card is its evidence, never the same quotes twice.
        var text = card ? answer.CardText ?? answer.Markdown : answer.Markdown;
        if (!card && links is not null && TextLinks(answer, links) is { Length: > 0 } see) text += "\n\n" + see;
        var activity = MessageFactory.Text(text);
        activity.TextFormat = TextFormatTypes.Markdown;
        activity.Value = answer.Value;
        if (card) activity.Attachments = [new Attachment { ContentType = QuoteCard.ContentType, Content = QuoteCard.Build(answer, links) }];
        if (answer.Choices.Count > 0)
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = answer.Choices.Select(c => new CardAction(ActionTypes.ImBack, title: c, value: c)).ToList(),
            };
        return activity;
    }

    /// <summary>"See it in the article: paragraph 4" (a link each place, of each article when several), or "" without places to link.</summary>
    private static string TextLinks(Answer answer, ArticleViewLinks links)
    {
        var places = answer.Quotes.Select(q => (Quote: q, Url: links.Place(q))).Where(p => p.Url is not null)
            .DistinctBy(p => p.Url!.AbsoluteUri).Take(MostTextLinks).ToList();
        if (places.Count == 0) return "";
        var named = places.Select(p => ArticleViewLinks.MarkdownLink(
            (p.Quote.ParagraphNumber > 0 ? $"paragraph {p.Quote.ParagraphNumber}" : "the article") + (p.Quote.ArticleTitle is { } title ? $" of \u201c{title}\u201d" : ""), p.Url!));
        return (places.Count == 1 ? QuoteCard.SeeIt : "See them in the article") + ": " + string.Join(", ", named);
    }
}
