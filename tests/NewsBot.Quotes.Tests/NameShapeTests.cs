using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>
/// Shapes of names and attributions missed in the dev conversations (issue 10, round 4), in articles written for the
/// purpose, each in two or more wordings with other names: particles inside names, an inverted cue opening a sentence
/// before a colon, lower-case descriptions before a name.
/// </summary>
public class NameShapeTests
{
    private static ArticleQuotes Analyze(string text) => QuoteEngine.AnalyzeText(text);

    private static string SpeakerOf(ArticleQuotes result, string containing)
        => result.SpeakerOf(Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal)))?.Name ?? "(none)";

    private static string Hall(string title, string full, string surname) => $"""
        City weighs a new budget

        {title} {full} said on Monday that the budget would pass. The council meets again next week.

        "We have the votes," {surname} said after the meeting.

        Opponents were not convinced. "There is nothing in it for the suburbs," said Councillor Ada Brennan.
        """;

    [Theory]
    [InlineData("Mayor", "Bill de Blasio", "de Blasio")]
    [InlineData("Judge", "Anna van der Berg", "van der Berg")]
    [InlineData("Minister", "Karl von Hoffmann", "von Hoffmann")]
    [InlineData("Governor", "Luiz da Silva", "da Silva")]
    [InlineData("Sheikh", "Hamad bin Khalifa", "bin Khalifa")]
    public void A_lower_case_particle_is_a_word_of_the_name(string title, string full, string surname)
    {
        var result = Analyze(Hall(title, full, surname));
        Assert.Equal(full, SpeakerOf(result, "the budget would pass"));
        Assert.Equal(full, SpeakerOf(result, "We have the votes"));
        Assert.Contains(result.Speakers, s => s.Name == full && s.Roles.Contains(title));
    }

    [Theory]
    [InlineData("Bashar al-Assad", "al-Assad")]
    [InlineData("Nouri al-Maliki", "al-Maliki")]
    public void A_name_joined_to_its_prefix_by_a_hyphen_is_a_name(string full, string surname)
    {
        var result = Analyze($"""
            Talks resume in Geneva

            "We will not give up an inch," said President {full} on state television.

            "The talks are a waste of time," {surname} said later.
            """);
        Assert.Equal(full, SpeakerOf(result, "an inch"));
        Assert.Equal(full, SpeakerOf(result, "waste of time"));
    }

    [Theory]
    [InlineData("Said", "Ellis", "Marta Quillon")]
    [InlineData("Added", "Okafor", "Ruth Adebayo")]
    [InlineData("Says", "Lindqvist", "Tomasz Nowak")]
    public void An_inverted_cue_opening_a_sentence_before_a_colon_names_the_speaker_after_it(string cue, string first, string second)
    {
        var result = Analyze($"""
            Tax plan draws fire

            Experts disagree about the plan, which would cut the top rate by five points.

            {cue} {first}: "It will never pay for itself."

            {cue} {second}, a Republican tax consultant: "The numbers do not add up."
            """);
        Assert.Equal(first, SpeakerOf(result, "pay for itself"));
        Assert.Equal(second, SpeakerOf(result, "do not add up"));
        Assert.Contains(result.Speakers, s => s.Name == second && s.Roles.Any(r => r.Contains("tax consultant", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("retired Air Force general", "Lloyd Newton")]
    [InlineData("longtime union organizer", "Dolores Haney")]
    [InlineData("decorated war veteran", "Samuel Achebe")]
    public void Lower_case_words_describing_the_name_after_a_quotation_are_its_role(string description, string name)
    {
        var result = Analyze($"""
            Base closure fought

            The Pentagon wants to close the base by 2030.

            "We will hold the line on this," {description} {name} said.
            """);
        Assert.Equal(name, SpeakerOf(result, "hold the line"));
        Assert.Contains(result.Speakers, s => s.Name == name && s.Roles.Contains(description));
    }
}

/// <summary>A role noun no one held where it stood means the person the article gives that role further down (issue 10, round 4).</summary>
public class LaterRoleTests
{
    private static string SpeakerOf(ArticleQuotes result, string containing)
        => result.SpeakerOf(Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal)))?.Name ?? "(none)";

    [Theory]
    [InlineData("judge", "Judge", "Marcia Nervo")]
    [InlineData("mayor", "Mayor", "Dale Brisket")]
    [InlineData("sheriff", "Sheriff", "Amos Quarrie")]
    public void The_role_before_the_holder_is_named_is_the_holder(string role, string title, string name)
    {
        var result = QuoteEngine.AnalyzeText($"""
            Papers unsealed

            The court released the papers on Friday after a long fight.

            "The public has a right to know," the {role} said.

            {title} {name}, who oversaw the case, retires next year.
            """);
        Assert.Equal(name, SpeakerOf(result, "right to know"));
    }

    [Fact]
    public void An_indefinite_role_is_not_a_person_given_a_longer_role_of_that_noun()
    {
        var result = QuoteEngine.AnalyzeText("""
            Clubhouse bill unpaid

            The developer refused to pay an architect who said he was stiffed after he designed a clubhouse.

            "Voters want someone they trust," said Ruth Galloway, the architect of the 2008 campaign.
            """);
        Assert.NotEqual("Ruth Galloway", SpeakerOf(result, "he was stiffed"));
        Assert.Equal("Ruth Galloway", SpeakerOf(result, "someone they trust"));
    }
}

