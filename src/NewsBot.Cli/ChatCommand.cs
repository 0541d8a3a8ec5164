using System.CommandLine;

namespace NewsBot.Cli;

/// <summary>newsbot chat [--article FILE]: an interactive session (also reads piped stdin); ends on EOF or "quit".</summary>
internal static class ChatCommand
{
    private static readonly HashSet<string> Farewells = new(StringComparer.OrdinalIgnoreCase) { "quit", "exit", "bye", "/quit", ":q" };

    public static Command Create()
    {
        var articles = BotSetup.ArticleOption();
        var command = new Command("chat", "Chat with the bot in the terminal (type quit to leave)") { articles };
        command.SetAction(async (parse, cancel) =>
        {
            using var bot = BotSetup.Create(parse.GetValue(articles));
            var chat = bot.NewConversation();
            bool interactive = !Console.IsInputRedirected;
            Console.WriteLine((await chat.StartAsync(cancel)).Text);
            while (!cancel.IsCancellationRequested)
            {
                if (interactive) Console.Write("\n> ");
                var line = Console.ReadLine();
                if (line is null || Farewells.Contains(line.Trim())) break;
                if (line.Trim().Length == 0) continue;
                Console.WriteLine((await chat.SendAsync(line, cancel)).Text);
                if (!interactive) Console.WriteLine();
            }
            return 0;
        });
        return command;
    }
}
