using NewsBot.Dialogs.Understanding;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Tests;

/// <summary>Questions as newsroom people type them, read for their parts: several phrasings per family, written for these tests.</summary>
public class QuestionReaderTests
{
    private static Reading Read(string question) => QuestionReader.Read(question);

    [Theory]
    [InlineData("who said the ferry fares will go up", "the ferry fares will go up", "say")]
    [InlineData("Who said that the ferry fares will go up?", "the ferry fares will go up", "say")]
    [InlineData("WHO SAYS THE FARES WILL RISE", "THE FARES WILL RISE", "say")]
    [InlineData("who has said the fares will rise", "the fares will rise", "say")]
    [InlineData("who denied leaking the budget memo?", "leaking the budget memo", "deny")]
    [InlineData("who accused the mayor of lying to voters", "the mayor of lying to voters", "accuse")]
    [InlineData("who conceded the bridge was late", "the bridge was late", "concede")]
    [InlineData("who promised the ferries would be on time", "the ferries would be on time", "promise")]
    [InlineData("who warned that tolls would hurt shops", "tolls would hurt shops", "warn")]
    [InlineData("who is quoted as saying the port is dying", "the port is dying", null)]
    [InlineData("who called for a new harbour survey", "a new harbour survey", "call")]
    [InlineData("who pointed to the rising costs of fuel", "the rising costs of fuel", "pointed to")]
    [InlineData("who used to say we live in a small town", "we live in a small town", "say")]
    [InlineData("can you tell me who said the plan was bold", "the plan was bold", "say")]
    [InlineData("ok so who doubted the court would act", "doubted the court would act", null)]
    [InlineData("whose words are \"bold but affordable\"", "\"bold but affordable", null)]
    public void Who_said_with_any_reporting_verb_keeps_the_words_and_the_verb(string question, string content, string? verb)
    {
        var reading = Read(question);
        Assert.Equal(Ask.WhoSaid, reading.Ask);
        Assert.Equal(content.Trim('"'), reading.Content?.Trim('"'));
        if (verb is not null) Assert.Equal(verb, reading.Verb);
    }

    [Theory]
    [InlineData("who's the one who said the fares will rise", "the fares will rise")]
    [InlineData("who was it that denied the memo existed?", "the memo existed")]
    [InlineData("who is the official that warned the bridge was unsafe", "the bridge was unsafe")]
    public void Cleft_questions_ask_who_said_it(string question, string content)
    {
        var reading = Read(question);
        Assert.Equal(Ask.WhoSaid, reading.Ask);
        Assert.Equal(content, reading.Content);
    }

    [Theory]
    [InlineData("what did Marquez have to say", "Marquez")]
    [InlineData("what has the mayor got to say about tolls", "the mayor")]
    [InlineData("anything from Okafor?", "Okafor")]
    public void What_someone_had_to_say(string question, string speaker)
    {
        var reading = Read(question);
        Assert.Equal(Ask.WhatSaid, reading.Ask);
        Assert.Equal(speaker, reading.Speaker);
    }

    [Theory]
    [InlineData("who are the people in this story")]
    [InlineData("who is in the article?")]
    public void Who_is_in_the_story_is_who_is_quoted(string question) => Assert.Equal(Ask.Quoted, Read(question).Ask);

    [Theory]
    [InlineData("what do people say about the tolls", "the tolls")]
    [InlineData("what does everyone say about the ferry", "the ferry")]
    public void What_people_say_about_a_topic_asks_who_talked_about_it(string question, string topic)
    {
        var reading = Read(question);
        Assert.Equal(Ask.WhoSaid, reading.Ask);
        Assert.Equal(topic, reading.Topic);
    }

    [Theory]
    [InlineData("which senator said the bill is dead", "senator", "the bill is dead")]
    [InlineData("Which official warned about the storm?", "official", null)]
    [InlineData("which democrats pushed back on the contempt vote", "democrats", null)]
    public void A_restricted_wh_word_names_the_kind_of_speaker(string question, string restriction, string? content)
    {
        var reading = Read(question);
        Assert.Equal(Ask.WhoSaid, reading.Ask);
        Assert.Equal(restriction, reading.Restriction);
        if (content is not null) Assert.Equal(content, reading.Content);
    }

