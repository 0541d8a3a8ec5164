namespace NewsBot.Cli.Commands;

/// <summary>Expands the paths given on the command line: a folder stands for the article files directly in it.</summary>
public static class ArticleFiles
{
    /// <summary>Files as given (even with another extension, so the loader can say what is wrong); folders as their article files in ordinal name order.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                yield return path;
                continue;
            }
            var files = Directory.EnumerateFiles(path)
                .Where(NewsBot.Quotes.ArticleTypes.IsArticleFile)
                .Order(StringComparer.Ordinal)
                .ToList();
            // An empty folder is passed on as itself, so the loader reports it instead of it vanishing.
            if (files.Count == 0) yield return path;
            foreach (var file in files) yield return file;
        }
    }
}
