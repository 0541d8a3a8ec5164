using System.Text;
using NewsBot.Dialogs.Answering;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Dialogs.Tests;

/// <summary>
/// One upload must not make a turn expensive (issue 11): an article of thousands of near-identical
/// quotes, and questions that match every one. The work is capped (candidates, hits, what memory keeps)
/// and a turn has a budget it is stopped at; wall time is measured in the benchmarks, not here.
/// </summary>
public sealed class BoundedWorkTests
{
    private const int Quotes = 3_000;

    private static readonly Lazy<ArticleQuotes> Rally = new(() => QuoteEngine.AnalyzeText(Article(Quotes), "rally.txt"));

    private static string Article(int quotes)
    {
        var text = new StringBuilder("Mega Speaker rallies the hall\n\n");
        for (int i = 0; i < quotes; i++) text.Append("\u201cWe will win the vote today,\u201d said Mega Speaker.\n\n");
        return text.ToString();
    }

    private static InMemoryQuoteIndex Index() => new([new IndexedArticle("1", Rally.Value)]);

    [Fact]
    public void The_engine_finds_the_thousands_of_quotes_the_tests_need()
    {
        Assert.True(Rally.Value.Quotes.Count >= Quotes * 0.9, $"{Rally.Value.Quotes.Count} quotes");
    }

    [Fact]
    public void A_search_matching_every_quote_returns_at_most_what_was_asked_for()
    {
        var index = Index();
        Assert.Equal(AnswerThresholds.MostCandidates, index.FindQuotes("we will win the vote", AnswerThresholds.MostCandidates).Count);
        Assert.Equal(3, index.FindQuotesAbout("the vote", 3).Count);
        Assert.Single(index.FindPassages("win the vote", 1));
    }

    [Fact]
    public void A_cancelled_turn_stops_the_search()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Index().FindQuotes("we will win the vote", 10, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => new QuestionRouter().Answer(Index(), "who said we will win the vote?", new ConversationMemory(), cancelled.Token));
    }

    [Fact]
    public async Task A_turn_past_its_budget_is_answered_with_a_short_note_not_an_error()
    {
        var store = new MemoryArticleStore();
        await store.AddAsync(Rally.Value);
        using var bot = new InProcessBot(services =>
        {
            Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IArticleStore>(services, _ => store);
            services.AddNewsBot(new NewsBotOptions { TurnBudget = TimeSpan.Zero });
        });
        var reply = (await bot.NewConversation().SendAsync("who said we will win the vote?")).Text;
        Assert.Contains("needs more work than I do in one turn", reply);
    }

    [Fact]
    public async Task Answers_over_thousands_of_matching_quotes_name_the_speaker_once_and_memory_stays_small()
    {
        var store = new MemoryArticleStore();
        await store.AddAsync(Rally.Value);
        using var bot = new InProcessBot(store);
        var chat = bot.NewConversation();

        var who = (await chat.SendAsync("who said we will win the vote?")).Text;
        var what = (await chat.SendAsync("what did Mega Speaker say?")).Text;

        Assert.StartsWith("Mega Speaker said", who);
        Assert.Contains("more quotes: say more", what);
        var memory = new ConversationMemory();
        new QuestionRouter().Answer(Index(), "what did Mega Speaker say?", memory);
        Assert.True(memory.MoreQuoteKeys.Count <= ConversationMemory.RememberedQuotes);
        Assert.True(memory.LastQuoteKeys.Count <= AnswerThresholds.PageSize);
    }
}
