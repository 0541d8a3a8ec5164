using System.CommandLine;
using NewsBot.Cli;

var root = new RootCommand("NewsBot: who said what in a news article");
root.Subcommands.Add(AskCommand.Create());
root.Subcommands.Add(ChatCommand.Create());
root.Subcommands.Add(ConverseCommand.Create());
return await root.Parse(args).InvokeAsync();
