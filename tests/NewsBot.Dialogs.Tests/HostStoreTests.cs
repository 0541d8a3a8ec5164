using NewsBot.Quotes.Tests;
using NewsBot.Store;

namespace NewsBot.Dialogs.Tests;

/// <summary>The store a host opens at start-up, by the name it is given.</summary>
public sealed class HostStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("memory")]
    [InlineData(" Memory ")]
    public async Task No_name_or_memory_is_a_store_in_memory_and_no_file(string? location)
    {
        await using var store = await NewsBotStore.OpenAsync(location);
        Assert.IsType<MemoryArticleStore>(store);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task A_path_is_a_sqlite_store_file()
    {
        var file = Path.Combine(_folder.Path, "news.db");
        await using (var store = await NewsBotStore.OpenAsync(file)) Assert.IsType<SqliteArticleStore>(store);
        Assert.True(File.Exists(file));
    }
}
