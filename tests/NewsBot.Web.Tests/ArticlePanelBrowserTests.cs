using NewsBot.Testing;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>
/// The web chat's "Add an article" panel in headless Chromium: pasted text, a file and a link are each
/// added through the chat's Direct Line and answered with the title, the counts and a link to the
/// article view; a 5.5 MB paste, a binary file, a page of scripts, a private address and words that
/// are no link are each refused in words in the panel, and leave the store as it was.
/// </summary>
public sealed class ArticlePanelBrowserTests : IngestHostTests
{
    [Fact]
    public async Task The_panel_adds_pasted_text_a_file_and_a_link_and_refuses_bad_input_in_words()
    {
        var article = NewsroomArticles.Write(NewsroomArticles.Reservoir, "reservoir.txt");
        var file = NewsroomArticles.Write(IngestArticles.FerryText, "ferry.txt");
        var binary = Path.Combine(Path.GetTempPath(), $"newsroom-{Guid.NewGuid():N}-scan.bin");
        await File.WriteAllBytesAsync(binary, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray());
        try
        {
            var run = await NewsroomBrowser.RunAsync("panel", Host.Address, "webchat-panel.png",
                "--article", article, "--title", NewsroomArticles.ReservoirTitle,
                "--file", file, "--file-title", IngestArticles.FerryTitle,
                "--link", Pages["news/orchard"].ToString(), "--link-title", IngestArticles.OrchardTitle,
                "--binary", binary, "--scripts-link", Pages["app"].ToString(), "--private-link", "http://10.20.30.40/news/today",
                "--big-paste-mb", "5.5");

            Assert.True(run.Succeeded, run.Outcome.ToString());
            var panel = run.Report.GetProperty("panel");
            var stored = await Store.ListAsync(Preloaded, 10);
            Assert.Equal([NewsroomArticles.ReservoirTitle, IngestArticles.FerryTitle, IngestArticles.OrchardTitle], stored.Select(a => a.Title));
            foreach (var (step, added) in new[] { "paste", "file", "link" }.Zip(stored))
                Assert.EndsWith($"/articles/{added.Id}", panel.GetProperty(step).GetProperty("link").GetString());
            Assert.Contains("5 MB", panel.GetProperty("big paste").GetProperty("text").GetString());
            Assert.Contains("binary", panel.GetProperty("binary file").GetProperty("text").GetString());
            Assert.Contains("no article", panel.GetProperty("page of scripts").GetProperty("text").GetString());
            Assert.Contains("private", panel.GetProperty("private address").GetProperty("text").GetString());
            Assert.Equal(Preloaded + 3, await Store.CountAsync());
        }
        finally
        {
            File.Delete(article);
            File.Delete(file);
            File.Delete(binary);
        }
    }
}
