using System.CommandLine;

namespace NewsBot.Cli.Commands;

/// <summary>`newsbot ask "QUESTION" [--article FILE]`: one question, one answer.</summary>
public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("QUESTION") { Description = "The question, e.g. \"who said dialogue is important?\"" };
        var articles = BotSetup.ArticleOption();
        var store = BotSetup.StoreOption();
        var command = new Command("ask", "Ask one question about the articles and print the answer.") { question, articles, store };
        command.SetAction(async (parsed, cancel) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            using var bot = BotSetup.Create(parsed.GetValue(articles), parsed.InvocationConfiguration.Error, parsed.GetValue(store));
            if (bot is null) return 1;
            var result = await bot.NewConversation().SendAsync(parsed.GetValue(question) ?? "", cancel);
            await output.WriteLineAsync(result.Text);
            return 0;
        });
        return command;
    }
}
