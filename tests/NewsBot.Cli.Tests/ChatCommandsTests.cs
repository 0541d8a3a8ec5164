using System.CommandLine;
using System.Text.Json.Nodes;
using NewsBot.Cli.Commands;
using NewsBot.Dialogs;

namespace NewsBot.Cli.Tests;

/// <summary>ask, chat and converse, run in process over an article written for these tests.</summary>
public sealed class ChatCommandsTests : IDisposable
{
    private const string ArticleText = """
Library extends weekend hours

Head librarian Ines Moreau said on Monday that the branch would "stay open until nine on Saturdays."

Patron group leader Victor Hale said the change was "long overdue" for working families.
""";

    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-cli-").FullName;
    private string ArticlePath => Path.Combine(_folder, "library.txt");

    public ChatCommandsTests() => File.WriteAllText(ArticlePath, ArticleText);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Ask_prints_the_answer()
    {
        var output = new StringWriter();
        var root = new RootCommand { AskCommand.Create() };
        int exit = await root.Parse(["ask", "who said long overdue?", "--article", ArticlePath]).InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        Assert.Equal(0, exit);
        Assert.Contains("Victor Hale", output.ToString());
    }

    [Fact]
    public void Ask_answers_over_a_store_that_index_filled_and_a_bad_store_is_a_clear_error()
    {
        var store = Path.Combine(_folder, "news.db");
        Assert.Equal(0, CliRun.Of("index", ArticlePath, "--store", store).ExitCode);

        var answer = CliRun.Of("ask", "who said long overdue?", "--store", store);
        var list = CliRun.Of("ask", "which articles do you have?", "--store", store);
        var folder = CliRun.Of("ask", "who said long overdue?", "--store", _folder);

        Assert.Equal(0, answer.ExitCode);
        Assert.Contains("Victor Hale", answer.Output);
        Assert.Contains("Library extends weekend hours", list.Output);
        Assert.Equal(1, folder.ExitCode);
        Assert.Contains("is a folder, not a store file", folder.Error);
    }

    [Fact]
    public async Task Converse_reads_both_input_forms_and_gives_each_conversation_fresh_state()
    {
        var input = new StringReader(string.Join('\n',
            new JsonObject { ["articles"] = new JsonArray(ArticlePath), ["turns"] = new JsonArray("what did Moreau say?", "who is she?") }.ToJsonString(),
            new JsonObject { ["article"] = "library.txt", ["turns"] = new JsonArray(new JsonObject { ["ask"] = "who is she?" }) }.ToJsonString()));
        var output = new StringWriter();
        await ConverseCommand.RunAsync(input, output, new StringWriter(), _folder, CancellationToken.None);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["replies"]!.AsArray().Select(r => r!.ToString()).ToList()).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains("stay open until nine on Saturdays", lines[0][0]);
        Assert.Contains("Head librarian", lines[0][1]);
        Assert.Contains("not sure who you mean", lines[1][0]);
    }

    [Fact]
    public async Task Converse_reports_a_bad_line_and_goes_on()
    {
        var input = new StringReader("{not json\n" + new JsonObject { ["articles"] = new JsonArray(ArticlePath), ["turns"] = new JsonArray("help") }.ToJsonString());
        var output = new StringWriter();
        await ConverseCommand.RunAsync(input, output, new StringWriter(), null, CancellationToken.None);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.NotNull(JsonNode.Parse(lines[0])!["error"]);
        Assert.Contains("who said", JsonNode.Parse(lines[1])!["replies"]![0]!.ToString());
    }

    [Fact]
    public async Task Converse_with_no_articles_serves_the_bundled_seeds()
    {
        Assert.NotNull(NewsBotOptions.FindSeedsFolder());
        var output = new StringWriter();
        await ConverseCommand.RunAsync(new StringReader("{\"turns\": [\"help\"]}"), output, new StringWriter(), null, CancellationToken.None);
        Assert.Contains("who said", output.ToString());
    }

    [Fact]
    public async Task A_missing_article_file_is_reported_and_the_bot_still_answers()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var line = new JsonObject { ["articles"] = new JsonArray(Path.Combine(_folder, "nope.txt")), ["turns"] = new JsonArray("who was quoted?") }.ToJsonString();
        await ConverseCommand.RunAsync(new StringReader(line), output, error, null, CancellationToken.None);
        Assert.Contains("nope.txt", error.ToString());
        Assert.Contains("no articles", output.ToString());
    }

    [Fact]
    public async Task Chat_welcomes_answers_and_stops_at_quit()
    {
        using var bot = BotSetup.Create([ArticlePath], new StringWriter())!;
        var output = new StringWriter();
        await ChatCommand.RunAsync(bot, new StringReader("who said long overdue\nquit\nwho is Moreau\n"), output, prompt: false, CancellationToken.None);
        var text = output.ToString();
        Assert.Contains("Hi, I'm NewsBot", text);
        Assert.Contains("Victor Hale", text);
        Assert.DoesNotContain("Head librarian", text.Split("Victor Hale")[1]);
    }

    [Fact]
    public async Task Chat_ends_at_end_of_input()
    {
        using var bot = BotSetup.Create([ArticlePath], new StringWriter())!;
        var output = new StringWriter();
        await ChatCommand.RunAsync(bot, new StringReader("who is Moreau"), output, prompt: true, CancellationToken.None);
        Assert.Contains("Head librarian", output.ToString());
    }
}
