using NewsBot.Dialogs.Hosting;
using NewsBot.Dialogs.Index;

namespace NewsBot.Dialogs.Tests;

/// <summary>A bot over hand-made articles, and a short way to ask it something.</summary>
public sealed class Bot : IDisposable
{
    public InProcessBot InProcess { get; }

    public Bot(params IndexedArticle[] articles) => InProcess = new InProcessBot(new InMemoryQuoteIndex(articles.Length > 0 ? articles : [TestArticles.Harbor()]));

    public ConversationRunner Conversation(string channel = "cli") => InProcess.NewConversation(channel);

    public async Task<string> AskAsync(string question, string channel = "cli") => (await Conversation(channel).SendAsync(question)).Text;

    public void Dispose() => InProcess.Dispose();
}
