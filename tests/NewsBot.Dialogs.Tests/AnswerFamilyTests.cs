namespace NewsBot.Dialogs.Tests;

/// <summary>
/// Every family of question, in several phrasings (other verbs, tenses, word orders, politeness, typos,
/// lower case, no question mark, possessives), over stories the engine reads: the answer stands first.
/// </summary>
public sealed class AnswerFamilyTests : IDisposable
{
    private readonly InProcessBot _dam = InventedNews.Bot(InventedNews.Dam);
    private readonly InProcessBot _both = InventedNews.Bot(InventedNews.Dam, InventedNews.Rail);

    public void Dispose()
    {
        _dam.Dispose();
        _both.Dispose();
    }

    private async Task<string> Ask(string question, InProcessBot? bot = null) => (await (bot ?? _dam).NewConversation().SendAsync(question)).Text;

    private static string FirstParagraph(string reply) => reply.Split("\n\n")[0];

    private static void AnswersFirst(string reply, string expected) =>
        Assert.True(FirstParagraph(reply).Contains(expected, StringComparison.Ordinal), $"expected {expected} in the first paragraph of:\n{reply}");

    [Theory]
    [InlineData("who said the dam will keep the taps running for fifty years?", "Marta Jansen")]
    [InlineData("Who said the dam would keep taps running for decades", "Marta Jansen")]
    [InlineData("who says nobody asked the people who work the land", "Piet Okonkwo")]
    [InlineData("who denied the farmers were consulted?", "Piet Okonkwo")]
    [InlineData("who denies that members were consulted", "Piet Okonkwo")]
    [InlineData("who warned the reservoir could flood the mill road", "Lena Brandt")]
    [InlineData("WHO WARNED ABOUT THE OLD MILL ROAD", "Lena Brandt")]
    [InlineData("who accused the union of spreading fear", "Marta Jansen")]
    [InlineData("who promised compensation for farms that lose land?", "Marta Jansen")]
    [InlineData("who tweeted that it was a good day for the valley", "Tom Reyes")]
    [InlineData("can you tell me who said the union would appeal in court", "Piet Okonkwo")]
    [InlineData("who sad the union would apeal the decision", "Piet Okonkwo")]
    [InlineData("\"optimistic at best\"", "Lena Brandt")]
    public async Task Who_said_with_any_verb_names_the_speaker_first(string question, string speaker) => AnswersFirst(await Ask(question), speaker);

    [Theory]
    [InlineData("which senator asked if the project was too expensive", "Laura Whitcombe")]
    [InlineData("which senator urged the department to publish its contracts?", "Marcus Feld")]
    [InlineData("which spokeswoman said crews had warned about the soft ground", "Ana Ruiz")]
    public async Task Which_kind_of_speaker_said_it(string question, string speaker) => AnswersFirst(await Ask(question, _both), speaker);

    [Theory]
    [InlineData("what did Okonkwo say?", "Nobody asked the people")]
    [InlineData("what did piet okonkwo say about the court", "appeal the decision in court")]
    [InlineData("what has the union chairman said", "Nobody asked the people")]
    [InlineData("what did the hydrologist say", "flood the old mill road")]
    [InlineData("tell me what Brandt said about the flood maps", "optimistic at best")]
    [InlineData("What did Dr Brandt call the council's flood maps?", "optimistic at best")]
    [InlineData("what's Jansen's take on compensation", "compensation would be paid")]
    [InlineData("Jansen on the concrete?", "first concrete would be poured in April")]
    [InlineData("what did okonkow say", "Nobody asked the people")]
    [InlineData("what did the mayor tweet", "a good day for the whole valley")]
    [InlineData("quotes by Tom Reyes", "a good day for the whole valley")]
    [InlineData("Okonkwo's comments about the court", "appeal the decision in court")]
    public async Task What_did_X_say_gives_their_words(string question, string words) => AnswersFirst(await Ask(question), words);

    [Theory]
    [InlineData("who is Okonkwo?", "union chairman")]
    [InlineData("who's lena brandt", "Hydrologist")]
    [InlineData("what is Jansen's role", "council leader")]
    [InlineData("what does Tom Reyes do", "regional water board")]
    [InlineData("tell me about the mayor", "Tom Reyes")]
    public async Task Who_is_gives_the_role_and_the_introduction(string question, string expected) => AnswersFirst(await Ask(question), expected);

    [Theory]
    [InlineData("where did Brandt say it", "Radio Ilse")]
    [InlineData("how did the mayor say it?", "Twitter")]
    [InlineData("where did Reyes say that", "Twitter")]
    public async Task Where_did_X_say_it(string question, string expected) => AnswersFirst(await Ask(question), expected);

    [Theory]
    [InlineData("did Okonkwo say the union would appeal?", "Yes")]
    [InlineData("did Jansen really say the dam will keep the valley's taps running for fifty years", "Yes, in other words")]
    [InlineData("is it true that Brandt said the flood maps were optimistic at best?", "Yes")]
    public async Task Did_X_say_it_is_yes_only_with_the_words_shown(string question, string verdict) => AnswersFirst(await Ask(question), verdict);

    [Fact]
    public async Task Word_for_word_only_when_the_words_stand_in_the_quote_in_order()
    {
        var paraphrase = await Ask("did Jansen say the dam keeps taps running for fifty years");
        Assert.DoesNotContain("word for word", FirstParagraph(paraphrase));
        var verbatim = await Ask("did Jansen say \u201cThis dam will keep the valley's taps running\u201d?");
        AnswersFirst(verbatim, "Yes, word for word");
    }

