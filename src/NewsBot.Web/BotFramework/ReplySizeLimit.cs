using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace NewsBot.Web.BotFramework;

/// <summary>
/// Keeps every message the bot sends under a size every channel takes (NewsBot:MaxReplyBytes, by
/// default 24 KB of JSON: Teams refuses messages over about 28 KB). A larger message loses its
/// cards (its text says the same), then its text is split at paragraph, line, sentence or word
/// ends into at most <see cref="MaxParts"/> messages, the last cut short with a note if even
/// that is not enough. Runs on every adapter, so every channel gets it.
/// </summary>
public sealed class ReplySizeLimit(int maxBytes) : Microsoft.Bot.Builder.IMiddleware
{
    public const string MaxBytesKey = "NewsBot:MaxReplyBytes";
    public const int DefaultMaxBytes = 24 * 1024;
    public const int MaxParts = 4;
    public const string CutNote = "\n\n… (the rest is cut: the reply was too long to send here)";

    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore };
    private static readonly string[] Breaks = ["\n\n", "\n", ". ", " "];

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.OnSendActivities(async (_, activities, sendOn) =>
        {
            var fitted = activities.SelectMany(Fit).ToList();
            activities.Clear();
            activities.AddRange(fitted);
            return await sendOn();
        });
        return next(cancellationToken);
    }

    /// <summary>The activity as it may be sent: itself when it fits, else its text in parts that each fit.</summary>
    public IReadOnlyList<Activity> Fit(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message || SizeOf(activity) <= maxBytes) return [activity];
        var text = string.IsNullOrEmpty(activity.Text) ? "(This reply was too large to send here.)" : activity.Text;
        var suggested = activity.SuggestedActions;
        var shell = Copy(activity);
        shell.Text = "";
        shell.Attachments = null;
        shell.Speak = null;
        // Room for the text in each part: what the last part costs without it (suggestions included), less the cut note.
        var room = maxBytes - SizeOf(shell) - TextSize(CutNote);
        if (room < 256) room = 256;
        shell.SuggestedActions = null;

        var parts = Split(text, room);
        if (parts.Count > MaxParts) parts = [.. parts.Take(MaxParts - 1), parts[MaxParts - 1] + CutNote];
        return parts.Select((part, i) =>
        {
            var message = Copy(shell);
            message.Text = part;
            if (i == parts.Count - 1) message.SuggestedActions = suggested;
            return message;
        }).ToList();
    }

    /// <summary>The text in pieces of at most <paramref name="room"/> bytes (as JSON), broken at the largest unit that fits.</summary>
    private static List<string> Split(string text, int room)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        long currentSize = 0;
        foreach (var piece in Pieces(text, room, 0))
        {
            var size = TextSize(piece);
            if (currentSize + size > room && current.Length > 0)
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
                currentSize = 0;
            }
            current.Append(piece);
            currentSize += size;
        }
        if (current.ToString().Trim() is { Length: > 0 } last) parts.Add(last);
        return parts;
    }

    /// <summary>The text cut after each break of level <paramref name="level"/> (a paragraph, a line, a sentence, a word), finer where a piece is still too large.</summary>
    private static IEnumerable<string> Pieces(string text, int room, int level)
    {
        if (TextSize(text) <= room) { yield return text; yield break; }
        if (level == Breaks.Length)
        {
            // No break at all: cut by characters, never inside a surrogate pair.
            for (int at = 0; at < text.Length;)
            {
                int length = Math.Min(text.Length - at, Math.Max(1, room / 6));
                if (char.IsHighSurrogate(text[at + length - 1]) && at + length < text.Length) length++;
                yield return text.Substring(at, length);
                at += length;
            }
            yield break;
        }
        var separator = Breaks[level];
        int start = 0;
        while (start < text.Length)
        {
            int found = text.IndexOf(separator, start, StringComparison.Ordinal);
            int end = found < 0 ? text.Length : found + separator.Length;
            foreach (var piece in Pieces(text[start..end], room, level + 1)) yield return piece;
            start = end;
        }
    }

    private static Activity Copy(Activity activity) => JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity, Json))!;

    public static int SizeOf(object value) => Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(value, Json));

    /// <summary>What a string adds to a message's JSON (escaped, in UTF-8).</summary>
    private static int TextSize(string text) => Encoding.UTF8.GetByteCount(JsonConvert.ToString(text)) - 2;
}
