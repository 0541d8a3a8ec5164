using NewsBot.Dialogs.Understanding;

namespace NewsBot.Dialogs.Tests;

/// <summary>
/// Questions typed as reporters type them in Teams, over an invented story: follow-ups that ask for the exact words,
/// "who else", "when", a second question of one word ("and when"); descriptions with abbreviated or unlisted role
/// words ("the deputy pm", "the harbour commissioner", "the widow"); "who called X a …".
/// </summary>
public sealed class TeamsPhrasingTests : IDisposable
{
    private const string Ferry = """
        Ferry fares to rise as operator blames fuel costs

        Ferry fares across Port Alder will rise by a fifth from next month, the operator announced.

        "Fuel has doubled in price and we cannot carry that cost alone," chief executive Nadia Brandt said on Thursday morning.

        Deputy Prime Minister Owen Hale called the operator "greedy" and said the rise was "a kick in the teeth for commuters."

        Port Commissioner Luis Ferreira said the harbour authority had not been consulted. "Nobody at the operator told us anything until the press release landed," Ferreira said.

        "I take the eight o'clock boat every day and I simply can't afford this," said widow Joan Pike, who has lived on the island for forty years.

        Detective Sergeant Mark Ellis said officers would be at the terminal to keep order.

        Brandt repeated her warning in an interview with the Alder Gazette.
        """;

    private const string Locks = """
        Lawmakers split over river locks bill

        Rep. Maria Lowe (D-Wis.) said the bill would "finally fix the locks on the river."

        "This is about jobs in every river town," Lowe told the Milwaukee Ledger.

        Sens. Paul Grady (R-Ohio) and Ann Kim (D-Ore.) questioned the cost of the repairs. "We cannot spend money we do not have," Grady told the Toledo Courier.

        In an interview with WXRV radio, Grady added: "The locks have lasted a century; they can last one more winter."

        Rep. Dan Ortiz (D-N.Y.) called the repairs "overdue by a decade."

        The bill is "a sensible first step," said Lena Voss, an associate professor at New York University School of Law.

        Two voters, Tessa Marlowe and Dev Ruiz, watched the hearing from the gallery.

        Marlow said the bill was long overdue. "It should have passed years ago," she said.
        """;

    private readonly InProcessBot _ferry = InventedNews.Bot(Ferry);
    private readonly InProcessBot _locks = InventedNews.Bot(Locks);

    public void Dispose()
    {
        _ferry.Dispose();
        _locks.Dispose();
    }

    private Task Converse(params (string Ask, string[] Any, string[] None)[] steps) => Converse(_ferry, steps);

    /// <summary>Asks each question in one conversation; each reply's first paragraph must hold one of its expected strings, and the reply none of the unwanted.</summary>
    private static async Task Converse(InProcessBot bot, params (string Ask, string[] Any, string[] None)[] steps)
    {
        var chat = bot.NewConversation();
        foreach (var (ask, any, none) in steps)
        {
            var reply = (await chat.SendAsync(ask)).Text;
            var first = reply.Split("\n\n")[0];
            Assert.True(any.Any(e => first.Contains(e, StringComparison.OrdinalIgnoreCase)), $"{ask}: expected one of [{string.Join(", ", any)}] first in:\n{reply}");
            foreach (var e in none) Assert.False(reply.Contains(e, StringComparison.OrdinalIgnoreCase), $"{ask}: did not expect {e} in:\n{reply}");
        }
    }

    private static (string, string[], string[]) Step(string ask, params string[] any) => (ask, any, []);

    [Fact]
    public Task Exact_words_after_an_answer_give_the_article_sentence() => Converse(
        Step("what did hale say", "kick in the teeth"),
        Step("exact words?", "Deputy Prime Minister Owen Hale called the operator"));

    [Fact]
    public Task A_persons_full_quote_gives_their_words_as_the_article_writes_them() => Converse(
        Step("ferreira's full quote", "\"Nobody at the operator told us anything until the press release landed,\" Ferreira said"));

    [Fact]
    public Task An_abbreviated_role_is_the_role_written_out() => Converse(
        Step("what did the deputy pm say", "kick in the teeth"));

    [Fact]
    public Task A_description_fits_the_one_person_whose_role_has_its_head_word() => Converse(
        Step("what did the harbour commissioner say", "Nobody at the operator"));

    [Fact]
    public Task A_rank_does_not_fit_someone_only_of_the_same_kind() => Converse(
        ("what did the chief constable say", ["No one named", "not quoted", "mentioned"], ["Ellis said:"]));

    [Fact]
    public Task A_word_written_before_a_name_describes_them() => Converse(
        Step("what did the widow say", "eight o'clock boat"));

    [Fact]
    public Task Who_called_it_a_name_is_who_said_those_words() => Converse(
        ("who called the operator greedy", ["Owen Hale"], ["talked about", "Ferreira"]));

    [Fact]
    public Task Who_else_after_a_question_with_no_words_lists_the_others_quoted() => Converse(
        Step("what did brandt say", "Fuel has doubled"),
        Step("where did she say it", "Alder Gazette"),
        ("who else", ["Ferreira", "Hale", "Pike"], ["Nadia Brandt (chief executive) said"]));

    [Fact]
    public Task When_did_she_say_it_gives_the_sentence_that_names_a_time() => Converse(
        Step("what did brandt say", "Fuel has doubled"),
        Step("when did she say it", "Thursday morning"));

