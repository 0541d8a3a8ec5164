using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Dialogs.Articles;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Corpus;
using NewsBot.Dialogs.Hosting;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Teams;
using NewsBot.Ingest;
using NewsBot.Store;

namespace NewsBot.Dialogs;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot: storage (MemoryStorage unless an IStorage is already registered),
    /// conversation and user state, where answers come from, and IBot. Without a store the articles
    /// are loaded through the engine into memory when first needed; with <see cref="NewsBotOptions.Store"/>
    /// the store is opened and the article files not yet in it are added when first needed.
    /// Resolve <see cref="IAnswerSource"/> at startup to do that eagerly.
    /// </summary>
    public static IServiceCollection AddNewsBot(this IServiceCollection services, NewsBotOptions options)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton<IStorage, MemoryStorage>();
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<UserState>();
        if (options.Store is { } location) AddStore(services, options, location);
        else AddIndex(services, options);
        // Adding articles in chat needs an ArticleIntake (over a store), registered by the host when it has one.
        services.TryAddSingleton(sp => new ArticleAdder(sp.GetService<ArticleIntake>(), sp.GetService<IQuoteIndex>(), sp.GetService<ArticleCorpus>()));
        services.TryAddTransient<IBot>(sp => new NewsBotActivityHandler(
            sp.GetRequiredService<ConversationState>(),
            sp.GetRequiredService<UserState>(),
            sp.GetRequiredService<IAnswerSource>(),
            sp.GetService<ILogger<NewsBotActivityHandler>>(),
            sp.GetRequiredService<ArticleAdder>(),
            new QuoteSearchExtension(sp.GetService<IArticleStore>())));
        return services;
    }

    private static void AddIndex(IServiceCollection services, NewsBotOptions options)
    {
        // Growing: articles added in chat join the index the questions read.
        services.TryAddSingleton<IQuoteIndex>(sp => new GrowingQuoteIndex(ArticleLibrary.Load(options.ArticlePaths, Logger(sp))));
        services.TryAddSingleton<IAnswerSource>(sp => new IndexAnswerSource(sp.GetRequiredService<IQuoteIndex>()));
    }

    private static void AddStore(IServiceCollection services, NewsBotOptions options, string location)
    {
        services.TryAddSingleton<IArticleStore>(sp =>
        {
            // Once, at startup, before the first turn: the host has no async factory to offer.
            var store = ArticleStore.OpenAsync(location).GetAwaiter().GetResult();
            new ArticleFilesIndexer(store, options.Analyse, Logger(sp)).IndexAsync(options.ArticlePaths).GetAwaiter().GetResult();
            return store;
        });
        services.TryAddSingleton(sp =>
        {
            var store = sp.GetRequiredService<IArticleStore>();
            return new ArticleCorpus(store, new AnalysedArticles(store));
        });
        services.TryAddSingleton<IAnswerSource>(sp => new CorpusAnswerer(sp.GetRequiredService<ArticleCorpus>()));
    }

    private static ILogger Logger(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger("NewsBot.Articles") ?? NullLogger.Instance;
}

/// <summary>A ready bot without a web host, for the terminal, tests and benchmarks.</summary>
public sealed class InProcessBot : IDisposable
{
    private readonly ServiceProvider _services;

    public IBot Bot { get; }
    public IAnswerSource Answers { get; }
    public InProcessAdapter Adapter { get; } = new();

    /// <summary>The articles in memory (null when the bot answers over a store).</summary>
    public IQuoteIndex? Index => _services.GetService<IQuoteIndex>();

    public InProcessBot(NewsBotOptions options, ILoggerFactory? loggerFactory = null)
        : this(services => { if (loggerFactory is not null) services.AddSingleton(loggerFactory); services.AddNewsBot(options); }) { }

    /// <summary>A bot over an index already built (tests build theirs from hand-made articles).</summary>
    public InProcessBot(IQuoteIndex index) : this(services => services.AddSingleton(index).AddNewsBot(new NewsBotOptions())) { }

    /// <summary>A bot over an index already built that adds the articles messages bring through <paramref name="intake"/>.</summary>
    public InProcessBot(IQuoteIndex index, ArticleIntake intake) : this(services => services.AddSingleton(index).AddSingleton(intake).AddNewsBot(new NewsBotOptions())) { }

    /// <summary>A bot with services of the caller's own (a shared IStorage, say) before <see cref="ServiceCollectionExtensions.AddNewsBot"/>.</summary>
    public InProcessBot(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        _services = services.BuildServiceProvider();
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
