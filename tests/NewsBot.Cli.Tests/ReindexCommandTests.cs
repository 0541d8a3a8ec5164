using System.Text.Json;
using NewsBot.Quotes;
using NewsBot.Quotes.Tests;
using NewsBot.Store;
using NewsBot.Testing;

namespace NewsBot.Cli.Tests;

/// <summary>`newsbot reindex`: stored articles an earlier engine analysed get this engine's analysis, in place, and a killed run loses nothing.</summary>
[Collection(nameof(CliProcessCollection))]
public sealed class ReindexCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string StoreFile => Path.Combine(_folder.Path, "news.db");

    /// <summary>A store as an earlier engine left it: these texts, analysed as having no quotes at all, under version "old".</summary>
    private async Task<List<long>> StaleStoreAsync(IEnumerable<string> texts)
    {
        await using var store = (IArchiveStore)await ArticleStore.OpenAsync(StoreFile);
        var articles = texts.Select((text, i) => new ArticleToAdd(new ArticleQuotes(Article.FromText(text, $"{i:0000}.txt"), [], []), EngineVersion: "old")).ToList();
        var ids = new List<long>();
        foreach (var batch in articles.Chunk(500)) ids.AddRange((await store.AddManyAsync(batch)).Select(a => a.ArticleId));
        return ids;
    }

    private static IEnumerable<string> TrainTexts(int count)
    {
        var texts = Stories().Distinct().ToList();
        return Enumerable.Range(0, count).Select(i => texts[i % texts.Count] + $"\n\nEdition {i / texts.Count}.\n");

        static IEnumerable<string> Stories() => Directory.EnumerateFiles(Path.Combine(SharedEval.Folder, "polnear-train", "text"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText);
    }

    [Fact]
    public async Task Stale_articles_are_analysed_again_and_a_second_run_has_nothing_to_do()
    {
        var ids = await StaleStoreAsync(TrainTexts(30));

        var first = CliRun.Of("reindex", "--store", StoreFile);
        var second = CliRun.Of("reindex", "--store", StoreFile);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"Analysed 30 of 30 articles in {StoreFile} again with engine {EngineVersion.Current}", first.Output);
        Assert.Contains("0 failed", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("nothing to do", second.Output);
        await using var store = (IArchiveStore)await ArticleStore.OpenAsync(StoreFile);
        Assert.Equal([new EngineVersionCount(EngineVersion.Current, 30)], await store.EngineVersionsAsync());
        var stored = (await store.GetAsync(ids[7]))!;
        Assert.Equal(JsonSerializer.Serialize(QuoteEngine.Analyze(stored.Article).Quotes), JsonSerializer.Serialize(stored.Quotes));
        Assert.NotEmpty(stored.Quotes);
    }

    [Fact]
    public void A_store_that_does_not_exist_is_reported_not_made()
    {
        var run = CliRun.Of("reindex", "--store", StoreFile);

        Assert.Equal(CliApp.Failure, run.ExitCode);
        Assert.Contains($"{StoreFile} does not exist", run.Error);
        Assert.False(File.Exists(StoreFile));
    }

    [Fact]
    public async Task A_killed_reindex_leaves_every_article_whole_and_a_rerun_completes_it()
    {
        const int articles = 4_000;
        var ids = await StaleStoreAsync(TrainTexts(articles));

        using (var run = CliProcess.Start(["reindex", "--store", StoreFile]))
            Assert.NotNull(await CliProcess.KillAtFirstLineAsync(run, "newsbot reindex: "));

        await using (var store = (IArchiveStore)await ArticleStore.OpenAsync(StoreFile))
        {
            var integrity = await store.CheckIntegrityAsync();
            Assert.True(integrity.IsSound, string.Join("\n", integrity.Problems));
            var versions = (await store.EngineVersionsAsync()).ToDictionary(v => v.EngineVersion ?? "", v => v.Articles);
            Assert.InRange(versions.GetValueOrDefault(EngineVersion.Current), 1, articles - 1);
            Assert.Equal(articles, versions.Values.Sum());
            // Each article has one analysis, the old (no quotes) or the new, never a part of one.
            foreach (var id in ids.Where((_, i) => i % 97 == 0))
            {
                var stored = (await store.GetAsync(id))!;
                var listed = (await store.ListByIdAsync([id])).Single();
                Assert.Equal((listed.SpeakerCount, listed.QuoteCount), (stored.Speakers.Count, stored.Quotes.Count));
                if (stored.Quotes.Count > 0) Assert.Equal(QuoteEngine.Analyze(stored.Article).Quotes.Count, stored.Quotes.Count);
            }
        }

        var rerun = CliRun.Of("reindex", "--store", StoreFile);

        Assert.Equal(0, rerun.ExitCode);
        await using (var store = (IArchiveStore)await ArticleStore.OpenAsync(StoreFile))
        {
            Assert.Equal([new EngineVersionCount(EngineVersion.Current, articles)], await store.EngineVersionsAsync());
            Assert.True((await store.CheckIntegrityAsync()).IsSound);
        }
    }
}
