using NewsBot.Cli.Commands;
using NewsBot.Quotes.Tests;
using NewsBot.Store;

namespace NewsBot.Cli.Tests;

public sealed class IndexCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string StoreFile => Path.Combine(_folder.Path, "news.db");

    private static string Story(int n) =>
        $"Council meeting number {n}\n\n" +
        $"Councillor Ada Brook{n} spoke after the vote.\n\n" +
        $"\u201CWe waited {n} weeks for this,\u201D Brook{n} told reporters.\n";

    private async Task<int> StoredCount()
    {
        await using var store = await ArticleStore.OpenAsync(StoreFile);
        return await store.CountAsync();
    }

    [Fact]
    public async Task A_folder_is_indexed_with_its_subfolders_and_a_second_run_adds_nothing()
    {
        var articles = Directory.CreateDirectory(Path.Combine(_folder.Path, "articles", "2026", "11")).FullName;
        File.WriteAllText(Path.Combine(_folder.Path, "articles", "one.txt"), Story(1));
        File.WriteAllText(Path.Combine(articles, "two.TXT"), Story(2));
        File.WriteAllText(Path.Combine(articles, "three.html"), $"<html><head><title>Meeting 3</title></head><body><p>{Story(3).Replace("\n\n", "</p><p>")}</p></body></html>");
        File.WriteAllText(Path.Combine(articles, "notes.md"), "not an article");

        var first = CliRun.Of("index", Path.Combine(_folder.Path, "articles"), "--store", StoreFile);
        var second = CliRun.Of("index", Path.Combine(_folder.Path, "articles"), "--store", StoreFile);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("", first.Error);
        Assert.Contains("Indexed 3 files", first.Output);
        Assert.Contains("3 added, 0 duplicates, 0 failed", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 added, 3 duplicates, 0 failed", second.Output);
        Assert.Equal(3, await StoredCount());
    }

    [Fact]
    public async Task A_list_on_standard_input_is_indexed_line_by_line_folders_included_and_what_is_missing_is_reported()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "more")).FullName;
        File.WriteAllText(Path.Combine(folder, "two.txt"), Story(2));
        var one = _folder.Write("one.txt", Story(1));
        var missing = Path.Combine(_folder.Path, "gone.txt");

        using var run = CliProcess.Start(["index", IndexCommand.StandardInput, "--store", StoreFile], redirectInput: true);
        await run.StandardInput.WriteAsync($"{one}\n\n  {folder}  \r\n{missing}\n");
        run.StandardInput.Close();
        var output = run.StandardOutput.ReadToEndAsync();
        var error = await run.StandardError.ReadToEndAsync();
        await run.WaitForExitAsync();

        Assert.Equal(CliApp.Failure, run.ExitCode);
        Assert.Contains("Indexed 3 files", await output);
        Assert.Contains("2 added, 0 duplicates, 1 failed", await output);
        Assert.Contains($"{missing} does not exist", error);
        Assert.Equal(2, await StoredCount());
    }

    [Fact]
    public async Task Bad_files_are_reported_and_skipped_and_the_rest_are_stored()
    {
        var good = _folder.Write("good.txt", Story(1));
        var empty = _folder.Write("empty.txt", "");
        var binary = _folder.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]);
        var missing = Path.Combine(_folder.Path, "missing.txt");
        var huge = Path.Combine(_folder.Path, "huge.txt");
        using (var file = File.Create(huge)) file.SetLength(50L * 1024 * 1024);
        var unreadable = Path.Combine(_folder.Path, "moved.txt");
        File.CreateSymbolicLink(unreadable, Path.Combine(_folder.Path, "archive", "moved.txt"));
        var other = _folder.Write("other.txt", Story(2));

        var run = CliRun.Of("index", empty, good, binary, missing, huge, unreadable, "http://10.0.0.1/story", other, "--store", StoreFile);

        Assert.Equal(CliApp.Failure, run.ExitCode);
        Assert.Contains("2 added, 0 duplicates, 6 failed", run.Output);
        Assert.Contains($"{empty} is empty", run.Error);
        Assert.Contains($"{binary} looks like a binary file", run.Error);
        Assert.Contains($"{missing} does not exist", run.Error);
        Assert.Contains($"{huge} is 50 MB, over the 10 MB limit for one article", run.Error);
        Assert.Contains($"{unreadable} could not be read", run.Error);
        Assert.Contains("10.0.0.1", run.Error);
        Assert.Equal(2, await StoredCount());
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused_with_a_message()
    {
        var notAStore = _folder.Write("notes.db", "These are my notes, not a database. ".PadRight(4096, '.'));
        var run = CliRun.Of("index", _folder.Write("good.txt", Story(1)), "--store", notAStore);

        Assert.Equal(CliApp.Failure, run.ExitCode);
        Assert.Contains("not a NewsBot store", run.Error);
        Assert.Equal("", run.Output);
        Assert.StartsWith("These are my notes", File.ReadAllText(notAStore));
    }

    [Fact]
    public async Task Long_runs_print_progress_on_stderr()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "many")).FullName;
        for (int i = 0; i < IndexCommand.ProgressEvery + 5; i++) File.WriteAllText(Path.Combine(folder, $"{i:000}.txt"), Story(i));

        var run = CliRun.Of("index", folder, "--store", StoreFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches($@"^newsbot index: {IndexCommand.ProgressEvery}/{IndexCommand.ProgressEvery + 5} files, [\d.]+ articles/s, \d+:\d\d left\n$", run.Error.ReplaceLineEndings("\n"));
        Assert.Equal(IndexCommand.ProgressEvery + 5, await StoredCount());
    }
}