    [Theory]
    [InlineData("who talked about the ferry", "the ferry")]
    [InlineData("who spoke about taxes?", "taxes")]
    [InlineData("who commented on the strike", "the strike")]
    [InlineData("who said anything about weapons", "weapons")]
    [InlineData("did anyone criticise the mayor?", "the mayor")]
    [InlineData("has anybody praised the new bridge", "the new bridge")]
    [InlineData("who joked about the weather", "the weather")]
    [InlineData("who else talked about the harbour plan?", "the harbour plan")]
    [InlineData("who else is quoted about the plan?", "the plan")]
    [InlineData("what was said about the budget", "the budget")]
    public void Who_talked_about_a_topic_gets_the_topic(string question, string topic)
    {
        var reading = Read(question);
        Assert.Equal(Ask.WhoSaid, reading.Ask);
        Assert.Equal(topic, reading.Topic);
    }

    [Theory]
    [InlineData("What did Kirby say?", "Kirby", null)]
    [InlineData("what did the port director say about fuel", "the port director", "fuel")]
    [InlineData("what has Marquez been saying about the ferry", "Marquez", "the ferry")]
    [InlineData("tell me what marquez said about fishermen", "marquez", "fishermen")]
    [InlineData("what did okafor tell reporters about the plan", "okafor", "the plan")]
    [InlineData("what did okafor tell reporters", "okafor", null)]
    [InlineData("what did the mayor tell ABC radio?", "the mayor", null)]
    [InlineData("what did marquez tell the committee on fuel", "marquez", "fuel")]
    [InlineData("what did the mayor call the plan?", "the mayor", "the plan")]
    [InlineData("what does Park think about the vote", "Park", "the vote")]
    [InlineData("what's Okafor's take on the tolls", "Okafor", "the tolls")]
    [InlineData("what is the mayor's position on tolls?", "the mayor", "tolls")]
    [InlineData("Okafor's comments about the ferry", "Okafor", "the ferry")]
    [InlineData("quotes by Grace Park", "Grace Park", null)]
    [InlineData("show me the statements from the harbor business association", "the harbor business association", null)]
    [InlineData("what did the police chief promise", "the police chief", null)]
    [InlineData("what questions did the senator say voters should ask", "the senator", "questions voters should ask")]
    [InlineData("what promise did the mayor say she would keep", "the mayor", "promise she would keep")]
    [InlineData("what else did the senator say about taxes", "the senator", "taxes")]
    [InlineData("what did judge lee write", "judge lee", null)]
    [InlineData("did Okafor say anything about fuel?", "Okafor", "fuel")]
    [InlineData("how did the mayor respond to the strike", "the mayor", "the strike")]
    [InlineData("what was Marquez quoted as saying", "Marquez", null)]
    public void What_did_X_say_gets_the_speaker_and_the_topic(string question, string speaker, string? topic)
    {
        var reading = Read(question);
        Assert.Equal(Ask.WhatSaid, reading.Ask);
        Assert.Equal(speaker, reading.Speaker);
        Assert.Equal(topic, reading.Topic);
    }

    [Theory]
    [InlineData("what else did she say?", Gender.Female)]
    [InlineData("what did he say about the budget", Gender.Male)]
    [InlineData("what does this person think", Gender.Unknown)]
    public void Pronouns_refer_back_with_their_gender(string question, Gender gender)
    {
        var reading = Read(question);
        Assert.Equal(Ask.WhatSaid, reading.Ask);
        Assert.True(reading.SpeakerIsPronoun);
        Assert.Null(reading.Speaker);
        Assert.Equal(gender, reading.PronounGender);
    }

    [Theory]
    [InlineData("what did zelenskyy tweet", "Twitter")]
    [InlineData("what did Okafor say on twitter", "Twitter")]
    [InlineData("what did the association say in a statement", "a statement")]
    public void The_medium_asked_about_is_read(string question, string medium) => Assert.Equal(medium, Read(question).Medium);

    [Theory]
    [InlineData("who tweeted?")]
    [InlineData("Who posted?")]
    public void Who_used_a_medium(string question) => Assert.Equal(Ask.Medium, Read(question).Ask);

