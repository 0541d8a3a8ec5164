using NewsBot.Dialogs.Hosting;
using NewsBot.Dialogs.Index;
using NewsBot.Store;

namespace NewsBot.Dialogs.Tests;

/// <summary>A bot over hand-made articles (in a store in memory), and a short way to ask it something.</summary>
public sealed class Bot : IDisposable
{
    public InProcessBot InProcess { get; }

    public Bot(params IndexedArticle[] articles) => InProcess = new InProcessBot(StoreOf(articles.Length > 0 ? articles : [TestArticles.Harbor()]));

    /// <summary>A bot over a store the test filled.</summary>
    public Bot(IArticleStore store) => InProcess = new InProcessBot(store);

    /// <summary>A store in memory holding these articles, in this order.</summary>
    public static MemoryArticleStore StoreOf(params IndexedArticle[] articles)
    {
        var store = new MemoryArticleStore();
        foreach (var article in articles) store.AddAsync(article.Analysis, article.Published).GetAwaiter().GetResult();
        return store;
    }

    public ConversationRunner Conversation(string channel = "cli") => InProcess.NewConversation(channel);

    public async Task<string> AskAsync(string question, string channel = "cli") => (await Conversation(channel).SendAsync(question)).Text;

    public void Dispose() => InProcess.Dispose();
}
