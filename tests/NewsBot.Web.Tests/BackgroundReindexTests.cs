using Microsoft.Extensions.DependencyInjection;
using NewsBot.Quotes;
using NewsBot.Quotes.Tests;
using NewsBot.Store;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>
/// With NewsBot:Reindex:Enabled the host analyses again, in the background, the stored articles an
/// earlier engine analysed, and answers questions all the while.
/// </summary>
public sealed class BackgroundReindexTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string StoreFile => Path.Combine(_folder.Path, "news.db");

    /// <summary>What an earlier engine that found no quotes left: the test article in many editions, under version "old".</summary>
    private async Task StaleStoreAsync(int editions)
    {
        await using var store = (IArchiveStore)await ArticleStore.OpenAsync(StoreFile);
        await store.AddManyAsync(Enumerable.Range(0, editions)
            .Select(i => new ArticleToAdd(new ArticleQuotes(Article.FromText(TestArticles.Text + $"\n\nEdition {i}.\n", $"edition-{i}.txt"), [], []), EngineVersion: "old"))
            .ToList());
    }

    private NewsBotHost Host(bool reindex) => new(TestArticles.WriteFolder(), new Dictionary<string, string?>
    {
        ["NewsBot:Store"] = StoreFile,
        ["NewsBot:Reindex:Enabled"] = reindex ? "true" : "false",
        ["NewsBot:Reindex:BatchSize"] = "16",
    });

    [Fact]
    public async Task Older_articles_are_analysed_again_after_start_while_questions_are_answered()
    {
        await StaleStoreAsync(editions: 2000);
        await using var host = Host(reindex: true);
        using var http = host.Http();
        await using var channel = await ChannelRecorder.StartAsync();
        var store = (IArchiveStore)host.Services.GetRequiredService<IArticleStore>();

        var answers = new List<string>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while ((await store.EngineVersionsAsync()).Any(v => v.EngineVersion != EngineVersion.Current))
        {
            Assert.True(DateTime.UtcNow < deadline, "the host did not re-index its store in time");
            answers.AddRange(await new EmulatorClient(http, channel).AskAsync("what did Reyes say?"));
        }

        Assert.Equal([new EngineVersionCount(EngineVersion.Current, 2001)], await store.EngineVersionsAsync());
        Assert.NotEmpty(answers);
        Assert.All(answers, answer => Assert.False(string.IsNullOrWhiteSpace(answer)));
        Assert.Contains("Every patch bought us a winter", string.Join("\n", await new EmulatorClient(http, channel).AskAsync("what did Reyes say?")));
        Assert.Contains(await store.QuotesBySpeakerAsync("Reyes", limit: 1000), q => q.ArticleId < 2000);
        Assert.True((await store.CheckIntegrityAsync()).IsSound);
    }

    [Fact]
    public async Task Without_the_setting_older_articles_keep_their_analysis()
    {
        await StaleStoreAsync(editions: 3);
        await using var host = Host(reindex: false);
        using var http = host.Http();
        await using var channel = await ChannelRecorder.StartAsync();
        await new EmulatorClient(http, channel).AskAsync("who was quoted?");
        await Task.Delay(500);

        var store = (IArchiveStore)host.Services.GetRequiredService<IArticleStore>();
        Assert.Contains(new EngineVersionCount("old", 3), await store.EngineVersionsAsync());
    }
}
