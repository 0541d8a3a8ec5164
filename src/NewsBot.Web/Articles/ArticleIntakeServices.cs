using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Dialogs.Articles;
using NewsBot.Dialogs.Corpus;
using NewsBot.Dialogs.Index;
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

/// <summary>
/// Who may add articles through chat, from NewsBot:ArticleAdding:Allow (everyone, nobody or listed;
/// default everyone) and NewsBot:ArticleAdding:Users (ids, as a list or separated by commas). On a
/// deployed bot (an app id set) users no one vouches for are never among them.
/// </summary>
public static class ArticleAddingSettings
{
    public const string AllowKey = "NewsBot:ArticleAdding:Allow";
    public const string UsersKey = "NewsBot:ArticleAdding:Users";

    /// <exception cref="InvalidOperationException">Allow names no known choice.</exception>
    public static ArticleAddingPolicy From(IConfiguration configuration, HostSecurity security)
    {
        var allow = configuration[AllowKey]?.Trim() ?? "";
        var who = allow.Length == 0 ? ArticleAdders.Everyone
            : Enum.TryParse<ArticleAdders>(allow, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : throw new InvalidOperationException($"{AllowKey} is '{allow}': use everyone, nobody or listed.");
        var section = configuration.GetSection(UsersKey);
        var named = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new ArticleAddingPolicy
        {
            Who = who,
            Users = named.ToHashSet(StringComparer.OrdinalIgnoreCase),
            AnonymousUsers = !security.Deployed,
        };
    }
}

public static class ArticleIntakeServices
{
    /// <summary>
    /// The bounded fetcher (NewsBot:Fetch) and the intake over the bot's article store that chat and
    /// /api/articles share (in memory too, when NewsBot:Store is "memory").
    /// </summary>
    public static IServiceCollection AddArticleIntake(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = ArticleIntakeSettings.From(configuration);
        services.TryAddSingleton(settings);
        services.TryAddSingleton(_ => new LinkFetcher(configuration.GetSection("NewsBot:Fetch").Get<LinkFetcherOptions>() ?? new LinkFetcherOptions()));
        services.TryAddSingleton(sp => new ArticleIntake(sp.GetRequiredService<IArticleStore>(), sp.GetRequiredService<LinkFetcher>(), settings.MaxArticleBytes));
        services.TryAddSingleton(ArticleAddingSettings.From(configuration, HostSecurity.From(configuration)));
        // The chat's adder with this host's policy and log, in place of the one AddNewsBot registers.
        services.Replace(ServiceDescriptor.Singleton(sp => new ArticleAdder(
            sp.GetService<ArticleIntake>(), sp.GetService<ArticleCorpus>(),
            sp.GetRequiredService<ArticleAddingPolicy>(), sp.GetRequiredService<ILogger<ArticleAdder>>())));
        return services;
    }
}
