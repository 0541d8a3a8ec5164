using System.CommandLine;
using Microsoft.Extensions.Logging;
using NewsBot.Dialogs;

namespace NewsBot.Cli.Commands;

/// <summary>What the chat commands share: the --article option and building an in-process bot.</summary>
public static class BotSetup
{
    public static Option<string[]> ArticleOption() => new("--article", "-a")
    {
        Description = "Article file or folder (repeatable); default: the bundled seeds/ articles",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The given articles, or the bundled seeds when none are given.</summary>
    public static NewsBotOptions Options(IReadOnlyList<string>? articles) =>
        articles is { Count: > 0 } ? new NewsBotOptions { ArticlePaths = articles } : NewsBotOptions.WithSeeds();

    public static InProcessBot Create(IReadOnlyList<string>? articles, TextWriter error)
    {
        var options = Options(articles);
        if (options.ArticlePaths.Count == 0) error.WriteLine("warning: no articles given and no seeds/ folder found");
        return new InProcessBot(options, new LoggerFactory([new ErrorWriterLogging(error)]));
    }
}

/// <summary>Warnings (such as skipped article files) to the error writer, keeping standard output for answers.</summary>
internal sealed class ErrorWriterLogging(TextWriter error) : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        error.WriteLine($"{logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}{(exception is null ? "" : " (" + exception.Message + ")")}");
    }

    public void Dispose() { }
}
