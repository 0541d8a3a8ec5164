using System.Text.Json;
using NewsBot.Quotes;
using NewsBot.Quotes.Tests;
using NewsBot.Store;

namespace NewsBot.Ingest.Tests;

/// <summary>Articles an earlier engine analysed are analysed again in place, while the store goes on answering.</summary>
public sealed class ArchiveReindexerTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private IArchiveStore _store = null!;

    public async Task InitializeAsync() => _store = (IArchiveStore)await ArticleStore.OpenAsync(Path.Combine(_folder.Path, "news.db"));

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    private static Article Story(int n) => Article.FromText(
        $"Harbour works, week {n}\n\nThe harbour master, Ines Calder{n}, inspected the quay.\n\n" +
        $"\u201CWe are {n} days ahead of the tide tables,\u201D Calder{n} said.\n", $"week-{n}.txt");

    [Fact]
    public async Task Stale_articles_get_this_engines_analysis_in_place_while_searches_go_on()
    {
        // What an engine that found nothing stored, under versions of its own (or none recorded).
        var articles = Enumerable.Range(0, 600).Select(Story).ToList();
        var ids = (await _store.AddManyAsync(articles.Select((a, i) => new ArticleToAdd(new ArticleQuotes(a, [], []), EngineVersion: i % 3 == 0 ? "old" : "older")).ToList()))
            .Select(a => a.ArticleId).ToList();
        await _store.AddAsync(QuoteEngine.Analyze(Story(1000)));
        var reindexer = new ArchiveReindexer(_store, new PipelineOptions { Workers = 2, BatchSize = 50 });
        Assert.Equal(600, await reindexer.CountStaleAsync());

        using var reindexed = new CancellationTokenSource();
        var searches = Task.Run(async () =>
        {
            int rounds = 0;
            while (!reindexed.IsCancellationRequested || rounds == 0)
            {
                Assert.InRange((await _store.QuotesBySpeakerAsync("Calder599")).Count, 0, 1);
                Assert.Single(await _store.QuotesBySpeakerAsync("Calder1000"));
                rounds++;
            }
            return rounds;
        });
        var done = new List<ReindexedArticle>();
        await reindexer.RunAsync(done.Add);
        await reindexed.CancelAsync();

        Assert.True(await searches > 0);
        Assert.Equal(600, done.Count);
        Assert.All(done, d => Assert.True(d.Succeeded, d.Failure));
        Assert.Equal(ids.Order(), done.Select(d => d.ArticleId).Order());
        Assert.Equal([new EngineVersionCount(EngineVersion.Current, 601)], await _store.EngineVersionsAsync());
        for (int i = 0; i < articles.Count; i += 37)
        {
            var fresh = QuoteEngine.Analyze(articles[i]);
            var stored = (await _store.GetAsync(ids[i]))!;
            Assert.Equal(JsonSerializer.Serialize(fresh.Quotes), JsonSerializer.Serialize(stored.Quotes));
            Assert.Equal(fresh.Speakers.Select(s => s.Name), stored.Speakers.Select(s => s.Name));
        }
        Assert.Single(await _store.QuotesBySpeakerAsync("Calder599"));
        Assert.Equal(0, await reindexer.CountStaleAsync());
        var integrity = await _store.CheckIntegrityAsync();
        Assert.True(integrity.IsSound, string.Join("\n", integrity.Problems));
    }

    [Fact]
    public async Task A_store_analysed_by_this_engine_has_nothing_to_do()
    {
        await _store.AddAsync(QuoteEngine.Analyze(Story(1)));
        var reindexer = new ArchiveReindexer(_store);
        var done = new List<ReindexedArticle>();

        await reindexer.RunAsync(done.Add);

        Assert.Empty(done);
        Assert.Equal(0, await reindexer.CountStaleAsync());
    }
}
