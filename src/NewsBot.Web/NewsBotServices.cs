using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Web.BotFramework;
using NewsBot.Web.DirectLine;

namespace NewsBot.Web;

/// <summary>The host's service registrations, one method per chapter of Program.cs.</summary>
public static class NewsBotServices
{
    /// <summary>The Bot Framework side: CloudAdapter, authentication from the MicrosoftApp* settings, turn error handling.</summary>
    public static IServiceCollection AddBotFrameworkChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChannelCalls(configuration); // replies to channels: pooled connections, short timeouts, a circuit per channel host
        services.AddSingleton(sp => HostSecurity.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<TurnErrorReporter>();
        services.AddSingleton<ConversationTurnGate>();
        services.AddSingleton(new ReplySizeLimit(configuration.GetValue(ReplySizeLimit.MaxBytesKey, ReplySizeLimit.DefaultMaxBytes)));
        services.AddSingleton<NewsBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<NewsBotAdapter>());
        return services;
    }

    /// <summary>The Direct Line endpoint that the web chat page talks to.</summary>
    public static IServiceCollection AddLocalDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("DirectLine").Get<DirectLineOptions>() ?? new DirectLineOptions();
        services.AddSingleton(options);
        services.AddSingleton(new DirectLineAccess(options, HostSecurity.From(configuration))); // a setting that cannot work stops the host here
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineAdapter>();
        return services;
    }
}
