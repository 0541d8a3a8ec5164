using NewsBot.Store;

namespace NewsBot.Cli.Commands;

/// <summary>Opening the store a command names: a store that cannot be opened is one line on stderr, not an exception.</summary>
public static class CommandStore
{
    /// <returns>The store, or null when it could not be opened (the reason already written).</returns>
    public static async Task<IArticleStore?> OpenAsync(string location, string command, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            return await ArticleStore.OpenAsync(location, cancellationToken);
        }
        catch (ArticleStoreException e)
        {
            error.WriteLine($"{command}: {e.Message}");
            return null;
        }
    }
}
