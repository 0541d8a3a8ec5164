using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Dialogs;

namespace NewsBot.Cli.Commands;

/// <summary>
/// `newsbot converse --jsonl`: one conversation per stdin line, one {"replies": [...]} line out,
/// each conversation with fresh state. Input lines are {"articles": [PATH...], "turns": ["...", ...]};
/// the evaluation files' form, {"article": "NAME.txt", "turns": [{"ask": "..."}]}, is read too,
/// NAME looked up in --articles-dir. No articles: the bundled seeds/.
/// </summary>
public static class ConverseCommand
{
    public static Command Create()
    {
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON lines from stdin and write JSON lines (the only format)." };
        var articlesDir = new Option<string?>("--articles-dir") { Description = "Folder in which an \"article\" name is looked up." };
        var store = BotSetup.StoreOption();
        var command = new Command("converse", "Run scripted conversations from JSON lines on stdin, each with fresh state.") { jsonl, articlesDir, store };
        command.SetAction(async (parsed, cancel) =>
        {
            if (!parsed.GetValue(jsonl))
            {
                await parsed.InvocationConfiguration.Error.WriteLineAsync("newsbot converse: reads JSON lines; add --jsonl");
                return 2;
            }
            return await RunAsync(Console.In, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, parsed.GetValue(articlesDir), cancel,
                parsed.GetValue(store)) ? 0 : 1;
        });
        return command;
    }

    /// <returns>False when the store cannot be opened.</returns>
    public static async Task<bool> RunAsync(TextReader input, TextWriter output, TextWriter error, string? articlesDir, CancellationToken cancel, string? store = null)
    {
        // One bot per set of articles: the index is built once, each conversation gets its own state.
        var bots = new Dictionary<string, InProcessBot>(StringComparer.Ordinal);
        try
        {
            string? line;
            while ((line = await input.ReadLineAsync(cancel)) is not null)
            {
                if (line.Trim().Length == 0) continue;
                var reply = await ConverseAsync(line, articlesDir, store, bots, error, cancel);
                if (reply is null) return false;
                await output.WriteLineAsync(reply);
            }
            return true;
        }
        finally
        {
            foreach (var bot in bots.Values) bot.Dispose();
        }
    }

    private static async Task<string?> ConverseAsync(string line, string? articlesDir, string? store, Dictionary<string, InProcessBot> bots, TextWriter error, CancellationToken cancel)
    {
        var replies = new JsonArray();
        JsonObject? conversation;
        try { conversation = JsonNode.Parse(line) as JsonObject; }
        catch (JsonException e) { return Failed(replies, "not JSON: " + e.Message); }
        if (conversation is null) return Failed(replies, "expected a JSON object");

        var articles = Articles(conversation, articlesDir);
        var key = string.Join('\n', articles);
        if (!bots.TryGetValue(key, out var bot))
        {
            if (BotSetup.Create(articles, error, store) is not { } made) return null;
            bots[key] = bot = made;
        }
        var chat = bot.NewConversation();
        foreach (var turn in conversation["turns"] as JsonArray ?? [])
        {
            var ask = turn is JsonObject obj ? obj["ask"]?.ToString() : turn?.ToString();
            replies.Add((JsonNode)(await chat.SendAsync(ask ?? "", cancel)).Text);
        }
        return new JsonObject { ["replies"] = replies }.ToJsonString();
    }

    private static string Failed(JsonArray replies, string problem) => new JsonObject { ["replies"] = replies, ["error"] = problem }.ToJsonString();

    private static List<string> Articles(JsonObject conversation, string? articlesDir)
    {
        var paths = (conversation["articles"] as JsonArray ?? []).Select(a => a?.ToString() ?? "").Where(a => a.Length > 0).ToList();
        if (conversation["article"]?.ToString() is { Length: > 0 } name)
            paths.Add(File.Exists(name) || articlesDir is null ? name : Path.Combine(articlesDir, name));
        return paths;
    }
}
