using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Dialogs.Articles;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Hosting;
using NewsBot.Dialogs.Index;
using NewsBot.Ingest;

namespace NewsBot.Dialogs;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot: storage (MemoryStorage unless an IStorage is already registered),
    /// conversation and user state, the article index (articles loaded through the engine when
    /// first resolved; resolve <see cref="IQuoteIndex"/> at startup to load eagerly), and IBot.
    /// </summary>
    public static IServiceCollection AddNewsBot(this IServiceCollection services, NewsBotOptions options)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton<IStorage, MemoryStorage>();
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<UserState>();
        services.TryAddSingleton<IQuoteIndex>(sp =>
        {
            var logger = sp.GetService<ILoggerFactory>()?.CreateLogger("NewsBot.Articles") ?? NullLogger.Instance;
            return new GrowingQuoteIndex(ArticleLibrary.Load(options.ArticlePaths, logger));
        });
        services.TryAddSingleton(sp => new QuestionAnswerer(sp.GetRequiredService<IQuoteIndex>()));
        // Adding articles in chat needs an ArticleIntake (over a store), registered by the host when it has one.
        services.TryAddSingleton(sp => new ArticleAdder(sp.GetService<ArticleIntake>(), sp.GetRequiredService<IQuoteIndex>()));
        services.TryAddTransient<IBot>(sp => new NewsBotActivityHandler(
            sp.GetRequiredService<ConversationState>(),
            sp.GetRequiredService<UserState>(),
            sp.GetRequiredService<QuestionAnswerer>(),
            sp.GetService<ILogger<NewsBotActivityHandler>>(),
            sp.GetRequiredService<ArticleAdder>()));
        return services;
    }
}

/// <summary>A ready bot without a web host, for the terminal, tests and benchmarks.</summary>
public sealed class InProcessBot : IDisposable
{
    private readonly ServiceProvider _services;

    public IBot Bot { get; }
    public IQuoteIndex Index { get; }
    public InProcessAdapter Adapter { get; } = new();

    public InProcessBot(NewsBotOptions options, ILoggerFactory? loggerFactory = null)
        : this(services => { if (loggerFactory is not null) services.AddSingleton(loggerFactory); services.AddNewsBot(options); }) { }

    /// <summary>A bot over an index already built (tests build theirs from hand-made articles).</summary>
    public InProcessBot(IQuoteIndex index) : this(services => services.AddSingleton(index).AddNewsBot(new NewsBotOptions())) { }

    /// <summary>A bot over an index already built that adds the articles messages bring through <paramref name="intake"/>.</summary>
    public InProcessBot(IQuoteIndex index, ArticleIntake intake) : this(services => services.AddSingleton(index).AddSingleton(intake).AddNewsBot(new NewsBotOptions())) { }

    private InProcessBot(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        _services = services.BuildServiceProvider();
        Index = _services.GetRequiredService<IQuoteIndex>();
        Bot = _services.GetRequiredService<IBot>();
    }

    /// <summary>A new conversation with its own id, so its state is its own.</summary>
    public ConversationRunner NewConversation(string channelId = "cli") => new(Bot, Adapter, channelId);

    public void Dispose() => _services.Dispose();
}
