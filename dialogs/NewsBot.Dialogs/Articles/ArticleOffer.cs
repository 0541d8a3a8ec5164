using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace NewsBot.Dialogs.Articles;

/// <summary>An article a message brings: a link to it, its text pasted in, or files attached.</summary>
public abstract record ArticleOffer;

public sealed record LinkOffer(string Url) : ArticleOffer;

public sealed record PastedOffer(string Text) : ArticleOffer;

/// <summary>Files attached to the message; <see cref="AttachedFile.ContentUrl"/> may be a data: URL (uploads to the local Direct Line).</summary>
public sealed record AttachmentsOffer(IReadOnlyList<AttachedFile> Files) : ArticleOffer;

public sealed record AttachedFile(string ContentUrl, string? Name, string? ContentType);

/// <summary>
/// Tells a message that brings an article from a question: a link alone (or with "add this",
/// "read this"), a long text of several sentences that is not a question, or file attachments
/// (Web Chat and the Emulator give a contentUrl; Teams a file download info with a downloadUrl).
/// Cards, and the HTML copy of the message text that Teams attaches, are not files.
/// </summary>
public static partial class ArticleOffers
{
    public const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>Shortest pasted text taken for an article: a few sentences, longer than any question.</summary>
    public const int MinPastedLength = 280;

    public const int MinPastedSentences = 3;

    /// <summary>Most files taken from one message.</summary>
    public const int MaxFiles = 5;

    public static ArticleOffer? Read(IMessageActivity message)
    {
        var files = (message.Attachments ?? []).Select(File).OfType<AttachedFile>().Take(MaxFiles).ToList();
        if (files.Count > 0) return new AttachmentsOffer(files);
        var text = PlainText(message.Text ?? "");
        if (text.Length == 0) return null;
        if (LinkRequest().Match(text) is { Success: true } link) return new LinkOffer(link.Groups["url"].Value.TrimEnd('.', ',', ';', ')', '>'));
        return LooksLikeAnArticle(text) ? new PastedOffer(text) : null;
    }

    /// <summary>Several sentences, long, and not a question (a question that long could not be answered anyway).</summary>
    public static bool LooksLikeAnArticle(string text) =>
        text.Length >= MinPastedLength
        && SentenceEnd().Count(text) + 1 >= MinPastedSentences
        && (!text.TrimEnd().EndsWith('?') || text.Length > Hosting.QuestionText.MaxLength);

    private static AttachedFile? File(Attachment? attachment)
    {
        if (attachment?.ContentType is not { } type) return null;
        if (type == TeamsFileDownloadInfo)
        {
            var url = (attachment.Content is null ? null : JToken.FromObject(attachment.Content)["downloadUrl"])?.ToString();
            return string.IsNullOrWhiteSpace(url) ? null : new AttachedFile(url, attachment.Name, null);
        }
        if (type.StartsWith("application/vnd.microsoft.", StringComparison.OrdinalIgnoreCase)) return null; // cards and other channel data
        return string.IsNullOrWhiteSpace(attachment.ContentUrl) ? null : new AttachedFile(attachment.ContentUrl, attachment.Name, type);
    }

    /// <summary>The message as plain text with its line breaks: Teams' HTML (paragraphs, links, mentions) reduced to text.</summary>
    private static string PlainText(string text)
    {
        text = Mention().Replace(text, " ");
        text = Anchor().Replace(text, m => m.Groups["href"].Value);
        text = LineBreak().Replace(text, "\n");
        text = ParagraphEnd().Replace(text, "\n\n");
        text = Tag().Replace(text, "");
        return System.Net.WebUtility.HtmlDecode(text).Trim();
    }

    [GeneratedRegex(@"^(?:(?:please|pls|could you|can you|add|read|save|store|index|import|take|ingest|learn|this|that|the|new|article|story|link|page|url|here|is|it|[:\-,])\s*)*<?(?<url>https?://[^\s<>""]+)>?\s*(?:please|thanks|thank you)?[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkRequest();

    [GeneratedRegex(@"[.!?][""”’')\]]*\s+(?=[""“‘(\[]?\p{Lu})")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex Mention();
    [GeneratedRegex(@"<a\s[^>]*href=""(?<href>[^""]*)""[^>]*>.*?</a>", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex Anchor();
    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)] private static partial Regex LineBreak();
    [GeneratedRegex(@"</p>|</div>", RegexOptions.IgnoreCase)] private static partial Regex ParagraphEnd();
    [GeneratedRegex(@"<(?!https?://)/?[a-zA-Z][^<>]{0,300}>", RegexOptions.IgnoreCase)] private static partial Regex Tag();
}
