using System.Security.Cryptography;
using System.Text;
using NewsBot.Store.Postgres;

namespace NewsBot.Store;

/// <summary>Opens a store, and what every backend shares.</summary>
public static class ArticleStore
{
    /// <summary>Most rows one listing or search returns, whatever the caller asks.</summary>
    public const int MaxLimit = 1000;

    /// <summary>
    /// Opens (creating its tables when missing) the store at <paramref name="location"/>: a PostgreSQL
    /// database when it is a postgres:// or postgresql:// URI or a key=value connection string naming a
    /// Host (or Server), otherwise a SQLite file path.
    /// </summary>
    /// <exception cref="ArticleStoreException">The store cannot be opened or reached, is damaged, or is from a newer version.</exception>
    public static async Task<IArticleStore> OpenAsync(string location, CancellationToken cancellationToken = default) =>
        PostgresLocation.IsPostgres(location)
            ? await PostgresArticleStore.OpenAsync(location, cancellationToken)
            : await SqliteArticleStore.OpenAsync(location, cancellationToken);

    /// <summary>Hex SHA-256 of the text: two articles with the same text are the same article.</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Searches for every word of <paramref name="text"/>; when nothing has them all and there are several, for any of them.</summary>
    internal static async Task<IReadOnlyList<T>> EveryWordThenAnyAsync<T>(string? text, Func<bool, Task<IReadOnlyList<T>>> search)
    {
        var hits = await search(false);
        if (hits.Count > 0 || FtsQuery.Words(text).Count < 2) return hits;
        return await search(true);
    }
}
