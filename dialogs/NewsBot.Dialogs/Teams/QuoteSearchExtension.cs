using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Hosting;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Dialogs.Teams;

/// <summary>
/// Teams' search-based message extension (the manifest's composeExtensions command
/// <see cref="CommandId"/>): a composeExtension/query invoke with a speaker's name or a few words
/// of a quote gets a list of quote cards to insert into any chat or channel, found in the store by
/// speaker (<see cref="IArticleStore.QuotesBySpeakerAsync"/>) and by words
/// (<see cref="IArticleStore.FindQuotesAsync"/>). A search it cannot run (empty, too long, no
/// words) gets a message in the extension's pane saying what to type instead.
/// </summary>
public sealed class QuoteSearchExtension(IArticleStore store)
{
    public const string CommandId = "searchQuotes";
    public const string QueryParameter = "query";

    /// <summary>Longest search taken: a name and a few words of a quote fit many times over.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>Teams shows at most 25 results a page.</summary>
    public const int MaxResults = 25;

    public async Task<MessagingExtensionResponse> QueryAsync(MessagingExtensionQuery? query, CancellationToken cancellationToken)
    {
        // Teams names the parameter as the manifest does; the initial run (no words typed yet) sends "initialRun" instead.
        var text = query?.Parameters?.FirstOrDefault(p => p.Name == QueryParameter)?.Value?.ToString()?.Trim();
        if (string.IsNullOrEmpty(text)) return Message("Type a speaker's name (such as a surname) or a few words of a quote to find quotes to share.");
        if (text.Length > MaxQueryLength)
            return Message($"That search is {text.Length:N0} characters long; type a name or a few words of a quote (up to {MaxQueryLength} characters).");
        if (!text.Any(char.IsLetterOrDigit)) return Message("Type words to search for: a speaker's name or a few words of a quote.");

        int skip = Math.Clamp(query?.QueryOptions?.Skip ?? 0, 0, 10 * MaxResults);
        int count = Math.Clamp(query?.QueryOptions?.Count is > 0 and var c ? c : MaxResults, 1, MaxResults);
        var bySpeaker = await store.QuotesBySpeakerAsync(text, skip + count, 0, cancellationToken);
        var byWords = await store.FindQuotesAsync(text, skip + count, cancellationToken);
        var hits = bySpeaker.Concat(byWords).DistinctBy(h => (h.ArticleId, h.QuoteId)).Skip(skip).Take(count).ToList();
        if (hits.Count == 0)
            return skip > 0 ? Results([]) : Message($"No quotes match \u201c{text}\u201d. Try a surname, or other words of the quote.");

        var articles = new Dictionary<long, ArticleQuotes?>();
        foreach (var id in hits.Select(h => h.ArticleId).Distinct()) articles[id] = await store.GetAsync(id, cancellationToken);
        var dates = (await store.ListByIdAsync([.. articles.Keys], cancellationToken)).ToDictionary(a => a.Id, a => a.Published);
        return Results(hits.Select(hit => Card(hit, articles[hit.ArticleId], dates.GetValueOrDefault(hit.ArticleId))).ToList());
    }

    /// <summary>The card inserted into the conversation is the answers' own quote card; the preview is what the result list shows.</summary>
    private static MessagingExtensionAttachment Card(QuoteHit hit, ArticleQuotes? article, DateTimeOffset? published)
    {
        var quote = article?.Quotes.FirstOrDefault(q => q.Id == hit.QuoteId);
        var speaker = quote is null ? null : article!.SpeakerOf(quote);
        var role = speaker?.Roles.FirstOrDefault(r => !string.IsNullOrWhiteSpace(r));
        int paragraph = quote is null ? 0 : article!.Article.Paragraphs.Count(p => !p.IsChrome && p.Index <= quote.Paragraph);
        var title = ArticleTitles.Shorten(hit.ArticleTitle)
            + (published is { } date ? ", " + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "");
        var reported = hit.Kind == QuoteKind.Indirect;
        var view = new QuoteView(hit.SpeakerName, role, hit.Text.Trim(), paragraph, quote?.Medium, title, reported);
        var preview = new ThumbnailCard
        {
            Title = role is null ? hit.SpeakerName : $"{hit.SpeakerName}, {role}",
            Text = (reported ? "(reported) " : "") + Shorten(hit.Text.Trim(), 160),
            Subtitle = ArticleTitles.Shorten(hit.ArticleTitle),
        };
        return new MessagingExtensionAttachment(QuoteCard.ContentType, content: QuoteCard.Build(new Answer("", [view], [])), preview: preview.ToAttachment());
    }

    private static MessagingExtensionResponse Results(IList<MessagingExtensionAttachment> cards) =>
        new(new MessagingExtensionResult(attachmentLayout: "list", type: "result", attachments: cards));

    private static MessagingExtensionResponse Message(string text) =>
        new(new MessagingExtensionResult(type: "message", text: text));

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "\u2026";
}
