using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Dialogs.Corpus;
using NewsBot.Dialogs.Hosting;
using NewsBot.Store;

namespace NewsBot.Dialogs.Tests;

/// <summary>The bot over a store of more articles than it reads for one question.</summary>
public sealed class CorpusTests(CorpusStore corpus) : IClassFixture<CorpusStore>, IDisposable
{
    private readonly List<InProcessBot> _bots = [];

    public void Dispose() => _bots.ForEach(b => b.Dispose());

    private InProcessBot NewBot(IStorage? storage = null, Func<IArticleStore, IArticleStore>? wrap = null)
    {
        var bot = new InProcessBot(services =>
        {
            if (storage is not null) services.AddSingleton(storage);
            var store = ArticleStore.OpenAsync(corpus.File).GetAwaiter().GetResult();
            services.AddSingleton(_ => wrap is null ? store : wrap(store));
            services.AddNewsBot(new NewsBotOptions());
        });
        _bots.Add(bot);
        return bot;
    }

    private static void Has(string reply, string expected) => Assert.True(reply.Contains(expected, StringComparison.Ordinal), $"expected {expected} in:\n{reply}");

    private static void HasNot(string reply, string unwanted) => Assert.False(reply.Contains(unwanted, StringComparison.Ordinal), $"did not expect {unwanted} in:\n{reply}");

    private static string Week(int n) => $"pier {n} by spring";

    [Fact]
    public async Task Which_articles_lists_a_page_of_titles_dates_and_quote_counts_and_more_goes_on()
    {
        var chat = NewBot().NewConversation();

        var first = (await chat.SendAsync("Which articles do you have?")).Text;
        var second = (await chat.SendAsync("more")).Text;

        Has(first, $"I have {corpus.Count} articles; 1\u201310:");
        Has(first, "1. \u201cHarbor council meeting, week 1\u201d (2 January 2026): 2 quotes");
        HasNot(first, "week 11\u201d");
        Has(second, "11\u201320:");
        Has(second, "11. \u201cHarbor council meeting, week 11\u201d (12 January 2026)");
    }

    [Fact]
    public async Task Answers_name_the_article_and_its_date()
    {
        var reply = await NewBot().NewConversation().SendAsync("who said the ferry will reach pier 7 by spring?");

        Has(reply.Text, "Elena Marquez");
        Has(reply.Text, "\u201cHarbor council meeting, week 7\u201d, 8 January 2026");
    }

    [Fact]
    public async Task A_speaker_quoted_in_many_articles_comes_newest_first_and_more_pages_through_them_all()
    {
        var loads = new CountingStore.Counter();
        var chat = NewBot(wrap: inner => new CountingStore(inner, loads)).NewConversation();

        var replies = new List<string> { (await chat.SendAsync("what did Marquez say?")).Text };
        Assert.True(loads.Reads <= ArticleCorpus.ArticlesPerQuestion, $"{loads.Reads} articles read for one question");
        for (int turn = 0; turn < 60 && replies[^1].Contains("say more", StringComparison.Ordinal); turn++)
        {
            loads.Reads = 0;
            replies.Add((await chat.SendAsync("more")).Text);
            Assert.True(loads.Reads <= ArticleCorpus.ArticlesPerQuestion, $"{loads.Reads} articles read for one 'more'");
        }

        Has(replies[0], Week(CouncilWeeks));
        HasNot(replies[0], Week(1) + "\u201d");
        Has(string.Join("\n----\n", replies), "more article");
        var all = string.Join("\n", replies);
        for (int week = 1; week <= CouncilWeeks; week++) Assert.Contains(Week(week), all);
    }

    private const int CouncilWeeks = CorpusStore.CouncilWeeks;

    [Fact]
    public async Task Words_typed_before_a_name_do_not_hide_the_person()
    {
        var reply = (await NewBot().NewConversation().SendAsync("what did former President Elena Marquez say?")).Text;

        Has(reply, "Elena Marquez");
        Has(reply, Week(CouncilWeeks));
    }