    [Theory]
    [InlineData("did Jansen say the dam was a mistake?")]
    [InlineData("did Reyes say farmers will lose everything")]
    public async Task Did_X_say_words_the_article_does_not_hold_is_never_a_yes(string question)
    {
        var reply = await Ask(question);
        Assert.False(FirstParagraph(reply).StartsWith("Yes", StringComparison.Ordinal), reply);
    }

    [Fact]
    public async Task Did_X_say_what_someone_else_said_names_who_did()
    {
        var reply = await Ask("did Jansen say nobody asked the people who actually work this land?");
        Assert.StartsWith("Not Marta Jansen", reply);
        AnswersFirst(reply, "Piet Okonkwo");
    }

    [Theory]
    [InlineData("who talked about the flood maps", "Lena Brandt")]
    [InlineData("did anyone mention compensation?", "Marta Jansen")]
    [InlineData("who spoke about the court", "Piet Okonkwo")]
    public async Task Who_talked_about_a_topic(string question, string speaker) => AnswersFirst(await Ask(question), speaker);

    [Theory]
    [InlineData("who was quoted?")]
    [InlineData("list everyone who is quoted")]
    [InlineData("how many people are quoted in this story")]
    public async Task Who_is_quoted_names_everyone_in_the_first_paragraph(string question)
    {
        var reply = await Ask(question);
        foreach (var name in new[] { "Marta Jansen", "Piet Okonkwo", "Lena Brandt", "Tom Reyes" }) AnswersFirst(reply, name);
    }

    [Fact]
    public async Task What_the_article_is_about_gives_its_speakers_and_their_main_words()
    {
        var reply = await Ask("what is this article about?");
        AnswersFirst(reply, "Valley council approves new dam");
        AnswersFirst(reply, "Piet Okonkwo");
        AnswersFirst(reply, "Marta Jansen");
    }

    [Fact]
    public async Task Why_is_answered_with_the_articles_own_context_never_a_guess()
    {
        var reply = await Ask("why did Brenner say the tunnel estimates were wrong?", _both);
        Assert.StartsWith("The article doesn't say why", reply);
        Assert.Contains("Senate transport committee", reply);
    }

    [Fact]
    public async Task Follow_ups_keep_the_person_and_he_or_she_pick_the_right_one()
    {
        var chat = _dam.NewConversation();
        AnswersFirst((await chat.SendAsync("who warned about the mill road?")).Text, "Lena Brandt");
        AnswersFirst((await chat.SendAsync("what else did she say")).Text, "optimistic at best");
        AnswersFirst((await chat.SendAsync("who said nobody asked the people who work this land")).Text, "Piet Okonkwo");
        AnswersFirst((await chat.SendAsync("who is he?")).Text, "union chairman");
        AnswersFirst((await chat.SendAsync("and what did she call the flood maps?")).Text, "optimistic at best");
        AnswersFirst((await chat.SendAsync("where did she say it")).Text, "Radio Ilse");
    }

    [Fact]
    public async Task And_someone_else_asks_the_same_question_about_them()
    {
        var chat = _both.NewConversation();
        AnswersFirst((await chat.SendAsync("what did Whitcombe say about the delays?")).Text, "forty million dollars");
        AnswersFirst((await chat.SendAsync("and Feld?")).Text, "Marcus Feld");
        AnswersFirst((await chat.SendAsync("who is he")).Text, "ranking member");
        AnswersFirst((await chat.SendAsync("what about Brenner")).Text, "Hal Brenner");
    }

    [Fact]
    public async Task A_closest_quote_answer_still_sets_the_focus()
    {
        var chat = _dam.NewConversation();
        var first = (await chat.SendAsync("who said the farmers were ignored")).Text;
        Assert.StartsWith("No one says quite", first);
        Assert.DoesNotContain("I'm not sure who you mean", (await chat.SendAsync("who is he?")).Text + first);
    }

    [Fact]
    public async Task Who_else_leaves_out_who_was_just_named()
    {
        var chat = _dam.NewConversation();
        AnswersFirst((await chat.SendAsync("who was quoted")).Text, "Marta Jansen");
        var reply = (await chat.SendAsync("who said the union would appeal")).Text;
        AnswersFirst(reply, "Piet Okonkwo");
        var others = (await chat.SendAsync("who else is quoted?")).Text;
        Assert.DoesNotContain("Piet Okonkwo", FirstParagraph(others));
        AnswersFirst(others, "Lena Brandt");
    }

    [Theory]
    [InlineData("what did Jan Jansen say")]
    [InlineData("what did Maria Brandt say?")]
    public async Task A_known_surname_with_another_given_name_is_no_one_here(string question) =>
        AnswersFirst(await Ask(question), "No one named");

    [Theory]
    [InlineData("Okonkwo")]
    [InlineData("lena brandt?")]
    public async Task A_name_alone_asks_what_they_said(string question) => AnswersFirst(await Ask(question), "said");

    [Fact]
    public async Task An_unrecognised_question_gets_a_short_note_not_the_whole_help()
    {
        var reply = await Ask("zebra quantum marmalade");
        Assert.Contains("not sure what you're asking", reply);
        Assert.DoesNotContain("follow-ups", reply);
    }

    [Fact]
    public async Task With_two_stories_each_is_named_once_above_its_quotes()
    {
        var reply = await Ask("who talked about the contracts", _both);
        int named = reply.Split("Senate panel grills transport secretary over rail delays").Length - 1;
        Assert.Equal(1, named);
    }
}
