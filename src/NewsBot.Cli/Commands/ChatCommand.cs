using System.CommandLine;
using NewsBot.Dialogs;

namespace NewsBot.Cli.Commands;

/// <summary>`newsbot chat [--article FILE]`: an interactive session (piped stdin works too); ends on EOF or "quit".</summary>
public static class ChatCommand
{
    private static readonly HashSet<string> Farewells = new(StringComparer.OrdinalIgnoreCase) { "quit", "exit", "bye", "/quit", ":q" };

    public static Command Create()
    {
        var articles = BotSetup.ArticleOption();
        var store = BotSetup.StoreOption();
        var command = new Command("chat", "Chat with the bot in the terminal (type quit to leave).") { articles, store };
        command.SetAction(async (parsed, cancel) =>
        {
            using var bot = BotSetup.Create(parsed.GetValue(articles), parsed.InvocationConfiguration.Error, parsed.GetValue(store));
            if (bot is null) return 1;
            await RunAsync(bot, Console.In, parsed.InvocationConfiguration.Output, prompt: !Console.IsInputRedirected, cancel);
            return 0;
        });
        return command;
    }

    public static async Task RunAsync(InProcessBot bot, TextReader input, TextWriter output, bool prompt, CancellationToken cancel)
    {
        var chat = bot.NewConversation();
        await output.WriteLineAsync((await chat.StartAsync(cancel)).Text);
        while (!cancel.IsCancellationRequested)
        {
            await output.WriteAsync(prompt ? "\n> " : "\n");
            var line = await input.ReadLineAsync(cancel);
            if (line is null || Farewells.Contains(line.Trim())) break;
            if (line.Trim().Length == 0) continue;
            await output.WriteLineAsync((await chat.SendAsync(line, cancel)).Text);
        }
    }
}
