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

    /// <summary>The card; with <paramref name="links"/>, each quote opens the article view at its paragraph, and a button per article ("See it in the article") does.</summary>
    public static JObject Build(Answer answer, ArticleViewLinks? links = null)
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
            var at = links?.Place(quote);
            var container = new JObject
            {
                ["type"] = "Container",
                ["separator"] = true,
                ["items"] = new JArray(
                    TextBlock(quote.Reported ? Markdown.Escape(quote.Text) : QuoteFormatter.Verbatim(quote.Text)),
                    TextBlock("\u2014 " + Markdown.Escape(speaker), ("weight", "Bolder")),
                    TextBlock(Markdown.Escape(string.Join(" \u00b7 ", place)), ("isSubtle", true), ("size", "Small"))),
            };
            // The whole quote opens where it stands; the buttons below say so in words.
            if (at is not null) container["selectAction"] = OpenUrl(SeeIt, at);
            body.Add(container);
        }
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        if (links is not null && Actions(answer, links) is { Count: > 0 } actions) card["actions"] = actions;
        return card;
    }

    /// <summary>What a link to a quote's place in the article view says.</summary>
    public const string SeeIt = "See it in the article";

    /// <summary>Most buttons a card gets, one per article its quotes come from.</summary>
    private const int MostActions = 3;

    /// <summary>A button to the first quote's place in each article the card quotes (the card's one article: "See it in the article").</summary>
    private static JArray Actions(Answer answer, ArticleViewLinks links)
    {
        var firsts = answer.Quotes.Where(q => links.Place(q) is not null).DistinctBy(q => q.ArticleKey).Take(MostActions).ToList();
        return new JArray(firsts.Select(q => OpenUrl(
            firsts.Count == 1 || q.ArticleTitle is null ? SeeIt : $"See it in \u201c{ButtonTitle(q.ArticleTitle)}\u201d", links.Place(q)!)));
    }

    private const int ButtonTitleLength = 40;

    private static string ButtonTitle(string title)
    {
        if (title.Length <= ButtonTitleLength) return title;
        int cut = title.LastIndexOf(' ', ButtonTitleLength);
        return title[..(cut > ButtonTitleLength / 2 ? cut : ButtonTitleLength)].TrimEnd(',', ';', ':', ' ') + "\u2026";
    }

    public static JObject OpenUrl(string title, Uri url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };

    private static JObject TextBlock(string markdownText, params (string Name, JToken Value)[] extra)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = markdownText, ["wrap"] = true };
        foreach (var (name, value) in extra) block[name] = value;
        return block;
    }
}
