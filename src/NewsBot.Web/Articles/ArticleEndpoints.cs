using NewsBot.Dialogs.Conversation;

namespace NewsBot.Web.Articles;

public static class ArticleEndpoints
{
    /// <summary>Reads the articles now rather than on the first question, so startup fails loudly if they are unreadable.</summary>
    public static WebApplication IndexArticles(this WebApplication app)
    {
        app.Services.GetRequiredService<IAnswerSource>();
        return app;
    }

    /// <summary>GET /api/examples: questions the web chat page offers, taken from the articles actually loaded.</summary>
    public static IEndpointConventionBuilder MapExampleQuestions(this IEndpointRouteBuilder endpoints, string pattern = "/api/examples") =>
        endpoints.MapGet(pattern, async (IAnswerSource answers, CancellationToken cancellationToken) => Results.Json((await answers.WelcomeAsync(cancellationToken)).Choices));
}
