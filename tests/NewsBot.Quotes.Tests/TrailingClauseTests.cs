using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>
/// What stands around an attribution in the middle or at the end of a sentence: a participle clause after a time and place
/// ("…, Hollande said Tuesday in Paris, noting …"), a setting before it that says nothing ("In an interview with CNN, …"),
/// a parenthetical attribution after a demonstrative ("This campaign, he says, is different"), a listener and a time clause.
/// </summary>
public class TrailingClauseTests
{
    private static ArticleQuotes Analyze(string sentence) => QuoteEngine.AnalyzeText("Port strike ends\n\nThe harbour was quiet on Monday.\n\n" + sentence);

    private static string SpeakerOf(ArticleQuotes result, Quote quote) => result.SpeakerOf(quote)?.Name ?? "(none)";

    [Theory]
    [InlineData("The remarks are sickening, Hollande said Tuesday in Paris, noting the strike.")]
    [InlineData("The remarks are sickening, Hollande said on Tuesday at a news conference, adding that the port would reopen.")]
    public void A_participle_after_the_time_and_place_keeps_the_statement_before_and_its_speaker(string sentence)
    {
        var result = Analyze(sentence);
        var first = Assert.Single(result.Quotes, q => q.Text.Contains("sickening", StringComparison.Ordinal));
        Assert.Equal("The remarks are sickening", first.Text);
        Assert.Equal("Hollande", SpeakerOf(result, first));
        Assert.All(result.Quotes, q => Assert.Equal("Hollande", SpeakerOf(result, q)));
    }

    [Theory]
    [InlineData("In an interview with CNN, Hollande said Tuesday, noting that the port would reopen.")]
    [InlineData("In federal court in Alexandria, Va., Hollande said on Tuesday, adding that the port would reopen.")]
    public void A_setting_before_the_attribution_is_not_what_was_said(string sentence)
    {
        var result = Analyze(sentence);
        Assert.DoesNotContain(result.Quotes, q => q.Text.StartsWith("In ", StringComparison.Ordinal));
        var quote = Assert.Single(result.Quotes);
        Assert.Contains("port would reopen", quote.Text);
    }

