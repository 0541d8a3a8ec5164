using System.Diagnostics;
using NewsBot.Cli.Commands;
using NewsBot.Quotes.Tests;
using NewsBot.Store;
using NewsBot.Testing;

namespace NewsBot.Cli.Tests;

/// <summary>
/// `newsbot index` killed (SIGKILL) in the middle of a run, while it analyses on every core and
/// writes batches of articles, must leave a sound store holding whole articles only, and a second
/// run must finish the job without duplicating or losing any.
/// </summary>
[Collection(nameof(CliProcessCollection))]
public sealed class IndexCrashTests : IDisposable
{
    /// <summary>Enough that a fast machine is still busy when the kill comes: the train texts, each in several editions.</summary>
    private const int Articles = 4_000;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private List<string> WriteArticles()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(SharedEval.Folder, "polnear-train", "text"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).Distinct().ToList();
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "articles")).FullName;
        return Enumerable.Range(0, Articles).Select(i =>
        {
            var file = Path.Combine(folder, $"{i:0000}.txt");
            File.WriteAllText(file, texts[i % texts.Count] + $"\n\nEdition {i / texts.Count}.\n");
            return file;
        }).ToList();
    }

    [Fact]
    public async Task A_killed_index_run_leaves_whole_articles_and_a_rerun_completes_it()
    {
        var files = WriteArticles();
        var storeFile = Path.Combine(_folder.Path, "crash.db");

        // The list comes on standard input, which stays open: however fast the machine, the run cannot finish before the kill.
        using (var run = CliProcess.Start(["index", IndexCommand.StandardInput, "--store", storeFile], redirectInput: true))
        {
            var listing = ListAsync(run.StandardInput, files);
            // The first progress line means at least 50 articles are in and the rest are on their way.
            Assert.NotNull(await CliProcess.KillAtFirstLineAsync(run, "newsbot index: "));
            Assert.NotEqual(0, run.ExitCode);
            await listing.ContinueWith(_ => { }, TaskScheduler.Default);   // the pipe breaks with the kill
        }

        int afterKill;
        await using (var store = await ArticleStore.OpenAsync(storeFile))
        {
            var integrity = await store.CheckIntegrityAsync();
            Assert.True(integrity.IsSound, string.Join("\n", integrity.Problems));
            afterKill = integrity.Articles;
            Assert.InRange(afterKill, IndexCommand.ProgressEvery, Articles);
        }

        using (var rerun = StartIndex(files, storeFile))
        {
            string summary = await rerun.StandardOutput.ReadToEndAsync();
            await rerun.WaitForExitAsync();
            Assert.Equal(0, rerun.ExitCode);
            Assert.Contains($"{Articles - afterKill} added, {afterKill} duplicates, 0 failed", summary);
        }

        await using (var store = await ArticleStore.OpenAsync(storeFile))
        {
            var integrity = await store.CheckIntegrityAsync();
            Assert.True(integrity.IsSound, string.Join("\n", integrity.Problems));
            Assert.Equal(Articles, integrity.Articles);
            var stored = new List<StoredArticle>();
            for (int offset = 0; offset < Articles; offset += ArticleStore.MaxLimit) stored.AddRange(await store.ListAsync(offset, ArticleStore.MaxLimit));
            Assert.Equal(files, stored.Select(a => a.Source));
        }
    }

    private static async Task ListAsync(StreamWriter input, IEnumerable<string> files)
    {
        foreach (var file in files) await input.WriteLineAsync(file);
        await input.FlushAsync();
    }

    private static Process StartIndex(IReadOnlyList<string> files, string storeFile) => CliProcess.Start(["index", Path.GetDirectoryName(files[0])!, "--store", storeFile]);
}
