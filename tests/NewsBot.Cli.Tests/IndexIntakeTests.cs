using NewsBot.Quotes.Tests;
using NewsBot.Store;
using NewsBot.Tests.Shared;

namespace NewsBot.Cli.Tests;

/// <summary>`newsbot index` goes through the same intake as chat and HTTP: web pages are reduced to their article.</summary>
public sealed class IndexIntakeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_folder_of_text_and_web_pages_is_stored_with_only_the_articles_of_the_pages()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "in")).FullName;
        File.WriteAllText(Path.Combine(folder, "orchard.txt"), IngestArticles.OrchardText);
        File.WriteAllText(Path.Combine(folder, "ferry.html"), IngestArticles.FerryPage);
        File.WriteAllText(Path.Combine(folder, "app.html"), IngestArticles.ScriptsOnlyPage);
        var storeFile = Path.Combine(_folder.Path, "news.db");

        var run = CliRun.Of("index", folder, "--store", storeFile);

        Assert.Equal(CliApp.Failure, run.ExitCode);
        Assert.Contains("Indexed 3 files", run.Output);
        Assert.Contains("2 added, 0 duplicates, 1 failed", run.Output);
        Assert.Contains($"{Path.Combine(folder, "app.html")} is a web page with no article in it", run.Error);
        await using var store = await ArticleStore.OpenAsync(storeFile);
        var listed = await store.ListAsync(0, 10);
        var ferry = Assert.Single(listed, a => a.Title == IngestArticles.FerryTitle);
        Assert.NotNull(ferry.Published);
        var text = (await store.GetAsync(ferry.Id))!.Article.Text;
        Assert.Contains("People here have waited all winter", text);
        Assert.DoesNotContain("Subscribe", text);
        Assert.DoesNotContain("All rights reserved", text);
    }

    [Fact]
    public void A_link_to_a_private_address_is_refused_and_counted()
    {
        var run = CliRun.Of("index", "http://10.9.8.7/story", "--store", Path.Combine(_folder.Path, "news.db"));

        Assert.Equal(CliApp.Failure, run.ExitCode);
        Assert.Contains("private", run.Error);
        Assert.Contains("0 added, 0 duplicates, 1 failed", run.Output);
    }
}
