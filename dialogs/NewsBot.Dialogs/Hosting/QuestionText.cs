using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace NewsBot.Dialogs.Hosting;

/// <summary>Gets the question out of a message: mentions of the bot removed, markup stripped, size checked.</summary>
public static partial class QuestionText
{
    public const int MaxLength = 1000;

    public enum Problem { None, Empty, TooLong, NoWords }

    public sealed record Result(string Text, Problem Problem);

    public static Result Read(IMessageActivity message)
    {
        var text = message.Text ?? "";
        if (text.Length == 0 && message.Value is { } value) text = ValueText(value);
        text = StripMentions(text, message);
        if (text.Length > MaxLength * 4) return new Result("", Problem.TooLong);
        text = Markup().Replace(text, " ");
        text = System.Net.WebUtility.HtmlDecode(text);
        text = MarkdownMarks().Replace(text, " ");
        text = new string(text.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format || c is '\n' or '\t').ToArray());
        text = Spaces().Replace(text, " ").Trim();
        if (text.Length == 0) return new Result("", Problem.Empty);
        if (text.Length > MaxLength) return new Result("", Problem.TooLong);
        if (!text.Any(char.IsLetterOrDigit)) return new Result(text, Problem.NoWords);
        return new Result(text, Problem.None);
    }

    /// <summary>Removes @mentions of the bot: Teams &lt;at&gt; tags, mention entities, and a typed "@BotName".</summary>
    private static string StripMentions(string text, IMessageActivity message)
    {
        var botId = message.Recipient?.Id;
        foreach (var mention in message.GetMentions() ?? [])
            if (mention.Text is { Length: > 0 } mentionText && (botId is null || mention.Mentioned?.Id == botId))
                text = text.Replace(mentionText, " ", StringComparison.Ordinal);
        text = AtTag().Replace(text, " ");
        var botName = message.Recipient?.Name;
        if (!string.IsNullOrWhiteSpace(botName))
            text = Regex.Replace(text, @"^\s*@" + Regex.Escape(botName) + @"\b[,:]?", " ", RegexOptions.IgnoreCase);
        return LeadingAt().Replace(text, " ");
    }

    private static string ValueText(object value)
    {
        var token = Newtonsoft.Json.Linq.JToken.FromObject(value);
        return token.Type == Newtonsoft.Json.Linq.JTokenType.String ? token.ToString()
            : (token["text"] ?? token["question"])?.ToString() ?? "";
    }

    [GeneratedRegex(@"<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex AtTag();
    [GeneratedRegex(@"^\s*@newsbot\b[,:]?", RegexOptions.IgnoreCase)] private static partial Regex LeadingAt();
    [GeneratedRegex(@"<[^<>]{0,200}>")] private static partial Regex Markup();
    [GeneratedRegex(@"[*_`~#>|]+|\[|\]\([^)]*\)")] private static partial Regex MarkdownMarks();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
}
