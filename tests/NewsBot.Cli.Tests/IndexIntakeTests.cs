using NewsBot.Quotes.Tests;
using NewsBot.Store;
using NewsBot.Testing;

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

public sealed class IndexProgressTests
{
    [Fact]
    public void On_a_terminal_a_bar_is_redrawn_in_place_and_cleared_around_problems_and_at_the_end()
    {
        var error = new StringWriter();
        var progress = NewsBot.Cli.Commands.IndexProgress.For(error, total: 4, terminal: true);

        progress.Report(1, TimeSpan.FromSeconds(0.5));
        progress.Problem("newsbot index: b.txt is empty");
        progress.Report(2, TimeSpan.FromSeconds(1));
        progress.Report(4, TimeSpan.FromSeconds(1.05));
        progress.Done();

        var written = error.ToString();
        Assert.Contains("\r[#######.......................] 1/4 files, 2.0 articles/s, 0:02 left", written);
        Assert.Contains("\nnewsbot index: b.txt is empty", written.ReplaceLineEndings("\n"));
        Assert.Contains("[##############################] 4/4 files", written);
        Assert.EndsWith("\r", written);
    }

    [Fact]
    public void Results_that_come_a_batch_at_a_time_still_get_a_line_for_every_multiple_passed()
    {
        var error = new StringWriter();
        var progress = NewsBot.Cli.Commands.IndexProgress.For(error, total: 10_000, terminal: false, command: "newsbot reindex", items: "articles");

        foreach (int done in new[] { 30, 256, 260, 512, 9_000, 10_000 }) progress.Report(done, TimeSpan.FromSeconds(done));

        Assert.Equal(["newsbot reindex: 256/10000 articles, 1.0 articles/s, 2:42:24 left", "newsbot reindex: 512/10000 articles, 1.0 articles/s, 2:38:08 left",
                "newsbot reindex: 9000/10000 articles, 1.0 articles/s, 16:40 left"],
            error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Redirected_it_prints_a_plain_line_every_so_many_files()
    {
        var error = new StringWriter();
        var progress = NewsBot.Cli.Commands.IndexProgress.For(error, total: 120, terminal: false);

        for (int done = 1; done <= 120; done++) progress.Report(done, TimeSpan.FromSeconds(done));
        progress.Done();

        Assert.Equal(["newsbot index: 50/120 files, 1.0 articles/s, 1:10 left", "newsbot index: 100/120 files, 1.0 articles/s, 0:20 left"],
            error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Without_a_total_a_list_from_a_pipe_shows_the_count_and_the_rate_only()
    {
        var error = new StringWriter();
        var progress = NewsBot.Cli.Commands.IndexProgress.For(error, total: null, terminal: false);

        for (int done = 1; done <= 100; done++) progress.Report(done, TimeSpan.FromSeconds(done / 2.0));
        var bar = new StringWriter();
        NewsBot.Cli.Commands.IndexProgress.For(bar, total: null, terminal: true).Report(7, TimeSpan.FromSeconds(1));

        Assert.Equal(["newsbot index: 50 files, 2.0 articles/s", "newsbot index: 100 files, 2.0 articles/s"],
            error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        Assert.Equal("\r7 files, 7.0 articles/s", bar.ToString());
    }
}
