using NewsBot.Testing;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>The web chat page's paperclip end to end in headless Chromium: a file picked in the page is uploaded through Direct Line and added.</summary>
public sealed class WebChatUploadBrowserTests : IngestHostTests
{
    [Fact]
    public async Task A_file_attached_in_the_page_is_added_and_the_bot_says_what_it_found()
    {
        var article = Path.Combine(Path.GetTempPath(), $"ferry-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(article, IngestArticles.FerryText);
        try
        {
            var outcome = await WebChatPage.RunAsync(Host.Address, "webchat-upload.png",
                "--upload", article, "--upload-expect", "Added " + IngestArticles.FerryTitle);

            Assert.True(outcome.ExitCode == 0, outcome.ToString());
            Assert.Contains("answer to the uploaded file", outcome.Output);
            Assert.Equal(1, await Store.CountAsync());
        }
        finally
        {
            File.Delete(article);
        }
    }
}
