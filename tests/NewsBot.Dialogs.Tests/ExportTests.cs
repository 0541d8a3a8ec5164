using NewsBot.Dialogs.Answering;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Hosting;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Understanding;
using NewsBot.Quotes;
using NewsBot.Store;
using NewsBot.Testing;
using Newtonsoft.Json.Linq;

namespace NewsBot.Dialogs.Tests;

/// <summary>
/// "Export the quotes" in chat: read in its phrasings, of everyone or of one person (however each
/// article names them), bounded, and handed over as each channel takes a file.
/// </summary>
public sealed class ExportTests
{
    private static readonly ArticleViewLinks Links = new(new Uri("https://newsbot.example.org/"));

    [Theory]
    [InlineData("export the quotes", null)]
    [InlineData("Export quotes by Dana Whitfield", "Dana Whitfield")]
    [InlineData("download the quotes as csv", null)]
    [InlineData("give me a spreadsheet of the quotes", null)]
    [InlineData("can you export all the quotes from this article?", null)]
    [InlineData("export Whitfield's quotes", "Whitfield")]
    [InlineData("download the mayor’s quotes in a spreadsheet", "mayor")]
    [InlineData("the quotes of Robert Whitfield as a csv file please", "Robert Whitfield")]
    [InlineData("export as csv", null)]
    public void Export_requests_are_read_with_whose_quotes(string question, string? speaker)
    {
        var reading = QuestionReader.Read(question);

        Assert.Equal(Ask.Export, reading.Ask);
        Assert.Equal(speaker, reading.Speaker);
    }

    [Theory]
    [InlineData("who said the export ban would hurt farmers?")]
    [InlineData("what did the minister say about downloads and streaming?")]
    [InlineData("who was quoted?")]
    public void Questions_that_mention_exports_are_still_questions(string question) =>
        Assert.NotEqual(Ask.Export, QuestionReader.Read(question).Ask);

    [Fact]
    public void Her_quotes_are_the_focused_womans()
    {
        var reading = QuestionReader.Read("export her quotes");

        Assert.Equal((Ask.Export, true, Gender.Female), (reading.Ask, reading.SpeakerIsPronoun, reading.PronounGender));
    }

    private static IndexedArticle[] Stories() =>
        BridgeStories.All.Select(s => new IndexedArticle(s.Name, QuoteEngine.AnalyzeText(s.Text, s.Name))).ToArray();

    [Fact]
    public async Task One_persons_quotes_are_theirs_in_every_article_that_names_them_and_no_one_elses()
    {
        using var bot = new Bot(Stories());

        var answer = await bot.InProcess.Answers.AnswerAsync("export quotes by Dana Whitfield", new ConversationMemory());

        var export = Assert.IsType<QuoteExport>(answer.Export);
        Assert.Equal(BridgeStories.MayorQuotes, export.QuoteCount);
        Assert.Equal(["1", "2", "3"], export.Articles.Select(a => a.ArticleKey));
        Assert.All(export.Articles, a => Assert.Single(a.SpeakerIds));
        Assert.Equal("quotes-dana-whitfield.csv", export.FileName);
        Assert.StartsWith($"Here are **{BridgeStories.Mayor}** (Mayor)'s 5 quotes from 3 articles as a spreadsheet", answer.Markdown);
    }

    [Fact]
    public async Task Export_the_quotes_over_a_few_articles_takes_them_all()
    {
        using var bot = new Bot(Stories());

        var answer = await bot.InProcess.Answers.AnswerAsync("export the quotes", new ConversationMemory());

        var export = Assert.IsType<QuoteExport>(answer.Export);
        Assert.Equal(5, export.Articles.Count);
        Assert.All(export.Articles, a => Assert.Empty(a.SpeakerIds));
        Assert.Equal(11, export.QuoteCount);
    }

