using NewsBot.Tests.Shared;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>The web chat page's paperclip end to end in headless Chromium: a file picked in the page is uploaded through Direct Line and added.</summary>
public sealed class WebChatUploadBrowserTests : IngestHostTests
{
    [Fact]
    public async Task A_file_attached_in_the_page_is_added_and_the_bot_says_what_it_found()
    {
        Assert.True(File.Exists("/usr/bin/chromium"), "Chromium is missing: run eng/setup/20-chromium.sh (eng/test.sh does).");
        var tools = Path.Combine(Tools.RepoRoot, "eng", "tools");
        var article = Path.Combine(Path.GetTempPath(), $"ferry-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(article, IngestArticles.FerryText);
        try
        {
            var outcome = await Tools.RunAsync("node",
            [
                Path.Combine(Tools.RepoRoot, "tests", "NewsBot.Web.Tests", "browser", "webchat.mjs"),
                "--url", Host.Address.ToString(),
                "--tools", tools,
                "--welcome", "Harbour town votes to rebuild its storm wall",
                "--example", "Who was quoted?",
                "--example-expect", "Dana Whitcombe",
                "--question", "Who said \"every patch bought us a winter\"?",
                "--expect", "cost us a decade",
                "--upload", article,
                "--upload-expect", "Added " + IngestArticles.FerryTitle,
                "--screenshot", Path.Combine(Tools.ArtifactsFolder("screenshots"), "webchat-upload.png"),
            ], TimeSpan.FromMinutes(2));

            Assert.True(outcome.ExitCode == 0, outcome.ToString());
            Assert.Equal(1, await Store.CountAsync());
        }
        finally
        {
            File.Delete(article);
        }
    }
}
