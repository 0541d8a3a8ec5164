using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.Dialogs.Tests;

/// <summary>
/// The shared evaluation questions about the bundled seed article, run through the bot as the
/// converse command runs them and judged as score_questions.py judges them.
/// </summary>
public partial class EvalQuestionsTests
{
    public static IEnumerable<object[]> SeedConversations() =>
        EvalFiles.Lines("seed-questions.jsonl").Select((line, i) => new object[] { i + 1, line });

    [Theory]
    [MemberData(nameof(SeedConversations))]
    public async Task Seed_question_passes(int line, string conversation)
    {
        using var bot = new InProcessBot(new NewsBotOptions { ArticlePaths = [EvalFiles.Seeds] });
        await PassesAsync(bot, line, conversation);
    }

    /// <summary>The same questions, answered by a bot over a store holding the seed article.</summary>
    [Theory]
    [MemberData(nameof(SeedConversations))]
    public async Task Seed_question_passes_over_a_store(int line, string conversation)
    {
        using var folder = new NewsBot.Quotes.Tests.TempFolder();
        using var bot = new InProcessBot(new NewsBotOptions { ArticlePaths = [EvalFiles.Seeds], Store = Path.Combine(folder.Path, "seed.db") });
        await PassesAsync(bot, line, conversation);
    }

    private static async Task PassesAsync(InProcessBot bot, int line, string conversation)
    {
        var chat = bot.NewConversation();
        foreach (var turn in JsonNode.Parse(conversation)!["turns"]!.AsArray())
        {
            var reply = Normalise((await chat.SendAsync(turn!["ask"]!.ToString())).Text);
            var failures = new List<string>();
            foreach (var expected in Strings(turn["expect_all"]))
                if (!reply.Contains(Normalise(expected), StringComparison.Ordinal)) failures.Add($"missing {expected}");
            var any = Strings(turn["expect_any"]).ToList();
            if (any.Count > 0 && !any.Any(e => reply.Contains(Normalise(e), StringComparison.Ordinal))) failures.Add($"none of {string.Join(" | ", any)}");
            foreach (var unwanted in Strings(turn["expect_none"]))
                if (reply.Contains(Normalise(unwanted), StringComparison.Ordinal)) failures.Add($"unwanted {unwanted}");
            Assert.True(reply.Length > 0 && failures.Count == 0, $"line {line}, {turn["ask"]}: {string.Join("; ", failures)}\nreply: {reply}");
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node?.AsArray().Select(n => n!.ToString()) ?? [];

    /// <summary>As the scorer: curly quotes straightened, spacing collapsed, lower case.</summary>
    private static string Normalise(string s) =>
        Spaces().Replace(s.Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u00a0', ' '), " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
}

/// <summary>The shared evaluation files, and the repository the tests run from.</summary>
public static class EvalFiles
{
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Seeds => Path.Combine(RepoRoot(), "seeds");

    public static IEnumerable<string> Lines(string name) =>
        File.ReadLines(Path.Combine(NewsBot.Testing.SharedEval.Folder, name)).Where(l => l.Trim().Length > 0);
}
