using System.Diagnostics;
using NewsBot.Cli.Commands;
using NewsBot.Quotes.Tests;
using NewsBot.Store;
using NewsBot.Testing;

namespace NewsBot.Cli.Tests;

/// <summary>
/// `newsbot index` killed (SIGKILL) in the middle of a run must leave a sound store holding whole
/// articles only, and a second run must finish the job without duplicating or losing any.
/// </summary>
public sealed class IndexCrashTests : IDisposable
{
    private const int Articles = 600;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_killed_index_run_leaves_whole_articles_and_a_rerun_completes_it()
    {
        var files = Directory.EnumerateFiles(Path.Combine(SharedEval.Folder, "polnear-train", "text"), "*.txt")
            .Order(StringComparer.Ordinal).Take(Articles).ToList();
        var storeFile = Path.Combine(_folder.Path, "crash.db");

        using (var run = StartIndex(files, storeFile))
        {
            // The first progress line means 50 articles are in and the rest are on their way.
            string? line;
            while ((line = await run.StandardError.ReadLineAsync()) is not null && !line.Contains($"{IndexCommand.ProgressEvery}/")) { }
            Assert.NotNull(line);
            run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync();
            Assert.NotEqual(0, run.ExitCode);
        }

        int afterKill;
        await using (var store = await ArticleStore.OpenAsync(storeFile))
        {
            var integrity = await store.CheckIntegrityAsync();
            Assert.True(integrity.IsSound, string.Join("\n", integrity.Problems));
            afterKill = integrity.Articles;
            Assert.InRange(afterKill, IndexCommand.ProgressEvery, Articles - 1);
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
            var stored = await store.ListAsync(0, ArticleStore.MaxLimit);
            Assert.Equal(files, stored.Select(a => a.Source));
        }
    }

    private static Process StartIndex(IEnumerable<string> files, string storeFile)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("index");
        foreach (var file in files) start.ArgumentList.Add(file);
        start.ArgumentList.Add("--store");
        start.ArgumentList.Add(storeFile);
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
