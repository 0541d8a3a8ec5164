using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace NewsBot.Web.Tests.Infrastructure;

public static class Transcript
{
    /// <summary>Everything a person would read in a reply: its text and the text blocks of any Adaptive Card.</summary>
    public static string TextOf(Activity activity)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(activity.Text)) parts.Add(activity.Text);
        foreach (var attachment in activity.Attachments ?? [])
        {
            var content = attachment.Content is JToken token ? token : attachment.Content is null ? null : JToken.FromObject(attachment.Content);
            if (content is null) continue;
            parts.AddRange(content.SelectTokens("$..text").Select(t => t.ToString()));
            parts.AddRange(content.SelectTokens("$..title").Select(t => t.ToString()));
        }
        return string.Join("\n", parts);
    }
}
