using Microsoft.Bot.Schema;
using NewsBot.Dialogs.Conversation;
using Newtonsoft.Json.Linq;

namespace NewsBot.Dialogs.Hosting;

/// <summary>
/// An export as each channel can take a file. The file itself is the host's
/// (<see cref="ArticleViewLinks.Export"/>, written when opened), so every channel gets the same CSV:
/// <list type="bullet">
/// <item>Web Chat, Direct Line and the Emulator show a file attachment (<c>text/csv</c> with its
/// address and name) as a download;</item>
/// <item>Teams does not take a file from a bot as an attachment: the Teams bot API sends files
/// only in personal chats, after a consent card and an upload into the user's OneDrive, and never in
/// group chats or channels; a card with an <c>Action.OpenUrl</c> to the file works in every scope,
/// so that is what Teams gets;</item>
/// <item>another channel gets the link in the text;</item>
/// <item>without links (the terminal, pages the user cannot open) there is nothing to hand over,
/// and the reply says where the export works.</item>
/// </list>
/// </summary>
public static class ExportRenderer
{
    public const string CsvContentType = "text/csv";

    /// <summary>Channels that show a file attachment as a download.</summary>
    public static readonly IReadOnlySet<string> FileChannels =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "webchat", "directline", "emulator" };

    public const string Download = "Download the CSV";

    public static Activity Render(Answer answer, QuoteExport export, string? channelId, ArticleViewLinks? links)
    {
        if (links is null)
            return Message($"I can't send a file in this chat. In the web chat, the Emulator or Teams, **export the quotes** gives {export.Description} as a spreadsheet.");
        var url = links.Export(export);
        if (channelId is not null && FileChannels.Contains(channelId))
        {
            var message = Message(answer.Markdown);
            message.Attachments = [new Attachment { ContentType = CsvContentType, ContentUrl = url.AbsoluteUri, Name = export.FileName }];
            return message;
        }
        if (string.Equals(channelId, "msteams", StringComparison.OrdinalIgnoreCase))
        {
            var message = Message(answer.Markdown);
            message.Attachments = [new Attachment { ContentType = QuoteCard.ContentType, Content = DownloadCard(export, url) }];
            return message;
        }
        return Message(answer.Markdown + "\n\n" + ArticleViewLinks.MarkdownLink(Download, url));
    }

    private static Activity Message(string markdown)
    {
        var activity = Microsoft.Bot.Builder.MessageFactory.Text(markdown);
        activity.TextFormat = TextFormatTypes.Markdown;
        return activity;
    }

    /// <summary>The file's name, how many rows it has, and a button that opens it.</summary>
    private static JObject DownloadCard(QuoteExport export, Uri url) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JArray(
            new JObject { ["type"] = "TextBlock", ["text"] = Markdown.Escape(export.FileName), ["weight"] = "Bolder", ["wrap"] = true },
            new JObject { ["type"] = "TextBlock", ["text"] = $"{export.Rows:N0} {(export.Rows == 1 ? "row" : "rows")} \u00b7 CSV", ["isSubtle"] = true, ["wrap"] = true }),
        ["actions"] = new JArray(QuoteCard.OpenUrl(Download, url)),
    };
}