    [Theory]
    [InlineData("Who is Grace Park?", "Grace Park")]
    [InlineData("who's okafor", "okafor")]
    [InlineData("who was the port director", "the port director")]
    [InlineData("tell me about Samuel Okafor", "Samuel Okafor")]
    [InlineData("what is Okafor's role", "Okafor")]
    [InlineData("what's the job of Daniel Park", "Daniel Park")]
    [InlineData("what role does Marquez play", "Marquez")]
    [InlineData("what does Okafor do", "Okafor")]
    [InlineData("Marquez's job?", "Marquez")]
    [InlineData("where is Okafor from", "Okafor")]
    [InlineData("wheres the port director from?", "the port director")]
    public void Who_is_and_role_questions_name_the_person(string question, string speaker)
    {
        var reading = Read(question);
        Assert.Equal(Ask.WhoIs, reading.Ask);
        Assert.Equal(speaker, reading.Speaker);
    }

    [Theory]
    [InlineData("who is he?")]
    [InlineData("what's her role")]
    [InlineData("what is his job?")]
    [InlineData("wheres she from")]
    [InlineData("whats her job")]
    public void Who_is_a_pronoun_refers_back(string question)
    {
        var reading = Read(question);
        Assert.Equal(Ask.WhoIs, reading.Ask);
        Assert.True(reading.SpeakerIsPronoun);
    }

    [Theory]
    [InlineData("where did he say that", null)]
    [InlineData("Where did she say it?", null)]
    [InlineData("how did Okafor say it", "Okafor")]
    [InlineData("when did the mayor say that", "the mayor")]
    [InlineData("where was he speaking", null)]
    [InlineData("and where did marquez say hers?", "marquez")]
    [InlineData("where did Okafor announce it", "Okafor")]
    [InlineData("who did she tell?", null)]
    [InlineData("who did the mayor tell", "the mayor")]
    [InlineData("who was Okafor talking to", "Okafor")]
    [InlineData("who did he say it to", null)]
    [InlineData("to whom did marquez speak", "marquez")]
    public void Where_did_X_say_it(string question, string? speaker)
    {
        var reading = Read(question);
        Assert.Equal(Ask.Where, reading.Ask);
        Assert.Equal(speaker, reading.Speaker);
        Assert.Equal(speaker is null, reading.SpeakerIsPronoun);
    }

    [Theory]
    [InlineData("did Marquez say the city would not pour money into the port?", "Marquez", "the city would not pour money into the port")]
    [InlineData("did okafor really say the plan was bold", "okafor", "the plan was bold")]
    [InlineData("Did Park actually claim the vote came too fast", "Park", "the vote came too fast")]
    [InlineData("is it true that Marquez said nobody will pay more than two dollars", "Marquez", "nobody will pay more than two dollars")]
    [InlineData("did the mayor say \"build a ferry network\"?", "the mayor", "\"build a ferry network\"")]
    public void Did_X_say_these_words_is_a_check(string question, string speaker, string content)
    {
        var reading = Read(question);
        Assert.Equal(Ask.Check, reading.Ask);
        Assert.Equal(speaker, reading.Speaker);
        Assert.Equal(content.Trim('"'), reading.Content?.Trim('"', '?'));
    }

    [Theory]
    [InlineData("why did Okafor say the plan was bold", "Okafor")]
    [InlineData("why did she say that?", null)]
    public void Why_questions_keep_the_speaker(string question, string? speaker)
    {
        var reading = Read(question);
        Assert.Equal(Ask.Why, reading.Ask);
        Assert.Equal(speaker, reading.Speaker);
    }

    [Theory]
    [InlineData("who was quoted", null, false)]
    [InlineData("Who is quoted in this article?", null, false)]
    [InlineData("list everyone who is quoted", null, false)]
    [InlineData("who's quoted in this one", null, false)]
    [InlineData("which officials are quoted", "officials", false)]
    [InlineData("who else is quoted?", null, true)]
    [InlineData("how many people are quoted", null, false)]
    [InlineData("so how many people are quoted in this story?", null, false)]
    [InlineData("who are the sources", null, false)]
    [InlineData("which senators spoke?", "senators", false)]
    [InlineData("who commented?", null, false)]
    public void Who_is_quoted(string question, string? restriction, bool others)
    {
        var reading = Read(question);
        Assert.Equal(Ask.Quoted, reading.Ask);
        Assert.Equal(restriction, reading.Restriction);
        Assert.Equal(others, reading.Else);
    }

