using Microsoft.Extensions.Logging;
using NewsBot.Dialogs.Corpus;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Dialogs.Tests;

public sealed class ArticleFilesIndexerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-dialogs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Stores_text_and_html_and_logs_and_skips_what_cannot_be_read()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Town news\n\nMayor Jo Kent said the plan was \"a good start\" for the town.\n");
        File.WriteAllText(Path.Combine(_folder, "b.html"), "<html><head><title>Port news</title></head><body><p>Captain Lu Wen said the tide was \"kind to us\" today.</p></body></html>");
        File.WriteAllText(Path.Combine(_folder, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(_folder, "binary.txt"), [0, 1, 2, 3, 0, 0, 255]);
        File.WriteAllText(Path.Combine(_folder, "notes.md"), "not an article type");
        var logger = new ListLogger();
        var store = new MemoryArticleStore();

        var report = await new ArticleFilesIndexer(store, QuoteEngine.Analyze, logger).IndexAsync([_folder, Path.Combine(_folder, "missing.txt")]);

        Assert.Equal(new IndexingReport(Added: 2, AlreadyStored: 0, Skipped: 2), report);
        Assert.Equal(["Town news", "Port news"], (await store.ListAsync(0, 10)).Select(a => a.Title));
        Assert.Equal(3, logger.Warnings.Count);
        Assert.Contains(logger.Warnings, w => w.Contains("empty.txt"));
        Assert.Contains(logger.Warnings, w => w.Contains("binary.txt"));
        Assert.Contains(logger.Warnings, w => w.Contains("missing.txt"));
    }

    [Fact]
    public async Task The_same_file_name_twice_is_two_articles_and_the_same_text_again_is_one()
    {
        var inner = Directory.CreateDirectory(Path.Combine(_folder, "inner")).FullName;
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "One\n\nAnn Lee said \"hello there\" to all.\n");
        File.WriteAllText(Path.Combine(inner, "a.txt"), "Two\n\nBo Ray said \"goodbye now\" to all.\n");
        File.WriteAllText(Path.Combine(inner, "copy.txt"), "Two\n\nBo Ray said \"goodbye now\" to all.\n");
        var store = new MemoryArticleStore();

        var report = await new ArticleFilesIndexer(store, QuoteEngine.Analyze, new ListLogger()).IndexAsync([_folder, inner]);

        Assert.Equal(new IndexingReport(Added: 2, AlreadyStored: 1, Skipped: 0), report);
        Assert.Equal(2, await store.CountAsync());
    }

    private sealed class ListLogger : ILogger
    {
        public List<string> Warnings { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning) Warnings.Add(formatter(state, exception));
        }
    }
}
