using Microsoft.Bot.Schema;
using NewsBot.Dialogs.Conversation;
using Newtonsoft.Json.Linq;

namespace NewsBot.Dialogs.Hosting;

/// <summary>
/// The whole text a user sees for a turn: each message's text (markdown rendered to plain text),
/// the text of its cards and its suggested replies, joined by new lines.
/// </summary>
public static class TurnText
{
    public static string Of(IEnumerable<IActivity> activities) =>
        string.Join("\n", activities.OfType<IMessageActivity>().SelectMany(Parts).Where(p => p.Length > 0));

    private static IEnumerable<string> Parts(IMessageActivity message)
    {
        if (!string.IsNullOrEmpty(message.Text)) yield return Markdown.ToPlainText(message.Text);
        foreach (var attachment in message.Attachments ?? [])
            if (attachment.Content is not null)
                foreach (var text in CardTexts(JToken.FromObject(attachment.Content)))
                    yield return Markdown.ToPlainText(text);
        foreach (var action in message.SuggestedActions?.Actions ?? [])
            if (!string.IsNullOrEmpty(action.Title)) yield return $"[{action.Title}]";
    }

    /// <summary>Text shown by a card: TextBlock texts, fact titles and values, action titles.</summary>
    private static IEnumerable<string> CardTexts(JToken token)
    {
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties())
                {
                    if (property.Value.Type == JTokenType.String && property.Name is ("text" or "title" or "value") && obj["type"]?.ToString() != "Input.Text")
                        yield return property.Value.ToString();
                    else
                        foreach (var inner in CardTexts(property.Value)) yield return inner;
                }
                break;
            case JArray array:
                foreach (var item in array)
                    foreach (var inner in CardTexts(item)) yield return inner;
                break;
        }
    }
}