    [Fact]
    public async Task Over_a_large_store_export_asks_which_article_unless_one_is_chosen()
    {
        var store = new MemoryArticleStore();
        for (int week = 1; week <= 31; week++) await store.AddAsync(CorpusStore.Council(week).Analysis);
        using var bot = new Bot(store);
        var chat = bot.Conversation();

        var asked = (await chat.SendAsync("export the quotes")).Text;
        await chat.SendAsync("use article 7");
        var chosen = (await chat.SendAsync("export the quotes")).Text;

        Assert.Contains("I have 31 articles: which one's quotes?", asked);
        Assert.Contains("use the article about", asked);
        Assert.Contains("the 2 quotes of \u201cHarbor council meeting, week 7\u201d", chosen);
    }

    [Fact]
    public async Task An_article_of_ten_thousand_quotes_exports_its_first_five_thousand_and_says_so()
    {
        var text = "The long hearing\n\n" + string.Join("\n\n", Enumerable.Range(1, 10_000).Select(i => $"\"Point {i} stands,\" Ann Lee said."));
        var made = new HandMadeArticle("hearing.txt", text).Speaker("lee", "Ann Lee", ["Lee"]);
        for (int i = 1; i <= 10_000; i++) made.Quote("lee", $"Point {i} stands,");
        using var bot = new Bot(made.Build());

        var answer = await bot.InProcess.Answers.AnswerAsync("export the quotes", new ConversationMemory());
        var reply = ReplyRenderer.Render(answer, "webchat", Links);

        Assert.Equal(10_000, answer.Export!.QuoteCount);
        Assert.Equal(QuoteExport.MostRows, answer.Export.Rows);
        Assert.Contains("The file holds the first 5,000 of the 10,000", reply.Text);
        Assert.True(Newtonsoft.Json.JsonConvert.SerializeObject(reply).Length < 2_000, "the reply carries a link to the file, not the file");
    }

    private static Answer Exported() => new("Here are the quotes.", [], [])
    {
        Export = new QuoteExport([new ExportedArticle("7", []), new ExportedArticle("9", ["s2", "s 3"])], 12, "quotes-x.csv", "the 12 quotes"),
    };

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public void Web_chat_and_the_emulator_get_a_csv_file_attachment(string channel)
    {
        var reply = ReplyRenderer.Render(Exported(), channel, Links);

        var file = Assert.Single(reply.Attachments);
        Assert.Equal(("text/csv", "quotes-x.csv"), (file.ContentType, file.Name));
        Assert.Equal("https://newsbot.example.org/articles/quotes.csv?article=7&article=9&speaker=9%3As2&speaker=9%3As%203", file.ContentUrl);
        Assert.Equal("Here are the quotes.", reply.Text);
    }

    [Fact]
    public void Teams_gets_a_card_that_opens_the_file_in_every_scope()
    {
        var reply = ReplyRenderer.Render(Exported(), "msteams", Links);

        var card = JObject.FromObject(Assert.Single(reply.Attachments, a => a.ContentType == QuoteCard.ContentType).Content);
        var button = Assert.Single(card["actions"]!);
        Assert.Equal(("Action.OpenUrl", ExportRenderer.Download), ((string?)button["type"], (string?)button["title"]));
        Assert.StartsWith("https://newsbot.example.org/articles/quotes.csv?article=7", (string?)button["url"]);
        Assert.Contains("12 rows", card.ToString());
        Assert.DoesNotContain(reply.Attachments, a => a.ContentType == ExportRenderer.CsvContentType);
    }

    [Fact]
    public void Another_channel_gets_the_link_in_the_text_and_one_without_links_is_told_where_the_export_works()
    {
        var linked = ReplyRenderer.Render(Exported(), "slack", Links);
        var unlinked = ReplyRenderer.Render(Exported(), "cli", links: null);

        Assert.Contains($"[{ExportRenderer.Download}](https://newsbot.example.org/articles/quotes.csv?article=7", linked.Text);
        Assert.Empty(unlinked.Attachments ?? []);
        Assert.Contains("I can't send a file in this chat", unlinked.Text);
        Assert.DoesNotContain("https://", unlinked.Text);
    }
}