    [Theory]
    [InlineData("anyone else say the audit should be published?", "the audit should be published")]
    [InlineData("did anyone else say the audit should be published", "the audit should be published")]
    [InlineData("did anybody else criticise the plan?", null)]
    [InlineData("somebody else warn about the storm?", null)]
    public void Anyone_else_asks_who_else_said_it(string question, string? content)
    {
        var reading = Read(question);
        Assert.Equal(Ask.WhoSaid, reading.Ask);
        Assert.True(reading.Else);
        Assert.True(reading.Several);
        Assert.Null(reading.Speaker);
        if (content is not null) Assert.Equal(content, reading.Content);
    }

    [Theory]
    [InlineData("how many quotes are there?", null)]
    [InlineData("how many times was Okafor quoted", "Okafor")]
    [InlineData("how many quotes by Marquez", "Marquez")]
    [InlineData("how often is the mayor quoted", "the mayor")]
    public void How_many_quotes(string question, string? speaker)
    {
        var reading = Read(question);
        Assert.Equal(Ask.CountQuotes, reading.Ask);
        Assert.Equal(speaker, reading.Speaker);
    }

    [Theory]
    [InlineData("what is this article about?")]
    [InlineData("what's the story about")]
    [InlineData("summarise the article")]
    [InlineData("give me a summary")]
    [InlineData("what is it about")]
    public void What_the_article_is_about(string question) => Assert.Equal(Ask.About, Read(question).Ask);

    [Fact]
    public void A_statement_turned_into_a_question_is_what_they_said_not_words_to_check()
    {
        var reading = Read("Okafor said what about the tolls?");
        Assert.Equal(Ask.WhatSaid, reading.Ask);
        Assert.Equal("Okafor", reading.Speaker);
        Assert.Equal("the tolls", reading.Topic);
        Assert.Equal(Ask.Check, Read("Okafor said the tolls were fair?").Ask);
    }

    [Theory]
    [InlineData("and Okafor?", "Okafor")]
    [InlineData("what about the mayor", "the mayor")]
    [InlineData("how about Grace Park?", "Grace Park")]
    [InlineData("And Park too?", "Park")]
    public void And_someone_asks_the_question_again(string question, string speaker)
    {
        var reading = Read(question);
        Assert.Equal(Ask.Again, reading.Ask);
        Assert.Equal(speaker, reading.Speaker);
    }

    [Theory]
    [InlineData("more", Ask.More)]
    [InlineData("what else", Ask.More)]
    [InlineData("go on", Ask.More)]
    [InlineData("help", Ask.Help)]
    [InlineData("what can I ask?", Ask.Help)]
    [InlineData("hello", Ask.Greeting)]
    [InlineData("thanks!", Ask.Thanks)]
    public void Small_requests(string question, Ask ask) => Assert.Equal(ask, Read(question).Ask);

    [Theory]
    [InlineData("Okafor on the tolls?", "Okafor", "the tolls")]
    [InlineData("marquez about fishermen", "marquez", "fishermen")]
    public void A_name_then_a_topic_is_read_for_both(string question, string speaker, string topic)
    {
        var reading = Read(question);
        Assert.Equal(speaker, reading.Speaker);
        Assert.Equal(topic, reading.Topic);
    }

    [Fact]
    public void Words_in_quotation_marks_are_kept()
    {
        Assert.Equal("bold but affordable", Read("\u201cbold but affordable\u201d").Quoted);
        Assert.Equal(Ask.WhoSaid, Read("\"bold but affordable\"").Ask);
    }

    [Theory]
    [InlineData("what did Holm say and where did he say it?", 2)]
    [InlineData("who said the night shift is losing drivers, and what else did she say", 2)]
    [InlineData("who is Okafor and what did he say about the ferry", 2)]
    [InlineData("who said the plan is cheap and is fast", 1)]
    [InlineData("who said \"tolls and fees\" and who agreed", 1)]
    [InlineData("what did the mayor and the port director say", 1)]
    [InlineData("who criticised the budget and the plan", 1)]
    public void A_compound_question_splits_into_questions_that_stand_alone(string question, int parts) =>
        Assert.Equal(parts, CompoundQuestion.Parts(question).Count);

    [Theory]
    [InlineData("who talked about McConnell's role", "McConnell's role")]
    [InlineData("who spoke about the mayor's job", "the mayor's job")]
    public void A_topic_ending_in_a_role_noun_is_no_who_is(string question, string topic)
    {
        var reading = Read(question);
        Assert.Equal(Ask.WhoSaid, reading.Ask);
        Assert.Equal(topic, reading.Topic);
    }
}
