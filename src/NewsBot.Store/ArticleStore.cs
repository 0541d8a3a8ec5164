using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Store;

/// <summary>Opens a store, and what every backend shares.</summary>
public static class ArticleStore
{
    /// <summary>Most rows one listing or search returns, whatever the caller asks.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Opens (creating when missing) the store at <paramref name="location"/>: a SQLite file path.</summary>
    /// <exception cref="ArticleStoreException">The store cannot be opened, is damaged, or is from a newer version.</exception>
    public static async Task<IArticleStore> OpenAsync(string location, CancellationToken cancellationToken = default) =>
        await SqliteArticleStore.OpenAsync(location, cancellationToken);

    /// <summary>Hex SHA-256 of the text: two articles with the same text are the same article.</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
