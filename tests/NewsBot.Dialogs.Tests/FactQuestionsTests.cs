using NewsBot.Dialogs.Understanding;

namespace NewsBot.Dialogs.Tests;

/// <summary>
/// Questions about what happened ("how many…", "why is…", "when will…") are answered with the article's own
/// sentence and whom it attributes it to; "who announced it?" then names that source. Descriptions people type
/// that the article writes otherwise find their person: initials ("the WFP", "the BC premier"), a noun for what
/// someone does ("the farmer" of "who farms"), the role word itself over one only of the same kind.
/// </summary>
public sealed class FactQuestionsTests : IDisposable
{
    private const string Floods = """
        Dunmore to build two flood walls after river bursts its banks

        The town of Dunmore will build two flood walls along the Avon Brook by 2028, the regional water authority said on Tuesday, after floods damaged 340 homes last month.

        "We cannot ask families to rebuild in the same place without protection," said Elena Marsh, the authority's chief engineer. The walls will cost 18 million pounds, she said.

        Rory Quinn, who farms sheep on the flood plain south of the town, said he had lost forty animals. Forty of his sheep were killed by the water. "The water came up faster than anyone had warned us," he said.

        Idris Vale, the chairman of the Coastal Flood Forum, said smaller villages downstream had been forgotten.

        The Regional Water Authority's finance secretary, Hilda Brenn, said the money would come from a national resilience fund. "Not a penny of it falls on local rates," Brenn said.

        Engineering work is expected to begin in the spring.

        Union leader Joan Pellow said the builders would need a 35-hour week. Tomas Grey, who owns a bakery on Mill Lane, said he had lost a month of trade. "The flour got wet," Grey said.

        Weather forecaster Idun Maar said more rain would fall on Friday.

        Sunita Rao, a 19-year-old from Leeds who hopes to study engineering, said she would apply to work on the walls.
        """;

    private readonly InProcessBot _floods = InventedNews.Bot(Floods);

    public void Dispose() => _floods.Dispose();

    private async Task<string> FirstParagraph(params string[] questions)
    {
        var conversation = _floods.NewConversation();
        string reply = "";
        foreach (var question in questions) reply = (await conversation.SendAsync(question)).Text;
        return reply.Split("\n\n")[0];
    }

    [Theory]
    [InlineData("how many homes were damaged?", "340 homes")]
    [InlineData("how much will the walls cost", "18 million pounds")]
    [InlineData("when will work begin?", "in the spring")]
    [InlineData("why is dunmore building flood walls", "floods damaged 340 homes")]
    [InlineData("how many animals did he lose", "forty animals")]
    [InlineData("how many sheep died?", "sheep were killed")]
    public async Task A_question_of_fact_is_answered_with_the_articles_sentence(string question, string expected)
    {
        var first = await FirstParagraph(question);
        Assert.Contains(expected, first, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_answer_says_whom_the_article_attributes_the_fact_to_and_who_follows_on()
    {
        Assert.Contains("water authority", await FirstParagraph("how many flood walls will dunmore build"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Marsh", await FirstParagraph("how much will the walls cost according to the article", "who said that"), StringComparison.Ordinal);
        Assert.Contains("Brenn", await FirstParagraph("what did the finance secretary say", "who said that?"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fact_the_article_does_not_hold_is_said_to_be_missing()
    {
        var first = await FirstParagraph("how many people died in the earthquake in peru?");
        Assert.Contains("couldn't find", first, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("how many people are quoted?", Ask.Quoted)]
    [InlineData("how many quotes does marsh have", Ask.CountQuotes)]
    [InlineData("why did he say that?", Ask.Why)]
    [InlineData("how many people spoke", Ask.Quoted)]
    [InlineData("how many homes were damaged", Ask.Fact)]
    [InlineData("when will the results be announced", Ask.Fact)]
    [InlineData("how many people were evacuated", Ask.Fact)]
    [InlineData("why did she do so", Ask.Why)]
    public void Questions_about_quotes_stay_questions_about_quotes(string question, Ask ask) =>
        Assert.Equal(ask, QuestionReader.Read(question).Ask);

    [Fact]
    public void According_to_a_source_names_the_speaker()
    {
        var reading = QuestionReader.Read("how many homes were damaged according to the authority?");
        Assert.Equal(Ask.Fact, reading.Ask);
        Assert.Equal("the authority", reading.Speaker);
        Assert.Null(QuestionReader.Read("how many homes were damaged according to the article?").Speaker);
    }

    [Theory]
    [InlineData("what did the farmer say?", "Quinn")]
    [InlineData("what did the CFF chairman say", "Vale")]
    [InlineData("what did the chief engineer say", "Marsh")]
    [InlineData("what did the RWA finance secretary say", "Brenn")]
    public async Task A_description_typed_otherwise_finds_its_person(string question, string speaker)
    {
        var first = await FirstParagraph(question);
        Assert.Contains(speaker, first, StringComparison.Ordinal);
        Assert.DoesNotContain("No one", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who leads the union?", "Pellow")]
    [InlineData("what did the baker say", "Grey")]
    [InlineData("what did the student from leeds say", "Rao")]
    [InlineData("did anyone from the fire brigade comment?", "No one named")]
    [InlineData("what is the union asking for", "Pellow")]
    [InlineData("what did the forecaster say", "Maar")]
    public async Task Questions_as_people_ask_them_about_roles_and_places(string question, string expected)
    {
        var first = await FirstParagraph(question);
        Assert.Contains(expected, first, StringComparison.Ordinal);
    }
}
