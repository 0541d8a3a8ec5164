using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Ingest;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Web.Articles;

/// <summary>The settings for adding articles: who may add them over HTTP, and how large an article may be.</summary>
public sealed class ArticleIntakeSettings
{
    /// <summary>NewsBot:ApiKey, the key /api/articles asks for in X-Api-Key; none: the endpoints are off (404).</summary>
    public string? ApiKey { get; init; }

    /// <summary>NewsBot:MaxArticleBytes, the largest article taken (a file, a pasted text, a request body).</summary>
    public long MaxArticleBytes { get; init; } = ArticleLoader.DefaultMaxBytes;

    public static ArticleIntakeSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("NewsBot");
        return new ArticleIntakeSettings
        {
            ApiKey = Blank(section["ApiKey"]),
            MaxArticleBytes = section.GetValue("MaxArticleBytes", ArticleLoader.DefaultMaxBytes),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public static class ArticleIntakeServices
{
    /// <summary>
    /// The bounded fetcher (NewsBot:Fetch) and the intake over the bot's article store that chat and
    /// /api/articles share. With no store (NewsBot:Store = memory), <see cref="ArticleIntake"/>
    /// resolves to null and adding articles is off.
    /// </summary>
    public static IServiceCollection AddArticleIntake(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = ArticleIntakeSettings.From(configuration);
        services.TryAddSingleton(settings);
        services.TryAddSingleton(_ => new LinkFetcher(configuration.GetSection("NewsBot:Fetch").Get<LinkFetcherOptions>() ?? new LinkFetcherOptions()));
        // A factory may give null: GetService<ArticleIntake>() is then null, which the bot and the API read as "adding is off".
        services.TryAddSingleton(sp => sp.GetService<IArticleStore>() is { } store
            ? new ArticleIntake(store, sp.GetRequiredService<LinkFetcher>(), settings.MaxArticleBytes)
            : null!);
        return services;
    }
}
