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
        if (!result.Stored) return $"I couldn't add that article: {Markdown.Escape(ReasonForUser(result))}";
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

    /// Why an article was refused, fit to show whoever sent it: the reason itself when it is about the
    /// article (too large, binary, a bad link…); a plain sentence when the server failed, whose own
    /// reason may name its files or quote an exception (it belongs in the log).
    /// </summary>
    public static string ReasonForUser(IntakeResult result) => result.Refusal switch
    {
        null => "",
        Refusal.StoreFailed => "the article store could not take it just now, and nothing was stored. Please try again later.",
        Refusal.Failed => "something went wrong on my side while reading it, and nothing was stored.",
        _ => result.Reason ?? "something went wrong",
    };

    /// <summary>True when the refusal is the server's failure rather than something about the article.</summary>
    public static bool IsServerFailure(IntakeResult result) => result.Refusal is Refusal.StoreFailed or Refusal.Failed;

    private static string Names(IReadOnlyList<string> names)
    {
        var shown = names.Take(NamesShown).Select(Markdown.Escape).ToList();
        var more = names.Count - shown.Count;
        return string.Join(", ", shown) + (more > 0 ? $" and {more} more" : "");
    }

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? name;

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
