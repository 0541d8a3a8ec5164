using NewsBot.Dialogs.Conversation;
using Newtonsoft.Json.Linq;

namespace NewsBot.Dialogs.Hosting;

/// <summary>
/// An Adaptive Card (as JSON) showing quotes: the words, the speaker and role, and where the
/// quote stands. TextBlocks render markdown, so article text is escaped here as well.
/// </summary>
public static class QuoteCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JObject Build(Answer answer)
    {
        var body = new JArray();
        if (answer.CardTitle is { } title)
            body.Add(TextBlock(Markdown.Escape(title), ("weight", "Bolder"), ("size", "Medium")));
        foreach (var quote in answer.Quotes)
        {
            var speaker = quote.Role is null ? quote.Speaker : $"{quote.Speaker}, {quote.Role}";
            var place = new List<string>();
            if (quote.Reported) place.Add("Reported speech, not verbatim");
            if (quote.ParagraphNumber > 0) place.Add($"Paragraph {quote.ParagraphNumber}");
            if (quote.Medium is { } medium) place.Add(QuoteFormatter.OnMedium(medium));
            if (quote.ArticleTitle is { } article) place.Add(article);
            body.Add(new JObject
            {
                ["type"] = "Container",
                ["separator"] = true,
                ["items"] = new JArray(
                    TextBlock(quote.Reported ? Markdown.Escape(quote.Text) : QuoteFormatter.Verbatim(quote.Text)),
                    TextBlock("\u2014 " + Markdown.Escape(speaker), ("weight", "Bolder")),
                    TextBlock(Markdown.Escape(string.Join(" \u00b7 ", place)), ("isSubtle", true), ("size", "Small"))),
            });
        }
        return new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
    }

    private static JObject TextBlock(string markdownText, params (string Name, JToken Value)[] extra)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = markdownText, ["wrap"] = true };
        foreach (var (name, value) in extra) block[name] = value;
        return block;
    }
}
