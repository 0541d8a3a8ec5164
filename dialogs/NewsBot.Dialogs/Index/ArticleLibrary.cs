using Microsoft.Extensions.Logging;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Index;

/// <summary>Reads article files and folders and runs the quote engine over each; bad files are logged and skipped.</summary>
public static class ArticleLibrary
{
    public static readonly IReadOnlyList<string> Extensions = ArticleTypes.Extensions;

    public static IReadOnlyList<IndexedArticle> Load(IEnumerable<string> paths, ILogger logger)
    {
        var articles = new List<IndexedArticle>();
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Files(paths, logger))
        {
            var article = TryLoad(file, logger);
            if (article is null) continue;
            var key = article.Key;
            for (int n = 2; !keys.Add(key); n++) key = $"{article.Key}~{n}";
            articles.Add(article with { Key = key });
        }
        logger.LogInformation("Loaded {Count} article(s) with {Quotes} quote(s)", articles.Count, articles.Sum(a => a.Analysis.Quotes.Count));
        return articles;
    }

    /// <summary>The article files at these paths (folders read in name order); missing paths are logged and skipped.</summary>
    public static IEnumerable<string> Files(IEnumerable<string> paths, ILogger logger) => paths.SelectMany(p => Files(p, logger));

    private static IEnumerable<string> Files(string path, ILogger logger)
    {
        if (Directory.Exists(path))
            return Directory.EnumerateFiles(path)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList();
        if (File.Exists(path)) return [path];
        logger.LogWarning("Article path {Path} does not exist; skipped", path);
        return [];
    }

    /// <summary>One file through the engine's loader (text or HTML, any common encoding); null when it cannot be used.</summary>
    public static IndexedArticle? TryLoad(string file, ILogger logger)
    {
        var loaded = ArticleLoader.LoadFile(file);
        if (!loaded.Succeeded)
        {
            logger.LogWarning("Article skipped: {Problem}", loaded.Error);
            return null;
        }
        try
        {
            return new IndexedArticle(Path.GetFileName(file), QuoteEngine.Analyze(loaded.Article!));
        }
        catch (Exception e)
        {
            // One article the engine cannot handle must not keep the bot from serving the others.
            logger.LogError(e, "Article {File} skipped: the quote engine failed", file);
            return null;
        }
    }
}
