using NewsBot.Dialogs.Language;

namespace NewsBot.Dialogs.Tests;

public class RecognizerTests
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
        var intent = Recognizer.Recognize(question);
        Assert.Equal(IntentKind.WhoSaid, intent.Kind);
        Assert.Equal(fragment, intent.Fragment);
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
        var intent = Recognizer.Recognize(question);
        Assert.Equal(IntentKind.WhatSaid, intent.Kind);
        Assert.Equal(name, intent.Name);
        Assert.Equal(topic, intent.Topic);
    }

    [Fact]
    public void A_say_verb_names_the_medium()
    {
        Assert.Equal("Twitter", Recognizer.Recognize("what did zelenskyy tweet").Medium);
        Assert.Equal("Twitter", Recognizer.Recognize("Who tweeted?").Medium);
        Assert.Equal(IntentKind.WhoUsedMedium, Recognizer.Recognize("Who tweeted?").Kind);
    }

    [Theory]
    [InlineData("Who is Hua Chunying?", IntentKind.WhoIs, "Hua Chunying")]
    [InlineData("who's kirby", IntentKind.WhoIs, "kirby")]
    [InlineData("tell me about Andriy Yermak", IntentKind.WhoIs, "Andriy Yermak")]
    [InlineData("Who is he?", IntentKind.WhoIs, null)]
    [InlineData("who is she", IntentKind.WhoIs, null)]
    [InlineData("What else did she say?", IntentKind.WhatElse, null)]
    [InlineData("what else did Kirby say", IntentKind.WhatElse, "Kirby")]
    [InlineData("Where did she say it?", IntentKind.WhereSaid, null)]
    [InlineData("how did Hua say that", IntentKind.WhereSaid, "Hua")]
    [InlineData("where did kirby say that", IntentKind.WhereSaid, "kirby")]
    public void Speaker_questions_and_follow_ups(string question, IntentKind kind, string? name)
    {
        var intent = Recognizer.Recognize(question);
        Assert.Equal(kind, intent.Kind);
        Assert.Equal(name, intent.Name);
    }

    [Theory]
    [InlineData("Who is quoted in this article?", IntentKind.WhoQuoted)]
    [InlineData("who was quoted", IntentKind.WhoQuoted)]
    [InlineData("list the speakers", IntentKind.WhoQuoted)]
    [InlineData("who are the sources", IntentKind.WhoQuoted)]
    [InlineData("how many quotes are there?", IntentKind.HowManyQuotes)]
    [InlineData("How many people are quoted?", IntentKind.HowManySpeakers)]
    [InlineData("help", IntentKind.Help)]
    [InlineData("What can I ask?", IntentKind.Help)]
    [InlineData("hello", IntentKind.Greeting)]
    [InlineData("thanks", IntentKind.Thanks)]
    [InlineData("more", IntentKind.More)]
    [InlineData("next", IntentKind.More)]
    [InlineData("zzz qqq", IntentKind.Unknown)]
    public void Question_kinds(string question, IntentKind kind)
    {
        Assert.Equal(kind, Recognizer.Recognize(question).Kind);
    }

    [Theory]
    [InlineData("Who talked about a ceasefire?", "a ceasefire")]
    [InlineData("Who said anything about weapons?", "weapons")]
    [InlineData("who mentioned the economy", "the economy")]
    [InlineData("who spoke about taxes", "taxes")]
    public void Who_talked_about_gets_the_topic(string question, string topic)
    {
        var intent = Recognizer.Recognize(question);
        Assert.Equal(IntentKind.WhoTalkedAbout, intent.Kind);
        Assert.Equal(topic, intent.Topic);
    }

    [Fact]
    public void How_many_quotes_by_someone_keeps_the_name()
    {
        var intent = Recognizer.Recognize("how many times was Kirby quoted");
        Assert.Equal(IntentKind.HowManyQuotes, intent.Kind);
        Assert.Equal("Kirby", intent.Name);
        Assert.Equal("", Recognizer.Recognize("how many quotes are in the article").Name);
    }
}