    [Fact]
    public async Task Use_the_article_about_a_topic_focuses_on_it_and_all_articles_goes_back()
    {
        var chat = NewBot().NewConversation();

        var focus = (await chat.SendAsync("use the article about Xi and Zelensky")).Text;
        var quoted = (await chat.SendAsync("who was quoted?")).Text;
        var elsewhere = (await chat.SendAsync("what did Marquez say?")).Text;
        var back = (await chat.SendAsync("all articles")).Text;
        var again = (await chat.SendAsync("what did Marquez say?")).Text;

        Has(focus, "\u201cXi and Zelensky speak by phone\u201d (4 March 2026)");
        Has(quoted, "quoted in this article:");
        Has(quoted, "Xi Jinping");
        HasNot(quoted, "Marquez");
        Has(elsewhere, "No one named Marquez");
        Has(back, $"all {corpus.Count} articles");
        Has(again, Week(CouncilWeeks));
    }

    [Theory]
    [InlineData("who was quoted?")]
    [InlineData("who else is quoted in this story")]
    [InlineData("how many people are quoted")]
    public async Task Who_is_quoted_after_an_answer_means_in_the_article_it_came_from(string question)
    {
        var chat = NewBot().NewConversation();

        Has((await chat.SendAsync("who said dialogue and negotiation are the only way out?")).Text, "Xi Jinping");
        var quoted = (await chat.SendAsync(question)).Text;

        Has(quoted, "Zelensky");
        HasNot(quoted, "Marquez");
    }

    [Fact]
    public async Task And_someone_else_of_the_same_article_is_answered_from_it()
    {
        var chat = NewBot().NewConversation();

        Has((await chat.SendAsync("what did Xi say?")).Text, "Dialogue and negotiation");
        var other = (await chat.SendAsync("and Zelensky?")).Text;

        Has(other, "grain corridor");
        HasNot(other, "quiet classroom");
    }

    [Theory]
    [InlineData("what did the chinese president say?")]
    [InlineData("what did the chinese leader say")]
    public async Task A_description_instead_of_a_name_finds_the_article_that_introduces_them(string question) =>
        Has((await NewBot().NewConversation().SendAsync(question)).Text, "Dialogue and negotiation");

