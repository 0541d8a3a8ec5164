using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Dialogs;

namespace NewsBot.Cli;

/// <summary>
/// newsbot converse --jsonl: one conversation per stdin line, one {"replies": [...]} line out.
/// Input lines are {"articles": [PATH...], "turns": ["...", ...]}; the evaluation files' form,
/// {"article": "NAME.txt", "turns": [{"ask": "..."}]}, is read too, NAME resolved in --articles-dir.
/// </summary>
internal static class ConverseCommand
{
    public static Command Create()
    {
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON lines from stdin, write JSON lines (required)" };
        var articlesDir = new Option<string?>("--articles-dir") { Description = "Folder where an \"article\" name is looked up" };
        var command = new Command("converse", "Run scripted conversations from JSON lines on stdin, each with fresh state") { jsonl, articlesDir };
        command.SetAction(async (parse, cancel) =>
        {
            if (!parse.GetValue(jsonl))
            {
                Console.Error.WriteLine("converse reads JSON lines: use --jsonl");
                return 2;
            }
            var bots = new Dictionary<string, InProcessBot>(StringComparer.Ordinal);
            try
            {
                string? line;
                while ((line = await Console.In.ReadLineAsync(cancel)) is not null)
                {
                    if (line.Trim().Length == 0) continue;
                    Console.WriteLine(await ConverseAsync(line, parse.GetValue(articlesDir), bots, cancel));
                }
            }
            finally
            {
                foreach (var bot in bots.Values) bot.Dispose();
            }
            return 0;
        });
        return command;
    }

    private static async Task<string> ConverseAsync(string line, string? articlesDir, Dictionary<string, InProcessBot> bots, CancellationToken cancel)
    {
        var replies = new JsonArray();
        JsonNode? input;
        try { input = JsonNode.Parse(line); }
        catch (JsonException e) { return new JsonObject { ["replies"] = replies, ["error"] = "not JSON: " + e.Message }.ToJsonString(); }
        if (input is not JsonObject conversation) return new JsonObject { ["replies"] = replies, ["error"] = "expected a JSON object" }.ToJsonString();

        var articles = Articles(conversation, articlesDir);
        var key = string.Join('\n', articles);
        if (!bots.TryGetValue(key, out var bot)) bots[key] = bot = BotSetup.Create(articles);
        var chat = bot.NewConversation();
        foreach (var turn in conversation["turns"] as JsonArray ?? [])
        {
            var ask = turn is JsonObject obj ? obj["ask"]?.ToString() : turn?.ToString();
            replies.Add((JsonNode)(await chat.SendAsync(ask ?? "", cancel)).Text);
        }
        return new JsonObject { ["replies"] = replies }.ToJsonString();
    }

    private static List<string> Articles(JsonObject conversation, string? articlesDir)
    {
        var paths = (conversation["articles"] as JsonArray ?? []).Select(a => a?.ToString() ?? "").Where(a => a.Length > 0).ToList();
        if (conversation["article"]?.ToString() is { Length: > 0 } name)
            paths.Add(File.Exists(name) || articlesDir is null ? name : Path.Combine(articlesDir, name));
        return paths;
    }
}
