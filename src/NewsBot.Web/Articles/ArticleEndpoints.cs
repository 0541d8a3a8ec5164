using NewsBot.Dialogs;
using NewsBot.Dialogs.Conversation;

namespace NewsBot.Web.Articles;

public static class ArticleEndpoints
{
    /// <summary>Adds the article files not yet stored now, rather than on the first question, so startup fails loudly if the store cannot take them.</summary>
    public static async Task<WebApplication> IndexArticlesAsync(this WebApplication app)
    {
        await app.Services.IndexArticleFilesAsync();
        return app;
    }

    /// <summary>GET /api/examples: questions the web chat page offers, taken from the articles actually loaded.</summary>
    public static IEndpointConventionBuilder MapExampleQuestions(this IEndpointRouteBuilder endpoints, string pattern = "/api/examples") =>
        endpoints.MapGet(pattern, async (IAnswerSource answers, CancellationToken cancellationToken) => Results.Json((await answers.WelcomeAsync(cancellationToken)).Choices));
}
