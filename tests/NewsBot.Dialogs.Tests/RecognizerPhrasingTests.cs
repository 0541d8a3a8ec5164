using NewsBot.Dialogs.Understanding;

namespace NewsBot.Dialogs.Tests;

/// <summary>The phrasings the first recognizer was tested on, read by the question reader.</summary>
public class RecognizerPhrasingTests
{
    [Theory]
    [InlineData("Who said dialogue is important?", "dialogue is important")]
    [InlineData("who said \"China did not create the Ukraine crisis\"", "China did not create the Ukraine crisis")]
    [InlineData("Who said “to avail themselves”?", "to avail themselves")]
    [InlineData("who said that taxes will rise", "taxes will rise")]
    [InlineData("Whose words are \"bold but affordable\"?", "bold but affordable")]
    [InlineData("can you tell me who said the plan was bold", "the plan was bold")]
    [InlineData("\"bold but affordable\"", "bold but affordable")]
    public void Who_said_keeps_the_fragment_in_the_users_words(string question, string fragment)
    {
        var intent = QuestionReader.Read(question);
        Assert.Equal(Ask.WhoSaid, intent.Ask);
        Assert.Equal(fragment, intent.Content ?? intent.Quoted);
    }

    [Theory]
    [InlineData("What did Kirby say?", "Kirby", null)]
    [InlineData("what did john kirby say about the call", "john kirby", "the call")]
    [InlineData("what did zelenskyy tweet", "zelenskyy", null)]
    [InlineData("What has the Biden administration said about weapons?", "the Biden administration", "weapons")]
    [InlineData("quotes by Hua", "Hua", null)]
    [InlineData("Kirby's quotes", "Kirby", null)]
    [InlineData("did Yermak say anything about China", "Yermak", "China")]
    public void What_did_X_say_gets_the_name_and_topic(string question, string name, string? topic)
    {
        var intent = QuestionReader.Read(question);
        Assert.Equal(Ask.WhatSaid, intent.Ask);
        Assert.Equal(name, intent.Speaker);
        Assert.Equal(topic, intent.Topic);
    }

    [Fact]
    public void A_say_verb_names_the_medium()
    {
        Assert.Equal("Twitter", QuestionReader.Read("what did zelenskyy tweet").Medium);
        Assert.Equal("Twitter", QuestionReader.Read("Who tweeted?").Medium);
        Assert.Equal(Ask.Medium, QuestionReader.Read("Who tweeted?").Ask);
    }

    [Theory]
    [InlineData("Who is Hua Chunying?", Ask.WhoIs, "Hua Chunying")]
    [InlineData("who's kirby", Ask.WhoIs, "kirby")]
    [InlineData("tell me about Andriy Yermak", Ask.WhoIs, "Andriy Yermak")]
    [InlineData("Who is he?", Ask.WhoIs, null)]
    [InlineData("who is she", Ask.WhoIs, null)]
    [InlineData("What else did she say?", Ask.WhatSaid, null)]
    [InlineData("what else did Kirby say", Ask.WhatSaid, "Kirby")]
    [InlineData("Where did she say it?", Ask.Where, null)]
    [InlineData("how did Hua say that", Ask.Where, "Hua")]
    [InlineData("where did kirby say that", Ask.Where, "kirby")]
    public void Speaker_questions_and_follow_ups(string question, Ask kind, string? name)
    {
        var intent = QuestionReader.Read(question);
        Assert.Equal(kind, intent.Ask);
        Assert.Equal(name, intent.Speaker);
    }

    [Theory]
    [InlineData("Who is quoted in this article?", Ask.Quoted)]
    [InlineData("who was quoted", Ask.Quoted)]
    [InlineData("list the speakers", Ask.Quoted)]
    [InlineData("who are the sources", Ask.Quoted)]
    [InlineData("how many quotes are there?", Ask.CountQuotes)]
    [InlineData("How many people are quoted?", Ask.Quoted)]
    [InlineData("help", Ask.Help)]
    [InlineData("What can I ask?", Ask.Help)]
    [InlineData("hello", Ask.Greeting)]
    [InlineData("thanks", Ask.Thanks)]
    [InlineData("more", Ask.More)]
    [InlineData("next", Ask.More)]
    [InlineData("zzz qqq", Ask.Unknown)]
    public void Question_kinds(string question, Ask kind)
    {
        Assert.Equal(kind, QuestionReader.Read(question).Ask);
    }

    [Theory]
    [InlineData("Who talked about a ceasefire?", "a ceasefire")]
    [InlineData("Who said anything about weapons?", "weapons")]
    [InlineData("who mentioned the economy", "the economy")]
    [InlineData("who spoke about taxes", "taxes")]
    public void Who_talked_about_gets_the_topic(string question, string topic)
    {
        var intent = QuestionReader.Read(question);
        Assert.Equal(Ask.WhoSaid, intent.Ask);
        Assert.Equal(topic, intent.Topic);
    }

    [Fact]
    public void How_many_quotes_by_someone_keeps_the_name()
    {
        var intent = QuestionReader.Read("how many times was Kirby quoted");
        Assert.Equal(Ask.CountQuotes, intent.Ask);
        Assert.Equal("Kirby", intent.Speaker);
        Assert.Null(QuestionReader.Read("how many quotes are in the article").Speaker);
    }
}
