using NewsBot.Dialogs;
using NewsBot.Web;
using NewsBot.Web.ArticleView;
using NewsBot.Web.Articles;
using NewsBot.Web.BotFramework;
using NewsBot.Web.DirectLine;

// NewsBot's web host.
var builder = WebApplication.CreateBuilder(args);
builder.ListenOnBotPortUnlessConfigured();              // http://localhost:3978 unless --urls, ASPNETCORE_URLS, … say otherwise

builder.Services.AddConversationStateStorage(builder.Configuration); // NewsBot:ConversationState: memory (default) or postgres; before AddNewsBot
var store = await NewsBotStore.OpenAsync(StoreLocator.Locate(builder.Configuration, builder.Environment)); // NewsBot:Store, default data/newsbot.db ("memory": in memory)
builder.Services.AddSingleton(_ => store);              // the host owns the store: opened here, disposed with the app
builder.Services.AddNewsBot(new NewsBotOptions          // the bot, its state and its answers over the store
{
    ArticlePaths = [ArticleLocator.Locate(builder.Configuration, builder.Environment)],  // NewsBot:Articles, default seeds/
});
builder.Services.AddArchiveReindexing(builder.Configuration); // NewsBot:Reindex: older articles analysed again in the background
builder.Services.AddBotFrameworkChannels(builder.Configuration); // /api/messages: CloudAdapter + auth from the MicrosoftApp* settings; NewsBot:Channel:Timeout
builder.Services.AddLocalDirectLine(builder.Configuration); // /v3/directline: what the web chat page talks to
builder.Services.AddArticleIntake(builder.Configuration); // adding articles into the bot's store: NewsBot:ApiKey, NewsBot:Fetch
builder.Services.AddArticleView();                     // /articles: Razor-rendered pages of the articles and their quotes
builder.Services.AddClientRateLimits(builder.Configuration); // RateLimits: per client on every door, 429 with Retry-After
builder.Services.AddHealthChecks();

var app = builder.Build();
await app.IndexArticlesAsync();                        // the article files not yet stored, before the first turn, on every core

app.UseDefaultFiles();                                  // /: the web chat page (wwwroot)
app.UseStaticFiles();
app.UseRateLimiter();
app.MapExampleQuestions("/api/examples").RequireRateLimiting(ClientRateLimits.Reads);
app.MapHealthChecks("/healthz");
app.MapBotMessages("/api/messages");
app.MapDirectLine("/v3/directline");                    // DirectLine:Secret; off with an app id and no secret
app.MapWebChatToken("/api/webchat/token");              // the page's token, as DirectLine:PageTokens allows
app.MapArticleApi("/api/articles");                     // POST/GET articles, with the X-Api-Key from NewsBot:ApiKey
app.MapArticleView("/articles");                        // the corpus page and /articles/{id}#p{n}: each article with its quotes marked

app.Run();

// Internal on purpose (.NET 10 would otherwise make it public): the benchmarks reference this
// assembly and have a Program of their own. Tests name the assembly through NewsBotAdapter.
internal partial class Program;
