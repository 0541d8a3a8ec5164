using NewsBot.Quotes;
using NewsBot.Quotes.Tests;

namespace NewsBot.Dialogs.Tests;

/// <summary>A bot started again over its store reads the article files, but runs the engine only on new ones.</summary>
public sealed class StoreRestartTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private int _engineRuns;

    public void Dispose() => _folder.Dispose();

    private string Articles => Directory.CreateDirectory(Path.Combine(_folder.Path, "articles")).FullName;

    private NewsBotOptions Options() => new()
    {
        ArticlePaths = [Articles],
        Store = Path.Combine(_folder.Path, "news.db"),
        Analyse = article =>
        {
            Interlocked.Increment(ref _engineRuns);
            return QuoteEngine.Analyze(article);
        },
    };

    private void WriteArticle(string name, string title, string speaker, string words) =>
        File.WriteAllText(Path.Combine(Articles, name), $"{title}\n\n{speaker} spoke to reporters on Monday.\n\n\"{words},\" said {speaker}.\n");

    [Fact]
    public async Task Restarting_runs_the_engine_only_on_files_not_yet_stored()
    {
        WriteArticle("library.txt", "Library to open in May", "Councillor Rosa Lind", "We will open the new library in May");
        WriteArticle("bridge.txt", "Bridge repairs finish early", "Engineer Paul Greer", "The bridge repairs finished two weeks early");

        using (new InProcessBot(Options())) Assert.Equal(2, _engineRuns);

        _engineRuns = 0;
        using (var restarted = new InProcessBot(Options()))
        {
            Assert.Equal(0, _engineRuns);
            var reply = await restarted.NewConversation().SendAsync("who said we will open the new library in May?");
            Assert.Contains("Rosa Lind", reply.Text);
        }

        WriteArticle("park.txt", "Park gets new trees", "Gardener Mia Holt", "Forty oaks will be planted along the lake");
        _engineRuns = 0;
        using (var grown = new InProcessBot(Options()))
        {
            Assert.Equal(1, _engineRuns);
            Assert.Contains("Mia Holt", (await grown.NewConversation().SendAsync("who said forty oaks will be planted?")).Text);
        }
    }
}
