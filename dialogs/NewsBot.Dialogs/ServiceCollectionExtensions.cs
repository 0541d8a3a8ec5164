using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Dialogs.Articles;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Corpus;
using NewsBot.Dialogs.Hosting;
using NewsBot.Dialogs.Teams;
using NewsBot.Ingest;
using NewsBot.Store;

namespace NewsBot.Dialogs;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot: storage (MemoryStorage unless an IStorage is already registered),
    /// conversation and user state, the answers and IBot. The articles are read through the
    /// <see cref="IArticleStore"/> the host opened and registered before this call (a database, or a
    /// <see cref="MemoryArticleStore"/> when none is registered): one answering path for both.
    /// After building the provider, the host calls <see cref="IndexArticleFilesAsync"/> once.
    /// </summary>
    public static IServiceCollection AddNewsBot(this IServiceCollection services, NewsBotOptions options)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton<IStorage, MemoryStorage>();
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<UserState>();
        services.TryAddSingleton<IArticleStore>(_ => new MemoryArticleStore());
        services.TryAddSingleton(sp =>
        {
            var store = sp.GetRequiredService<IArticleStore>();
            return new ArticleCorpus(store, new AnalysedArticles(store));
        });
        services.TryAddSingleton<IAnswerSource>(sp => new CorpusAnswerer(sp.GetRequiredService<ArticleCorpus>(), options.TurnBudget));
        // Adding articles in chat needs an ArticleIntake, registered by the host when it offers one.
        services.TryAddSingleton(sp => new ArticleAdder(sp.GetService<ArticleIntake>(), sp.GetService<ArticleCorpus>()));
        services.TryAddTransient<IBot>(sp => new NewsBotActivityHandler(
            sp.GetRequiredService<ConversationState>(),
            sp.GetRequiredService<UserState>(),
            sp.GetRequiredService<IAnswerSource>(),
            sp.GetService<ILogger<NewsBotActivityHandler>>(),
            sp.GetRequiredService<ArticleAdder>(),
            new QuoteSearchExtension(sp.GetRequiredService<IArticleStore>())));
        return services;
    }

    /// <summary>
    /// Adds the option's article files to the store, skipping those already stored without running
    /// the engine on them: the host's start-up step, before the first turn.
    /// </summary>
    public static Task<IndexingReport> IndexArticleFilesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<NewsBotOptions>();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("NewsBot.Articles") ?? NullLogger.Instance;
        return new ArticleFilesIndexer(services.GetRequiredService<IArticleStore>(), options.Analyse, logger).IndexAsync(options.ArticlePaths, cancellationToken);
    }
}

/// <summary>
/// A ready bot without a web host, for the terminal, tests and benchmarks: the host of its own
/// store (opened, and filled with the option's article files, when it is made).
/// </summary>
public sealed class InProcessBot : IDisposable
{
    private readonly ServiceProvider _services;

    public IBot Bot { get; }
    public IAnswerSource Answers { get; }
    public InProcessAdapter Adapter { get; } = new();

    /// <summary>Where the bot's articles are.</summary>
    public IArticleStore Store => _services.GetRequiredService<IArticleStore>();

    /// <summary>A bot over the store that <see cref="NewsBotOptions.Store"/> names (in memory when null), with the option's articles added to it.</summary>
    /// <exception cref="ArticleStoreException">The store cannot be opened.</exception>
    public InProcessBot(NewsBotOptions options, ILoggerFactory? loggerFactory = null)
        : this(services =>
        {
            if (loggerFactory is not null) services.AddSingleton(loggerFactory);
            var store = NewsBotStore.OpenAsync(options.Store).GetAwaiter().GetResult();
            services.AddSingleton(_ => store).AddNewsBot(options);
        }) { }

    /// <summary>A bot over a store already filled (tests fill theirs with hand-made articles).</summary>
    public InProcessBot(IArticleStore store) : this(services => services.AddSingleton(_ => store).AddNewsBot(new NewsBotOptions())) { }

    /// <summary>A bot over a store already filled that adds the articles messages bring through <paramref name="intake"/>.</summary>
    public InProcessBot(IArticleStore store, ArticleIntake intake) : this(services => services.AddSingleton(_ => store).AddSingleton(intake).AddNewsBot(new NewsBotOptions())) { }

    /// <summary>A bot with services of the caller's own (a shared IStorage, a store) before <see cref="ServiceCollectionExtensions.AddNewsBot"/>.</summary>
    public InProcessBot(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        _services = services.BuildServiceProvider();
        _services.IndexArticleFilesAsync().GetAwaiter().GetResult();
        Answers = _services.GetRequiredService<IAnswerSource>();
        Bot = _services.GetRequiredService<IBot>();
    }

    /// <summary>A new conversation with its own id, so its state is its own.</summary>
    public ConversationRunner NewConversation(string channelId = "cli") => new(Bot, Adapter, channelId);

    /// <summary>A conversation continued by id (the same conversation on another bot instance sharing storage).</summary>
    public ConversationRunner Conversation(string conversationId, string channelId = "cli") => new(Bot, Adapter, channelId, conversationId);

    // A store may offer only asynchronous disposal, which the provider's Dispose refuses.
    public void Dispose() => _services.DisposeAsync().AsTask().GetAwaiter().GetResult();
}

/// <summary>Opens the store a host names: a database (see <see cref="ArticleStore.OpenAsync"/>), or memory when none is named (or "memory").</summary>
public static class NewsBotStore
{
    public const string InMemory = "memory";

    public static async Task<IArticleStore> OpenAsync(string? location, CancellationToken cancellationToken = default) =>
        location is null || string.Equals(location.Trim(), InMemory, StringComparison.OrdinalIgnoreCase)
            ? new MemoryArticleStore()
            : await ArticleStore.OpenAsync(location, cancellationToken);
}