    [Fact]
    public Task A_state_in_a_party_code_is_where_the_lawmaker_is_from() => Converse(_locks,
        Step("what did the rep from wisconsin say", "fix the locks"));

    [Fact]
    public Task An_abbreviated_plural_title_before_a_name_gives_the_role() => Converse(_locks,
        Step("any senator talk about the cost", "Grady"));

    [Fact]
    public Task A_given_name_the_article_writes_once_in_full_is_the_speaker_of_that_surname() => Converse(_locks,
        Step("what did tessa say", "long overdue", "years ago"));

    [Fact]
    public Task A_typed_state_code_is_the_state() => Converse(_locks,
        Step("what did the ny congressman say", "overdue by a decade"));

    [Fact]
    public Task Initials_may_be_of_the_first_words_of_a_name() => Converse(_locks,
        Step("what did the nyu professor say", "sensible first step"));

    [Fact]
    public Task To_whom_gives_the_sentence_that_says_whom_they_told() => Converse(_locks,
        Step("what did lowe say", "fix the locks"),
        Step("to whom?", "Milwaukee Ledger"));

    [Fact]
    public Task Where_did_he_say_these_words_is_about_the_quote_with_them() => Converse(_locks,
        Step("what did grady say", "spend money"),
        Step("where did he say the locks can last one more winter", "WXRV"));

    [Fact]
    public async Task And_when_asks_when_of_what_was_just_said()
    {
        var reply = (await _ferry.NewConversation().SendAsync("what did brandt say and when")).Text;
        var parts = reply.Split("\n\n");
        Assert.Contains("Fuel has doubled", parts[0]);
        Assert.Contains(parts.Skip(1), p => p.Contains("Thursday morning", StringComparison.Ordinal));
    }
}

/// <summary>How the follow-ups and shortcuts reporters type are read.</summary>
public class TeamsPhrasingReaderTests
{
    [Theory]
    [InlineData("exact words?", null)]
    [InlineData("the full quote", null)]
    [InlineData("verbatim?", null)]
    [InlineData("word for word", null)]
    [InlineData("what were his exact words", null)]
    [InlineData("kerry's exact quote", "kerry")]
    [InlineData("the australian pm's full quote", "australian pm")]
    public void A_request_for_the_exact_words_is_read_as_one(string question, string? speaker)
    {
        var reading = QuestionReader.Read(question);
        Assert.Equal(Ask.Exact, reading.Ask);
        Assert.Equal(speaker, reading.Speaker);
    }

    [Fact]
    public void A_quote_with_a_word_of_exactness_in_it_is_still_a_quote() =>
        Assert.NotEqual(Ask.Exact, QuestionReader.Read("who said the full picture is not clear").Ask);

    [Fact]
    public void Any_kind_of_speaker_with_did_left_out_asks_who_of_that_kind()
    {
        var reading = QuestionReader.Read("any senator talk about breaking up the bank");
        Assert.Equal(Ask.WhoSaid, reading.Ask);
        Assert.Equal("senator", reading.Restriction);
        Assert.True(reading.Several);
    }

    [Fact]
    public void Any_reaction_from_someone_is_not_a_kind_of_speaker() =>
        Assert.Null(QuestionReader.Read("any reaction from the league").Restriction);

    [Fact]
    public void A_clause_of_time_after_the_pronoun_is_not_the_speaker()
    {
        var reading = QuestionReader.Read("where was she when she said it");
        Assert.Equal(Ask.Where, reading.Ask);
        Assert.True(reading.SpeakerIsPronoun);
        Assert.Null(reading.Speaker);
    }

    [Fact]
    public void A_possessive_typed_without_its_apostrophe_names_the_speaker()
    {
        var reading = QuestionReader.Read("trumps take on nato");
        Assert.Equal(Ask.WhatSaid, reading.Ask);
        Assert.Equal("trump", reading.Speaker);
        Assert.Equal("nato", reading.Topic);
    }

    [Theory]
    [InlineData("anything else from him", null)]
    [InlineData("more from kamin", "kamin")]
    [InlineData("what else from the mayor", "the mayor")]
    public void Anything_else_from_someone_asks_what_else_they_said(string question, string? speaker)
    {
        var reading = QuestionReader.Read(question);
        Assert.Equal(Ask.WhatSaid, reading.Ask);
        Assert.True(reading.Else);
        Assert.Equal(speaker, reading.Speaker);
        Assert.Equal(speaker is null, reading.SpeakerIsPronoun);
    }

    [Fact]
    public void A_description_and_a_word_for_quotes_asks_what_they_said()
    {
        var reading = QuestionReader.Read("tax foundation economist quote");
        Assert.Equal(Ask.WhatSaid, reading.Ask);
        Assert.Equal("tax foundation economist", reading.Speaker);
    }

    [Fact]
    public void When_did_she_say_it_asks_for_the_time() => Assert.True(QuestionReader.Read("when did she say it").AsksWhen);

    [Fact]
    public void A_question_word_alone_after_and_is_a_question_of_its_own() =>
        Assert.Equal(["what did brandt say", "when did they say it"], CompoundQuestion.Parts("what did brandt say and when"));

    [Theory]
    [InlineData("the australian pm", "the australian prime minister")]
    [InlineData("the ag's", "the attorney general's")]
    [InlineData("the mayor", "the mayor")]
    [InlineData("the ny congressman", "the new york congressman")]
    [InlineData("the guy in the office", "the guy in the office")]
    public void Abbreviated_role_words_are_written_out(string typed, string expanded) => Assert.Equal(expanded, RoleWords.Expanded(typed));
}