    [Fact]
    public async Task Several_close_articles_are_offered_as_choices_and_a_number_picks_one()
    {
        var chat = NewBot().NewConversation();

        var ask = await chat.SendAsync("use the article about the storm");
        var actions = ask.Replies.Single().SuggestedActions.Actions.Select(a => a.Title).ToList();
        var picked = (await chat.SendAsync("2")).Text;
        var quoted = (await chat.SendAsync("who was quoted?")).Text;

        Has(ask.Text, "Which one?");
        Assert.Equal(2, actions.Count);
        Assert.All(actions, a => Assert.Contains("Storm hits the coast", a));
        Has(picked, "Storm hits the coast");
        Has(quoted, "quoted in this article:");
        Assert.Single(new[] { "Ana Silva", "Omar Haddad" }, name => quoted.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_focus_survives_a_new_bot_instance_sharing_the_store_and_the_state_storage()
    {
        var storage = new MemoryStorage();
        var first = NewBot(storage).NewConversation();
        await first.SendAsync("use the article about Xi and Zelensky");

        var second = NewBot(storage).Conversation(first.ConversationId);
        var quoted = (await second.SendAsync("who was quoted?")).Text;
        var follow = (await second.SendAsync("what did Zelensky say?")).Text;

        Has(quoted, "quoted in this article:");
        Has(quoted, "Xi Jinping");
        Has(follow, "grain corridor");
        HasNot(follow, "quiet classroom");
    }

    [Fact]
    public async Task Follow_ups_read_the_articles_of_the_question_before()
    {
        var chat = NewBot().NewConversation();

        await chat.SendAsync("who said dialogue and negotiation are the only way out?");
        var who = (await chat.SendAsync("who is he?")).Text;
        await chat.SendAsync("what did Zelensky say?");
        var where = (await chat.SendAsync("where did he say it?")).Text;

        Has(who, "Chinese President");
        Has(where, "on Twitter");
    }

    [Fact]
    public async Task Welcome_and_help_over_many_articles_count_them_and_offer_the_article_commands()
    {
        var chat = NewBot().NewConversation();

        var welcome = (await chat.StartAsync()).Text;
        var help = (await chat.SendAsync("help")).Text;

        Has(welcome, $"I've read {corpus.Count} articles");
        Has(help, "which articles do you have?");
        // The example names come from the latest articles (two storm reports and a school visit).
        Assert.Contains(new[] { "what did Silva say", "what did Haddad say", "what did Zelensky say" }, help.Contains);
    }

    [Fact]
    public async Task Who_was_quoted_over_many_articles_names_the_most_quoted_people()
    {
        var reply = (await NewBot().NewConversation().SendAsync("who was quoted?")).Text;

        Has(reply, $"I have {corpus.Count} articles");
        Has(reply, "Elena Marquez: 80 quotes in 40 articles");
    }
}

/// <summary>A store that counts the articles read back whole, to show a question never reads hundreds.</summary>
public sealed class CountingStore(IArticleStore inner, CountingStore.Counter counter) : IArticleStore
{
    public sealed class Counter
    {
        public int Reads;
    }

    public string Location => inner.Location;
    public Task<AddResult> AddAsync(Quotes.ArticleQuotes analysed, DateTimeOffset? published = null, CancellationToken cancellationToken = default) => inner.AddAsync(analysed, published, cancellationToken);

    public Task<Quotes.ArticleQuotes?> GetAsync(long articleId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref counter.Reads);
        return inner.GetAsync(articleId, cancellationToken);
    }

    public Task<IReadOnlyList<StoredArticle>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default) => inner.ListAsync(offset, limit, cancellationToken);
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => inner.CountAsync(cancellationToken);
    public Task<IReadOnlyList<StoredArticle>> FindArticlesAsync(string? about, int limit = 20, CancellationToken cancellationToken = default) => inner.FindArticlesAsync(about, limit, cancellationToken);
    public Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(string? text, int limit = 20, CancellationToken cancellationToken = default) => inner.FindQuotesAsync(text, limit, cancellationToken);
    public Task<IReadOnlyList<SpeakerHit>> FindSpeakersAsync(string? name, int limit = 20, CancellationToken cancellationToken = default) => inner.FindSpeakersAsync(name, limit, cancellationToken);
    public Task<IReadOnlyList<QuoteHit>> QuotesBySpeakerAsync(string? name, int limit = 20, int offset = 0, CancellationToken cancellationToken = default) => inner.QuotesBySpeakerAsync(name, limit, offset, cancellationToken);
    public Task<IReadOnlyList<SpeakerHit>> QuotedSpeakersAsync(string? name, int limit = 20, CancellationToken cancellationToken = default) => inner.QuotedSpeakersAsync(name, limit, cancellationToken);
    public Task<StoredArticle?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken = default) => inner.FindByContentHashAsync(contentHash, cancellationToken);
    public Task<IReadOnlyList<StoredArticle>> ListByIdAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken = default) => inner.ListByIdAsync(articleIds, cancellationToken);
    public Task<IReadOnlyList<QuotedPerson>> MostQuotedAsync(int limit = 20, int? latestArticles = null, CancellationToken cancellationToken = default) => inner.MostQuotedAsync(limit, latestArticles, cancellationToken);
    public Task<StoreIntegrity> CheckIntegrityAsync(CancellationToken cancellationToken = default) => inner.CheckIntegrityAsync(cancellationToken);
    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
