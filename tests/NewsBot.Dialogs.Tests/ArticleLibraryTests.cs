using Microsoft.Extensions.Logging;
using NewsBot.Dialogs.Index;

namespace NewsBot.Dialogs.Tests;

public sealed class ArticleLibraryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-dialogs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Loads_text_and_html_and_logs_and_skips_what_cannot_be_read()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Town news\n\nMayor Jo Kent said the plan was \"a good start\" for the town.\n");
        File.WriteAllText(Path.Combine(_folder, "b.html"), "<html><head><title>Port news</title></head><body><p>Captain Lu Wen said the tide was \"kind to us\" today.</p></body></html>");
        File.WriteAllText(Path.Combine(_folder, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(_folder, "binary.txt"), [0, 1, 2, 3, 0, 0, 255]);
        File.WriteAllText(Path.Combine(_folder, "notes.md"), "not an article type");
        var logger = new ListLogger();

        var articles = ArticleLibrary.Load([_folder, Path.Combine(_folder, "missing.txt")], logger);

        Assert.Equal(["a.txt", "b.html"], articles.Select(a => a.Key));
        Assert.Equal("Port news", articles[1].Title);
        Assert.Equal(3, logger.Warnings.Count);
        Assert.Contains(logger.Warnings, w => w.Contains("empty.txt"));
        Assert.Contains(logger.Warnings, w => w.Contains("binary.txt"));
        Assert.Contains(logger.Warnings, w => w.Contains("missing.txt"));
    }

    [Fact]
    public void The_same_file_name_twice_gets_distinct_keys()
    {
        var inner = Directory.CreateDirectory(Path.Combine(_folder, "inner")).FullName;
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "One\n\nAnn Lee said \"hello there\" to all.\n");
        File.WriteAllText(Path.Combine(inner, "a.txt"), "Two\n\nBo Ray said \"goodbye now\" to all.\n");
        var articles = ArticleLibrary.Load([_folder, inner], new ListLogger());
        Assert.Equal(2, articles.Select(a => a.Key).Distinct().Count());
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
