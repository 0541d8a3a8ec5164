using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>
/// Sources news names only by what they are: "a person familiar with the talks", "officials briefed on the plan",
/// "a report published Wednesday", "people who have followed the case", before the cue or after it. The statement is found, and its speaker is that phrase.
/// </summary>
public class UnnamedSourceTests
{
    private static ArticleQuotes Analyze(string sentence) => QuoteEngine.AnalyzeText("Port deal nears\n\nThe harbour was quiet on Monday.\n\n" + sentence);

    private static Quote Single(ArticleQuotes result, string containing)
        => Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal));

    private static string SpeakerOf(ArticleQuotes result, Quote quote) => result.SpeakerOf(quote)?.Name ?? "(none)";

    [Theory]
    [InlineData("A person familiar with the talks said the deal was close.", "person")]
    [InlineData("A person familiar with the planning for Thursday's meeting says the deal is close.", "person")]
    [InlineData("Two people close to the minister said the deal was close.", "people")]
    [InlineData("A source involved in the talks said the deal was close.", "source")]
    [InlineData("One official briefed on the negotiations said the deal was close.", "official")]
    [InlineData("Multiple sources privy to the negotiations say the deal is close.", "sources")]
    [InlineData("A report published Wednesday said the deal was close.", "report")]
    [InlineData("People who have followed the negotiations say the deal is close.", "People")]
    [InlineData("But a diplomat knowledgeable about the talks said the deal was close.", "diplomat")]
    [InlineData("An official who asked not to be named said the deal was close.", "official")]
    [InlineData("A diplomat who requested not to be identified told reporters the deal was close.", "diplomat")]
    [InlineData("A source who declined to be named said the deal was close.", "source")]
    [InlineData("Three officials who spoke on condition of anonymity said the deal was close.", "officials")]
    public void A_source_described_after_its_noun_is_the_speaker(string sentence, string head)
    {
        var result = Analyze(sentence);
        var quote = Single(result, "deal");
        Assert.StartsWith("the deal", quote.Text);
        Assert.Contains(head, SpeakerOf(result, quote), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("“The deal is close,” said a person familiar with the talks.", "person")]
    [InlineData("“The deal is close,” says a source involved in the negotiations.", "source")]
    [InlineData("“The deal is close,” said two officials briefed on the plan.", "officials")]
    public void After_the_cue_a_source_described_after_its_noun_is_the_speaker(string sentence, string head)
    {
        var result = Analyze(sentence);
        var quote = Single(result, "deal is close");
        Assert.Equal("“The deal is close,”", quote.Text);
        Assert.Contains(head, SpeakerOf(result, quote), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("A man familiar with the harbour walked along the quay.")]
    [InlineData("The ship involved in the collision was towed to the port, and the cargo was saved.")]
    [InlineData("A report published Wednesday showed that imports had fallen.")]
    public void A_described_noun_that_reports_nothing_is_no_source(string sentence)
        => Assert.Empty(Analyze(sentence).Quotes);

    [Theory]
    [InlineData("The poll showed a majority of registered voters say the harbour should close.", "poll showed")]
    [InlineData("The school declined to comment Tuesday on reports that the harbour would close.", "school declined")]
    [InlineData("Members peppered him with questions about the harbour.", "peppered")]
    [InlineData("In Colorado, which holds a caucus and, like Iowa, awards delegates based on complicated rules, staff have been busy.", "based")]
    public void A_verb_after_a_noun_does_not_describe_a_source(string sentence, string notInSpeaker)
    {
        var result = Analyze(sentence);
        Assert.All(result.Quotes, q => Assert.DoesNotContain(notInSpeaker, SpeakerOf(result, q)));
    }

    [Fact]
    public void A_name_inside_the_description_is_not_the_speaker()
    {
        var result = Analyze("A woman who has accused former President Bill Clinton of assault said Sunday that he had lied.");
        var quote = Single(result, "he had lied");
        Assert.DoesNotContain("Clinton", SpeakerOf(result, quote));
        Assert.Contains("woman", SpeakerOf(result, quote));
    }

    [Fact]
    public void A_platform_after_a_preposition_is_still_the_medium()
    {
        var result = Analyze("The minister, on Twitter, said the deal was close.");
        var quote = Single(result, "deal was close");
        Assert.Equal("minister", SpeakerOf(result, quote));
    }

    [Theory]
    [InlineData("The deal was close, according to a statement from the ministry.", "ministry")]
    [InlineData("The deal was close, according to a report by the agency.", "agency")]
    public void The_body_a_document_came_from_is_the_source(string sentence, string speaker)
    {
        var result = Analyze(sentence);
        Assert.Equal(speaker, SpeakerOf(result, Single(result, "deal was close")));
    }

    [Theory]
    [InlineData("''The court expresses no view on the deal,'' the unsigned opinion said.", "opinion")]
    [InlineData("The deal was close, the lawsuit says.", "lawsuit")]
    [InlineData("The deal was close, the letter said.", "letter")]
    public void A_document_speaks_as_a_statement_does(string sentence, string speaker)
    {
        var result = Analyze(sentence);
        Assert.Contains(speaker, SpeakerOf(result, Single(result, "deal")));
    }

    [Fact]
    public void The_employer_before_a_role_after_a_quotation_describes_the_speaker()
    {
        var result = Analyze("\"The deal is close,\" Harbour Capital portfolio manager Bonnie Baha said at a recent event in Lagos.");
        var quote = Single(result, "deal is close");
        Assert.Equal("\"The deal is close,\"", quote.Text);
        Assert.Equal("Bonnie Baha", SpeakerOf(result, quote));
    }

    [Theory]
    [InlineData("A man who lives near the port said the deal was close.")]
    [InlineData("\"The deal is close,\" said the man who built his career on the docks.")]
    public void A_man_described_by_a_relative_clause_is_the_source(string sentence)
    {
        var result = Analyze(sentence);
        Assert.Contains("man", SpeakerOf(result, Single(result, "deal")));
    }

    [Fact]
    public void Nouns_joined_by_and_even_speak_together()
    {
        var result = Analyze("Politicians and even some technologists say the deal has been toothless.");
        Assert.Contains("technologists", SpeakerOf(result, Single(result, "deal")));
    }

    [Fact]
    public void A_relative_clause_may_open_with_that()
    {
        var result = Analyze("But progressive groups that have backed the plan say the deal is close.");
        Assert.Contains("groups", SpeakerOf(result, Single(result, "deal")));
    }
}
