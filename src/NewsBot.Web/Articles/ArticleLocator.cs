namespace NewsBot.Web.Articles;

/// <summary>
/// Finds the articles the bot serves. The configured path (NewsBot:Articles, default "seeds") may
/// be a file or a folder, absolute or relative; a relative one is looked up from the content root,
/// the app's base directory and the working directory, and from each of their parents, so the same
/// setting works for `dotnet run` in the repo, for tests, and for a published copy (which carries
/// seeds/ next to the binaries).
/// </summary>
public static class ArticleLocator
{
    public const string ConfigurationKey = "NewsBot:Articles";
    public const string DefaultPath = "seeds";

    public static string Locate(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[ConfigurationKey];
        var wanted = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        return Resolve(wanted, [environment.ContentRootPath, AppContext.BaseDirectory, Environment.CurrentDirectory])
            ?? throw new InvalidOperationException(
                $"No articles found at '{wanted}' (looked from {environment.ContentRootPath}, {AppContext.BaseDirectory} and their parents). Set {ConfigurationKey} to a file or folder of articles.");
    }

    private static string? Resolve(string path, IEnumerable<string> bases)
    {
        if (Path.IsPathRooted(path)) return Exists(path) ? Path.GetFullPath(path) : null;
        foreach (var start in bases.Where(b => !string.IsNullOrEmpty(b)))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, path);
                if (Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
}