/// <summary>"Oz's dubious medical advice said": a possessive before a noun for someone's words names the owner, not a speaker "Oz's … advice".</summary>
public class OwnersWordsTests
{
    private static string SpeakerOf(ArticleQuotes result, string containing)
        => result.SpeakerOf(Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal)))?.Name ?? "(none)";

    [Theory]
    [InlineData("Lena Marsh", "Marsh", "brief")]
    [InlineData("Tobias Wren", "Wren", "dubious medical advice")]
    public void The_owner_of_the_words_is_the_speaker(string name, string surname, string words)
    {
        var result = QuoteEngine.AnalyzeText($"""
            Dispute over the clinic

            Dr. {name} opened the clinic in 2014.

            {surname}'s {words} said the treatment was safe for children.

            {surname}'s husband said the family would appeal.
            """);
        Assert.Equal(name, SpeakerOf(result, "safe for children"));
        Assert.NotEqual(name, SpeakerOf(result, "would appeal"));
    }
}

/// <summary>"according to" inside a parenthesis or after an opening connective (issue 10, round 4: train misses).</summary>
public class AccordingToPlacementTests
{
    private static Quote Single(ArticleQuotes result, string containing)
        => Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal));

    [Theory]
    [InlineData("the poll")]
    [InlineData("a county official")]
    public void After_an_opening_connective_the_content_follows_the_source(string source)
    {
        var result = QuoteEngine.AnalyzeText($"""
            Race tightens

            The candidates campaigned across the state on Monday.

            But, according to {source}, 46 percent of voters remain undecided, so the race is open.
            """);
        var quote = Single(result, "remain undecided");
        Assert.DoesNotContain("candidates campaigned", quote.Text);
        Assert.DoesNotContain("But", quote.Text);
    }

    [Theory]
    [InlineData("exit polls", "93 percent of voters there were white")]
    [InlineData("early returns", "turnout was the highest in a decade")]
    public void Inside_a_parenthesis_the_content_is_the_parenthesis(string source, string content)
    {
        var result = QuoteEngine.AnalyzeText($"""
            Where the race is won

            States like Iowa ({content}, according to {source}) top the list of battlegrounds.
            """);
        var quote = Single(result, content);
        Assert.Equal(content, quote.Text);
    }

    [Fact]
    public void A_parenthesis_that_opens_with_according_to_holds_the_content()
    {
        var result = QuoteEngine.AnalyzeText("""
            Skaters fined

            Skaters were fined in the park on Sunday. (According to the city police, it keeps no statistics on such fines.) The fines were small.
            """);
        var quote = Single(result, "keeps no statistics");
        Assert.Equal("it keeps no statistics on such fines", quote.Text);
    }
}

/// <summary>A question put in a time clause is reported speech ("when Tapper asked whether …"), though an event there is not.</summary>
public class QuestionInTimeClauseTests
{
    [Theory]
    [InlineData("when Tapper asked whether", "Tapper")]
    [InlineData("after Okonkwo asked if", "Okonkwo")]
    [InlineData("when Lindqvist wondered whether", "Lindqvist")]
    public void A_question_in_a_time_clause_is_a_quote(string clause, string asker)
    {
        var result = QuoteEngine.AnalyzeText($"""
            House at stake

            The speaker looked uneasy {clause} Republicans would be able to hold the House in November.
            """);
        var quote = Assert.Single(result.Quotes, q => q.Text.Contains("hold the House", StringComparison.Ordinal));
        Assert.Equal(asker, result.SpeakerOf(quote)?.Name);
    }

    [Fact]
    public void An_event_in_a_time_clause_is_still_no_quote()
    {
        var result = QuoteEngine.AnalyzeText("""
            Talks resume

            Shares rose after Xi announced intentions to mediate between the two sides.
            """);
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("mediate", StringComparison.Ordinal));
    }
}
