using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>
/// A ten-paragraph article pasted into the web chat's send box (clipboard, Ctrl+V) keeps its
/// paragraphs: its headline becomes its title (not the whole article), and a question about its
/// third speaker gets that speaker's own words. A 5 MB message and a file over the upload limit are
/// refused in words in the chat.
/// </summary>
public sealed class WebChatPasteBrowserTests : IngestHostTests
{
    [Fact]
    public async Task A_pasted_article_keeps_its_paragraphs_and_its_third_speaker_is_answered_for()
    {
        var article = NewsroomArticles.Write(NewsroomArticles.Reservoir, "reservoir.txt");
        var bigFile = NewsroomArticles.Write(string.Concat(Enumerable.Repeat("All work and no play. ", 260_000)), "big.txt");
        try
        {
            var run = await NewsroomBrowser.RunAsync("chat-paste", Host.Address, "webchat-answer.png",
                "--article", article, "--title", NewsroomArticles.ReservoirTitle,
                "--question", $"What did {NewsroomArticles.ThirdSpeaker} say?", "--expect", NewsroomArticles.ThirdSpeakersWords,
                "--big-file", bigFile);

            Assert.True(run.Succeeded, run.Outcome.ToString());
            Assert.Equal(Preloaded + 1, await Store.CountAsync());
            var stored = await Store.GetAsync((await Store.ListAsync(Preloaded, 1))[0].Id);
            Assert.Equal(NewsroomArticles.ReservoirTitle, stored!.Article.Title);
            Assert.Equal(NewsroomArticles.ReservoirParagraphs, stored.Article.Paragraphs.Count);
        }
        finally
        {
            File.Delete(article);
            File.Delete(bigFile);
        }
    }
}
