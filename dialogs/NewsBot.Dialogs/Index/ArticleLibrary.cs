using Microsoft.Extensions.Logging;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Index;

/// <summary>The article files of the paths a host names: files, and folders of them.</summary>
public static class ArticleLibrary
{
    public static readonly IReadOnlyList<string> Extensions = ArticleTypes.Extensions;

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
}
