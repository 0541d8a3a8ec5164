using NewsBot.Quotes;

namespace NewsBot.Dialogs;

/// <summary>How the bot is set up by its host.</summary>
public sealed class NewsBotOptions
{
    /// <summary>Article files or folders of articles (.txt, .html, .htm) to load at startup.</summary>
    public IReadOnlyList<string> ArticlePaths { get; init; } = [];

    /// <summary>
    /// For hosts that open the store themselves (<see cref="InProcessBot"/>, the web host): where it is
    /// (a SQLite file path or a PostgreSQL location), or null to hold the articles in memory. Either
    /// way the article files are added to it at start-up (files already stored are not read by the
    /// engine again) and questions are answered over everything it holds.
    /// </summary>
    public string? Store { get; init; }

    /// <summary>
    /// The most one turn may take to answer: past it the turn is cancelled and the user told to ask
    /// more narrowly, so no question (over any article) holds a core for long.
    /// </summary>
    public TimeSpan TurnBudget { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The quote engine run over article files that are not stored yet (a test may count its runs).</summary>
    public Func<Article, ArticleQuotes> Analyse { get; init; } = QuoteEngine.Analyze;

    /// <summary>
    /// The bundled seeds/ folder, found by walking up from the app's base directory and then from
    /// the current directory (so it works from bin/, from the repo root and from a publish folder).
    /// </summary>
    public static string? FindSeedsFolder(params string[] startDirectories)
    {
        var starts = startDirectories.Length > 0 ? startDirectories : [AppContext.BaseDirectory, Directory.GetCurrentDirectory()];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "seeds");
                if (Directory.Exists(seeds) && Directory.EnumerateFiles(seeds).Any()) return seeds;
            }
        }
        return null;
    }

    /// <summary>Options serving the bundled seed articles (none when the seeds folder cannot be found).</summary>
    public static NewsBotOptions WithSeeds() =>
        new() { ArticlePaths = FindSeedsFolder() is { } seeds ? [seeds] : [] };
}
