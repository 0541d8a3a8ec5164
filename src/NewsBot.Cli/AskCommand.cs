using System.CommandLine;

namespace NewsBot.Cli;

/// <summary>newsbot ask "QUESTION" [--article FILE]: one question, one answer.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, e.g. \"who said dialogue is important?\"" };
        var articles = BotSetup.ArticleOption();
        var command = new Command("ask", "Ask one question about the articles and print the answer") { question, articles };
        command.SetAction(async (parse, cancel) =>
        {
            using var bot = BotSetup.Create(parse.GetValue(articles));
            var result = await bot.NewConversation().SendAsync(parse.GetValue(question) ?? "", cancel);
            Console.WriteLine(result.Text);
            return 0;
        });
        return command;
    }
}
