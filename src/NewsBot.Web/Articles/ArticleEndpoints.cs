using NewsBot.Dialogs;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Store;

namespace NewsBot.Web.Articles;

public static class ArticleEndpoints
{
    /// <summary>
    /// Stores the article files not yet stored, before the first turn, on every core
    /// (<see cref="ArchiveServices.IndexFilesAsync"/>). A store that refuses writes just now (locked by
    /// another process) does not stop the host: it answers from what is stored, says so in the log,
    /// and the files are stored at the next start.
    /// </summary>
    public static async Task<WebApplication> IndexArticlesAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("NewsBot.Articles");
        try
        {
            var files = ArticleLibrary.Files(app.Services.GetRequiredService<NewsBotOptions>().ArticlePaths, logger);
            await ArchiveServices.IndexFilesAsync(app.Services.GetRequiredService<IArticleStore>(), files, logger);
        }
        catch (ArticleStoreException e)
        {
            app.Logger.LogError(e, "The article files could not be stored at start-up; answering from the articles already stored");
        }
        return app;
    }

    /// <summary>GET /api/examples: questions the web chat page offers, taken from the articles actually loaded.</summary>
    public static IEndpointConventionBuilder MapExampleQuestions(this IEndpointRouteBuilder endpoints, string pattern = "/api/examples") =>
        endpoints.MapGet(pattern, async (IAnswerSource answers, CancellationToken cancellationToken) => Results.Json((await answers.WelcomeAsync(cancellationToken)).Choices));
}