    [Fact]
    public void A_phrase_with_a_verb_before_the_attribution_is_a_statement()
    {
        var result = Analyze("On Tuesday she lost the vote but won the port, according to the count.");
        Assert.Contains(result.Quotes, q => q.Text.StartsWith("On Tuesday she lost", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("This campaign, he says, is different.", "This campaign … is different")]
    [InlineData("The port, she said, will reopen on Friday.", "The port … will reopen on Friday")]
    public void An_attribution_between_commas_inside_a_short_opening_is_one_statement(string sentence, string text)
        => Assert.Equal(text, Assert.Single(Analyze(sentence).Quotes).Text);

    [Fact]
    public void A_listener_and_a_time_clause_after_the_cue_leave_the_statement_before_it()
    {
        var result = Analyze("The port will reopen, the mayor told his closest advisers as he left.");
        var quote = Assert.Single(result.Quotes);
        Assert.Equal("The port will reopen", quote.Text);
        Assert.Equal("mayor", SpeakerOf(result, quote));
    }

    [Fact]
    public void A_relative_clause_with_its_own_speaker_ends_the_statement_before_it()
    {
        var result = Analyze("The mayor declared that the port would reopen in May, which the union called \"a total disaster\" for its members.");
        var outer = Assert.Single(result.Quotes, q => q.Text.Contains("port would reopen", StringComparison.Ordinal));
        Assert.Equal("the port would reopen in May", outer.Text);
        var inner = Assert.Single(result.Quotes, q => q.Text.Contains("total disaster", StringComparison.Ordinal));
        Assert.Equal("union", SpeakerOf(result, inner));
    }

    [Theory]
    [InlineData("\"The port will reopen,\" a resident, Priya Nair, said.")]
    [InlineData("\"The port will reopen,\" one of the dockers, Priya Nair, said on Monday.")]
    public void A_role_set_off_before_the_name_after_a_quotation_is_not_what_was_said(string sentence)
    {
        var result = Analyze(sentence);
        var quote = Assert.Single(result.Quotes);
        Assert.Equal("\"The port will reopen,\"", quote.Text);
        Assert.Equal("Priya Nair", SpeakerOf(result, quote));
    }

    [Theory]
    [InlineData("The union warned members would strike if talks failed.", "members would strike if talks failed")]
    [InlineData("The union told members it would strike if talks failed.", "it would strike if talks failed")]
    [InlineData("The mayor assured residents the port would reopen.", "the port would reopen")]
    public void A_clause_after_the_listener_is_what_was_said(string sentence, string text)
        => Assert.Equal(text, Assert.Single(Analyze(sentence).Quotes).Text);

    [Theory]
    [InlineData("The tax would drop to 10 percent, which Senator Ruiz proposed under a flat rate.")]
    [InlineData("The rule, which the department first proposed last July, provoked a deluge of comments.")]
    public void What_follows_a_cue_whose_object_is_which_is_not_what_was_said(string sentence)
        => Assert.Empty(Analyze(sentence).Quotes);

    [Fact]
    public void A_which_that_is_the_subject_of_what_was_said_keeps_the_statement()
    {
        var result = Analyze("He blamed the policy, which critics say left a vacuum for smugglers.");
        var quote = Assert.Single(result.Quotes);
        Assert.StartsWith("left a vacuum", quote.Text);
        Assert.Equal("critics", SpeakerOf(result, quote));
        var outer = Assert.Single(Analyze("The mayor said the plan, which she announced on Monday, would cut taxes.").Quotes);
        Assert.EndsWith("would cut taxes", outer.Text);
    }

    [Fact]
    public void A_time_clause_after_the_speaker_may_be_long()
    {
        var result = Analyze("\"We were tired, so we voted yes,\" one docker said as he left the union hall on the quay.");
        var quote = Assert.Single(result.Quotes);
        Assert.Equal("\"We were tired, so we voted yes,\"", quote.Text);
        Assert.Contains("docker", SpeakerOf(result, quote));
    }

    [Fact]
    public void A_comma_inside_a_number_is_no_clause_boundary()
    {
        var result = Analyze("The mayor said the city had asked the state for 2,000 new boats and 1,500 pumps.");
        var quote = Assert.Single(result.Quotes, q => q.Text.Contains("boats", StringComparison.Ordinal));
        Assert.Equal("the city had asked the state for 2,000 new boats and 1,500 pumps", quote.Text);
        Assert.DoesNotContain(result.Quotes, q => q.Text.StartsWith(",", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_named_in_three_lower_case_words_speaks()
    {
        var result = Analyze("The water rose in 19 districts, the state disaster management authority said.");
        Assert.Contains("authority", SpeakerOf(result, Assert.Single(result.Quotes)));
    }

    [Fact]
    public void A_cue_after_a_comma_and_but_ends_the_statement_before_it()
    {
        var result = Analyze("The governor said Tuesday that he had voted for the port plan, but cautioned against reading it as an endorsement.");
        Assert.Contains(result.Quotes, q => q.Text == "he had voted for the port plan");
        var short_ = Analyze("Hennessey acknowledged the provision, but noted the government does not use it.");
        Assert.Contains(short_.Quotes, q => q.Text.StartsWith("the provision", StringComparison.Ordinal));
    }

    [Fact]
    public void One_word_may_open_a_statement_an_attribution_interrupts()
        => Assert.Equal("Time … was on their side", Assert.Single(Analyze("Time, Mr. Okafor added, was on their side.").Quotes).Text);

    [Theory]
    [InlineData("If the dock workers do not return by Friday, Mr. Okafor warned, the harbour will lose its contracts with three lines.",
        "If the dock workers do not return by Friday … the harbour will lose its contracts with three lines")]
    [InlineData("The new cranes at the eastern terminal were ordered two years ago, the port authority said, and they will arrive in March.",
        "The new cranes at the eastern terminal were ordered two years ago … and they will arrive in March")]
    [InlineData("Reopening the harbour so quickly after the strike, Ms. Abara said, was the union's own idea.",
        "Reopening the harbour so quickly after the strike … was the union's own idea")]
    public void A_clause_of_any_length_may_open_a_statement_an_attribution_interrupts(string sentence, string statement)
        => Assert.Equal(statement, Assert.Single(Analyze(sentence).Quotes).Text);

    [Fact]
    public void The_opening_an_attribution_interrupts_starts_after_a_but_before_it()
    {
        var quote = Assert.Single(Analyze("The strike had lasted a month, but the losses were so large, Ms. Abara noted, that the port cut its fees.").Quotes);
        Assert.Equal("the losses were so large … that the port cut its fees", quote.Text);
    }

    [Theory]
    [InlineData("Reflecting on the long strike, the harbour master said, \"We learned a great deal.\"")]
    [InlineData("Asked about the fees at the eastern terminal, Mr. Okafor said, \"We learned a great deal.\"")]
    public void What_the_speaker_did_or_was_asked_before_the_attribution_is_the_setting(string sentence)
        => Assert.Equal("\"We learned a great deal.\"", QuoteLookup.Single(Analyze(sentence), "learned").Text);

    [Fact]
    public void A_quotation_inside_an_opening_phrase_is_not_the_first_piece_of_the_statement()
    {
        var quote = Assert.Single(Analyze("Remarking upon the mayor's \"genuine empathy,\" Starr said, \"Leave aside the unpleasantness, her empathy is clear.\"").Quotes);
        Assert.StartsWith("\"Leave aside", quote.Text);
    }
}
