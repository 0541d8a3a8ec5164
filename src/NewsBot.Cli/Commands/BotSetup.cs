using System.CommandLine;
using Microsoft.Extensions.Logging;
using NewsBot.Dialogs;
using NewsBot.Store;

namespace NewsBot.Cli.Commands;

/// <summary>What the chat commands share: the --article option and building an in-process bot.</summary>
public static class BotSetup
{
    public static Option<string[]> ArticleOption() => new("--article", "-a")
    {
        Description = "Article file or folder (repeatable); default: the bundled seeds/ articles",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string?> StoreOption() => new("--store")
    {
        Description = "Answer over this store file (see `newsbot index`), adding any --article files not yet in it; default: the articles alone, in memory",
    };

    /// <summary>
    /// The given articles, or the bundled seeds when none are given; with a store, just the given
    /// articles (the store holds the rest).
    /// </summary>
    public static NewsBotOptions Options(IReadOnlyList<string>? articles, string? store = null) =>
        store is not null ? new NewsBotOptions { ArticlePaths = articles ?? [], Store = store }
        : articles is { Count: > 0 } ? new NewsBotOptions { ArticlePaths = articles } : NewsBotOptions.WithSeeds();

    /// <summary>The bot, or null (with the reason written to <paramref name="error"/>) when the store cannot be opened.</summary>
    public static InProcessBot? Create(IReadOnlyList<string>? articles, TextWriter error, string? store = null)
    {
        var options = Options(articles, store);
        if (options.ArticlePaths.Count == 0 && store is null) error.WriteLine("warning: no articles given and no seeds/ folder found");
        try
        {
            return new InProcessBot(options, new LoggerFactory([new ErrorWriterLogging(error)]));
        }
        catch (ArticleStoreException e)
        {
            error.WriteLine($"newsbot: {e.Message}");
            return null;
        }
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
