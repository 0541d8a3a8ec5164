using NewsBot.Dialogs.Conversation;
using NewsBot.Ingest;
using Newtonsoft.Json.Linq;

namespace NewsBot.Dialogs.Articles;

/// <summary>What the bot says about an article it was given: what it found in it, or why it was not added.</summary>
public static class IntakeReply
{
    private const int NamesShown = 5;

    public static string Describe(IntakeResult result)
    {
        if (!result.Stored) return $"I couldn't add that article: {Markdown.Escape(result.Reason ?? "something went wrong")}";
        var title = Markdown.Bold(result.Title.Length > 0 ? result.Title : result.Source);
        var found = result.QuoteCount == 0
            ? "I found no quotes in it."
            : $"I found {Count(result.QuoteCount, "quote")} from {Count(result.Speakers.Count, "speaker")}: {Names(result.Speakers)}.";
        var opening = result.IsNew ? $"Added {title}." : $"I already had this article: {title}.";
        var example = result.Speakers.Count > 0 ? $" Ask me, for example, **what did {Markdown.Escape(Surname(result.Speakers[0]))} say?**" : "";
        return $"{opening} {found}{example}";
    }

    /// <summary>
    /// The same as data, for clients that show it their own way (the web chat's article panel):
    /// { "articles": [ { "added", "articleId", "isNew", "title", "quoteCount", "speakerCount", "reason" } ] }.
    /// </summary>
    public static JObject Data(IEnumerable<IntakeResult> results) => new()
    {
        ["articles"] = new JArray(results.Select(r => r.Stored
            ? new JObject
            {
                ["added"] = true,
                ["articleId"] = r.ArticleId,
                ["isNew"] = r.IsNew,
                ["title"] = r.Title.Length > 0 ? r.Title : r.Source,
                ["quoteCount"] = r.QuoteCount,
                ["speakerCount"] = r.Speakers.Count,
            }
            : new JObject { ["added"] = false, ["reason"] = r.Reason })),
    };

    private static string Names(IReadOnlyList<string> names)
    {
        var shown = names.Take(NamesShown).Select(Markdown.Escape).ToList();
        var more = names.Count - shown.Count;
        return string.Join(", ", shown) + (more > 0 ? $" and {more} more" : "");
    }

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? name;

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
