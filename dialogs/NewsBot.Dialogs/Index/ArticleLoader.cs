using Microsoft.Extensions.Logging;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Index;

/// <summary>Reads article files and folders and runs the quote engine over each; bad files are logged and skipped.</summary>
public static class ArticleLoader
{
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".html", ".htm"];

    public static IReadOnlyList<IndexedArticle> Load(IEnumerable<string> paths, ILogger logger)
    {
        var articles = new List<IndexedArticle>();
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in paths.SelectMany(p => Files(p, logger)))
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

    public static IndexedArticle? TryLoad(string file, ILogger logger)
    {
        try
        {
            var text = File.ReadAllText(file);
            if (string.IsNullOrWhiteSpace(text))
            {
                logger.LogWarning("Article {File} is empty; skipped", file);
                return null;
            }
            return new IndexedArticle(Path.GetFileName(file), QuoteEngine.AnalyzeText(text, file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Text.DecoderFallbackException)
        {
            logger.LogWarning(e, "Article {File} could not be read; skipped", file);
            return null;
        }
    }
}
