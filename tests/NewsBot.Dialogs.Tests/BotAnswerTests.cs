namespace NewsBot.Dialogs.Tests;

public class BotAnswerTests : IDisposable
{
    private readonly Bot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("Who said \"bold but affordable\"?", "Samuel Okafor")]
    [InlineData("who said bold but affordable", "Samuel Okafor")]
    [InlineData("WHO SAID: BOLD, BUT AFFORDABLE!!!", "Samuel Okafor")]
    [InlineData("who said came too fast", "Daniel Park")]
    [InlineData("Who said the city won't add oil to the traffic crisis?", "Elena Marquez")]
    [InlineData("who said no one would pay over two dollars per ride", "Elena Marquez")]
    [InlineData("who said that tolls hurt small shops", "Harbor Business Association")]
    public async Task Who_said_finds_the_speaker_from_exact_partial_or_paraphrased_words(string question, string speaker)
    {
        var reply = await _bot.AskAsync(question);
        Assert.StartsWith(speaker, reply);
    }

    [Fact]
    public async Task Who_said_names_the_role_quotes_the_article_and_gives_the_paragraph()
    {
        var reply = await _bot.AskAsync("who said bold but affordable");
        Assert.Contains("Samuel Okafor (Port director)", reply);
        Assert.Contains("\u201cbold but affordable\u201d", reply);
        Assert.Contains("paragraph 4", reply);
    }

    [Fact]
    public async Task Who_said_ranks_several_matches_best_first()
    {
        var reply = await _bot.AskAsync("who said the city would not pour money into the harbor");
        Assert.StartsWith("Elena Marquez", reply);
    }

    [Fact]
    public async Task Unknown_words_get_an_honest_answer_that_lists_who_is_quoted()
    {
        var reply = await _bot.AskAsync("who said the moon is made of cheese");
        Assert.Contains("couldn't find", reply);
        Assert.Contains("Elena Marquez", reply);
    }

    [Theory]
    [InlineData("What did Marquez say?")]
    [InlineData("what did elena marquez say")]
    [InlineData("what did markez say")]
    [InlineData("What did Mayor Marquez say?")]
    [InlineData("what did Marquez's say")]
    [InlineData("what did elena say")]
    public async Task What_did_X_say_accepts_names_as_people_type_them(string question)
    {
        var reply = await _bot.AskAsync(question);
        Assert.Contains("Elena Marquez (Mayor)", reply);
        Assert.Contains("pour money into a sinking port", reply);
    }

    [Fact]
    public async Task What_did_X_say_about_a_topic_keeps_to_the_topic()
    {
        var reply = await _bot.AskAsync("what did marquez say about fishermen");
        Assert.StartsWith("Elena Marquez (Mayor) on \u201cfishermen\u201d:\n- \u201ckeep the harbor open to fishermen\u201d", reply);
        // What else she said may follow, marked as such, never mixed in with the quotes on the topic.
        int also = reply.IndexOf("She also said:", StringComparison.Ordinal);
        Assert.True(also > 0, reply);
        Assert.True(reply.IndexOf("sinking port", StringComparison.Ordinal) > also);
    }

    [Fact]
    public async Task Organisations_are_found_by_name()
    {
        var reply = await _bot.AskAsync("what did the harbor business association say");
        Assert.Contains("tolls on the bridge", reply);
    }

    [Fact]
    public async Task A_role_alone_finds_the_person_who_holds_it()
    {
        Assert.Contains("Elena Marquez (Mayor) said", await _bot.AskAsync("what did the mayor say"));
        Assert.Contains("Port director", await _bot.AskAsync("who is the port director"));
    }

    [Fact]
    public async Task A_loose_paraphrase_gets_the_closest_quote_not_a_false_attribution()
    {
        var reply = await _bot.AskAsync("who said fishermen matter");
        Assert.Contains("No one says quite", reply);
        Assert.Contains("keep the harbor open to fishermen", reply);
    }

    [Fact]
    public async Task Who_is_gives_roles_and_how_often_quoted()
    {
        var reply = await _bot.AskAsync("Who is Okafor?");
        Assert.Contains("Port director", reply);
        Assert.Contains("once", reply);
    }

    [Fact]
    public async Task Mentioned_only_people_are_said_to_be_mentioned_not_quoted()
    {
        var reply = await _bot.AskAsync("what did whitfield say");
        Assert.Contains("mentioned but not quoted", reply);
        Assert.Contains("Governor", reply);
    }

    [Fact]
    public async Task Unknown_names_are_said_to_be_absent_and_the_quoted_people_listed()
    {
        var reply = await _bot.AskAsync("What did Smith say?");
        Assert.Contains("No one named Smith", reply);
        Assert.Contains("Samuel Okafor", reply);
    }

    [Fact]
    public async Task A_name_typed_in_lower_case_is_shown_capitalised()
    {
        Assert.Contains("No one named John Smith appears", await _bot.AskAsync("what did john smith say"));
    }

    [Fact]
    public async Task Who_was_quoted_lists_speakers_and_mentioned_people_apart()
    {
        var reply = await _bot.AskAsync("Who was quoted?");
        foreach (var name in new[] { "Elena Marquez", "Samuel Okafor", "Daniel Park", "Grace Park", "Harbor Business Association" })
            Assert.Contains(name, reply);
        Assert.Contains("Mentioned but not quoted: Tom Whitfield", reply);
    }

    [Fact]
    public async Task Who_talked_about_a_topic_finds_quotes_on_it_through_synonyms()
    {
        var reply = await _bot.AskAsync("Who talked about a ceasefire?");
        Assert.Contains("Harbor Business Association", reply);
    }

    [Fact]
    public async Task Who_tweeted_uses_the_medium()
    {
        var reply = await _bot.AskAsync("Who tweeted?");
        Assert.Contains("Samuel Okafor", reply);
        Assert.DoesNotContain("Daniel Park", reply);
    }

    [Fact]
    public async Task Where_did_X_say_it_reports_the_medium()
    {
        var reply = await _bot.AskAsync("where did okafor say it");
        Assert.Contains("on Twitter", reply);
    }

    [Theory]
    [InlineData("how many quotes are there", "12 quotes")]
    [InlineData("how many people were quoted", "4 people and 1 organisation are quoted")]
    public async Task How_many_counts(string question, string expected)
    {
        Assert.Contains(expected, await _bot.AskAsync(question));
    }

    [Fact]
    public async Task Help_lists_what_can_be_asked()
    {
        var reply = await _bot.AskAsync("help");
        Assert.Contains("who said", reply);
        Assert.Contains("what did", reply);
        Assert.Contains("who is", reply);
    }

    [Fact]
    public async Task With_several_articles_answers_name_the_article()
    {
        using var bot = new Bot(TestArticles.Harbor(), TestArticles.School());
        var reply = await bot.AskAsync("who said stretched thin");
        Assert.StartsWith("Marcus Bell", reply);
        Assert.Contains("District opens two new schools", reply);
    }
}
