using System.CommandLine;
using NewsBot.Cli.Commands;

namespace NewsBot.Cli;

/// <summary>The `newsbot` command line: this is its table of commands; each one lives in Commands/.</summary>
public static class Program
{
    public static RootCommand Commands() => new("NewsBot: finds who said what in news articles.")
    {
        ExtractCommand.Create(),
        EvaluateCommand.Create(),
        AskCommand.Create(),
        ChatCommand.Create(),
        ConverseCommand.Create(),
        IndexCommand.Create(),
        ReindexCommand.Create(),
    };

    public static int Main(string[] args) => CliApp.RunOnConsole(Commands(), args);
}
