using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>
/// The plain shapes of news attribution a new user tried (issue 10), each in an ordinary article of
/// several paragraphs with other people introduced before and after it, and in two wordings with
/// other names, so that a rule passes by the shape and not by the words.
/// </summary>
public class PlainShapeTests
{
    private static ArticleQuotes Analyze(string text) => QuoteEngine.AnalyzeText(text);

    private static Quote Single(ArticleQuotes result, string containing)
        => Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal));

    private static string SpeakerOf(ArticleQuotes result, string containing) => result.SpeakerOf(Single(result, containing))?.Name ?? "(none)";

    private static string Council(string mayor, string lopez, string engineer, string fairbanks, string treasurer, string biologist, string councillor) => $"""
        Harbour vote splits the council

        By a staff reporter

        The county council voted seven to four on Tuesday night to borrow £12 million for a new harbour wall, after a debate that ran past midnight.

        Mayor {mayor} praised the decision on social media.

        "The harbour will be rebuilt by spring," said {lopez} after the vote.

        "The drains under Quay Street are older than anyone in this room," county engineer {engineer} said.

        {fairbanks} said after the vote: "We will be back next year with more signatures."

        "We have the money in the reserve fund," said {treasurer}, the treasurer, after the meeting.

        "The reef is dying faster than our models predicted," said marine biologist Dr. {biologist} of Coastline University.

        The so-called "reform" was first proposed in 2019.

        Councillor {councillor} spoke next. "Nobody has asked the fishermen," she said.

        Work on the wall is due to start in March.
        """;

    public static TheoryData<string, string, string, string, string, string, string> CouncilPeople => new()
    {
        { "Paul Dunmore", "Maria Lopez", "Ines Whitcombe", "Nadia Fairbanks", "Tom Reyes", "Henrike Saltonstall", "Janet Okoro" },
        { "Colin Ashdown", "Priya Raman", "Olumide Bakare", "Siobhan Keane", "Ravi Menon", "Wilhelmina Strand", "Ngozi Eze" },
    };

    [Theory, MemberData(nameof(CouncilPeople))]
    public void Inverted_cue_then_name_then_a_setting_is_the_named_speaker_and_the_setting_is_no_content(
        string mayor, string lopez, string engineer, string fairbanks, string treasurer, string biologist, string councillor)
    {
        var result = Analyze(Council(mayor, lopez, engineer, fairbanks, treasurer, biologist, councillor));
        var quote = Single(result, "rebuilt by spring");
        Assert.Equal(lopez, result.SpeakerOf(quote)?.Name);
        Assert.DoesNotContain("after the vote", quote.Text);
    }

    [Theory, MemberData(nameof(CouncilPeople))]
    public void A_role_in_lower_case_before_the_name_then_the_cue_is_the_named_speaker_with_that_role(
        string mayor, string lopez, string engineer, string fairbanks, string treasurer, string biologist, string councillor)
    {
        var result = Analyze(Council(mayor, lopez, engineer, fairbanks, treasurer, biologist, councillor));
        var speaker = result.SpeakerOf(Single(result, "older than anyone"));
        Assert.Equal(engineer, speaker?.Name);
        Assert.Contains("county engineer", speaker!.Roles);
    }

    [Theory, MemberData(nameof(CouncilPeople))]
    public void Name_cue_setting_colon_then_the_quotation(
        string mayor, string lopez, string engineer, string fairbanks, string treasurer, string biologist, string councillor)
    {
        var result = Analyze(Council(mayor, lopez, engineer, fairbanks, treasurer, biologist, councillor));
        var quote = Single(result, "more signatures");
        Assert.Equal(fairbanks, result.SpeakerOf(quote)?.Name);
        Assert.StartsWith("\"We will be back", quote.Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(CouncilPeople))]
    public void An_appositive_role_and_a_setting_after_the_inverted_name_are_not_content(
        string mayor, string lopez, string engineer, string fairbanks, string treasurer, string biologist, string councillor)
    {
        var result = Analyze(Council(mayor, lopez, engineer, fairbanks, treasurer, biologist, councillor));
        var quote = Single(result, "reserve fund");
        Assert.Equal("\"We have the money in the reserve fund,\"", quote.Text);
        var speaker = result.SpeakerOf(quote);
        Assert.Equal(treasurer, speaker?.Name);
        Assert.Contains(speaker!.Roles, r => r.Contains("treasurer", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(CouncilPeople))]
    public void A_title_with_a_dot_after_a_lower_case_role_is_part_of_the_role_not_the_name(
        string mayor, string lopez, string engineer, string fairbanks, string treasurer, string biologist, string councillor)
    {
        var result = Analyze(Council(mayor, lopez, engineer, fairbanks, treasurer, biologist, councillor));
        var speaker = result.SpeakerOf(Single(result, "reef is dying"));
        Assert.Equal(biologist, speaker?.Name);
        Assert.Contains(speaker!.Roles, r => r.Contains("Coastline University", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Speakers, s => s.Name is "Dr" or "Dr.");
    }

    [Theory, MemberData(nameof(CouncilPeople))]
    public void Praise_given_on_social_media_is_not_a_statement_that_says_on_social_media(
        string mayor, string lopez, string engineer, string fairbanks, string treasurer, string biologist, string councillor)
    {
        var result = Analyze(Council(mayor, lopez, engineer, fairbanks, treasurer, biologist, councillor));
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("social media", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(CouncilPeople))]
    public void Scare_quotes_in_a_passive_sentence_are_no_quote(
        string mayor, string lopez, string engineer, string fairbanks, string treasurer, string biologist, string councillor)
    {
        var result = Analyze(Council(mayor, lopez, engineer, fairbanks, treasurer, biologist, councillor));
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("reform", StringComparison.Ordinal));
        Assert.Equal(6, result.Quotes.Count(q => q.Kind == QuoteKind.Direct));
    }

    [Theory, MemberData(nameof(CouncilPeople))]
    public void She_after_a_woman_was_introduced_is_that_woman_not_an_earlier_man(
        string mayor, string lopez, string engineer, string fairbanks, string treasurer, string biologist, string councillor)
    {
        var result = Analyze(Council(mayor, lopez, engineer, fairbanks, treasurer, biologist, councillor));
        Assert.Equal(councillor, SpeakerOf(result, "asked the fishermen"));
    }

    private static string Match(string councillor, string team, string manager, string forward, string role, string noun) => $"""
        {team} edge past City in the rain

        Councillor {councillor} opened the new stand before kick-off. "This town has waited twenty years for it," she said.

        {team} won 2-1 on Saturday. "We were second best all afternoon," said the {team} manager, {manager}.

        {role} {forward} scored the only goal of the second half for {team}. "I should have had a second," the {noun} said.

        City's goalkeeper was taken off injured before half-time.
        """;

    [Theory]
    [InlineData("Janet Okoro", "Rovers", "Kevin Doyle", "Liam Brennan", "Forward", "striker")]
    [InlineData("Wanjiru Kamau", "United", "Ruaidhri Byrne", "Chinedu Obi", "Striker", "forward")]
    public void A_team_role_before_a_name_in_an_appositive_and_a_role_noun_of_the_same_kind_name_the_players(
        string councillor, string team, string manager, string forward, string role, string noun)
    {
        var result = Analyze(Match(councillor, team, manager, forward, role, noun));
        Assert.Equal(councillor, SpeakerOf(result, "waited twenty years"));
        Assert.Equal(manager, SpeakerOf(result, "second best all afternoon"));
        Assert.Equal(forward, SpeakerOf(result, "should have had a second"));
    }

    [Theory]
    [InlineData("'The committee called it \"a reasonable compromise\", but nobody believes that,' said local trader Ruth Adebayo.", "Ruth Adebayo")]
    [InlineData("‘The committee called it “a reasonable compromise”, but nobody believes that,’ said local trader Anjali Nair.", "Anjali Nair")]
    [InlineData("\"The committee called it 'a reasonable compromise', but nobody believes that,\" said local trader Ruth Adebayo.", "Ruth Adebayo")]
    [InlineData("«The committee called it “a reasonable compromise”, but nobody believes that,» said local trader Anjali Nair.", "Anjali Nair")]
    public void A_quotation_with_a_quotation_of_the_other_kind_inside_is_one_quote(string sentence, string trader)
    {
        var result = Analyze($"""
            Market traders reject the parking plan

            The committee met on Monday to settle the parking charges in the market square.

            {sentence}

            Chairman Desmond Hale said the charges would be reviewed in a year.
            """);
        var quote = Single(result, "reasonable compromise");
        Assert.Contains("nobody believes that", quote.Text);
        Assert.StartsWith("The committee", quote.Text[1..], StringComparison.Ordinal);
        Assert.Equal(trader, result.SpeakerOf(quote)?.Name);
    }

    private const string Transcript = """
        Interview: the harbour master on the new breakwater

        The Herald spoke to harbour master Colm Dwyer at the quay on Friday.

        HERALD: When will the work start on the breakwater?

        DWYER: In March, if the weather holds and the barges arrive.

        Q: How much will it cost the town?

        A: About four million, most of it from the national fund.
        """;

    [Fact]
    public void A_transcript_names_the_interviewer_and_the_interviewee_the_intro_gives()
    {
        var result = Analyze(Transcript);
        Assert.DoesNotContain(result.Speakers, s => s.Name.StartsWith("Interview", StringComparison.Ordinal));
        Assert.EndsWith("Herald", SpeakerOf(result, "When will the work start"), StringComparison.Ordinal);
        Assert.Equal("Colm Dwyer", SpeakerOf(result, "if the weather holds"));
        Assert.EndsWith("Herald", SpeakerOf(result, "How much will it cost"), StringComparison.Ordinal);
        Assert.Equal("Colm Dwyer", SpeakerOf(result, "About four million"));
        Assert.All(result.Quotes, q => Assert.Equal("transcript-line", q.Rule));
        Assert.All(result.Quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
    }

    [Theory]
    [InlineData("“You know, it happens,” Brennan went on.")]
    [InlineData("“You know, it happens, right?” Brennan went on, as if he had not heard her.")]
    [InlineData("Brennan went on: “You know, it happens.”")]
    [InlineData("“You know, it happens,” Brennan sighed.")]
    [InlineData("“You know, it happens,” Brennan laughed.")]
    [InlineData("“You know, it happens,” Brennan snapped.")]
    [InlineData("“You know, it happens,” Brennan interjected.")]
    [InlineData("“You know, it happens,” Brennan murmured.")]
    [InlineData("“You know, it happens,” Brennan bragged.")]
    public void Going_on_or_a_manner_verb_with_a_quotation_reports_it(string sentence)
    {
        var result = Analyze($"Harbour talks\n\nMayor Ines Olwen spoke first: “It can happen to anyone.”\n\n{sentence}");
        Assert.Equal("Brennan", SpeakerOf(result, "it happens"));
    }

    [Fact]
    public void Going_on_without_a_quotation_reports_nothing()
    {
        var result = Analyze("Harbour talks\n\nThe strike ended in May. The campaign went on. Nobody knew why.");
        Assert.Empty(result.Quotes);
    }

    [Fact]
    public void A_relative_clause_does_not_report_the_sentence_before_it()
    {
        var result = Analyze("Harbour vote\n\nPedro Brennan lost the north ward to Ines Olwen, who added to her lead.");
        Assert.Empty(result.Quotes);
    }

    [Fact]
    public void An_opening_phrase_without_a_verb_is_not_what_the_cue_after_it_reports()
    {
        var result = Analyze("Harbour vote\n\nPedro Brennan lost two wards. But, in a speech to supporters at the quay, he barely discussed those wards.");
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("speech to supporters", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("reckoned")]
    [InlineData("surmised")]
    [InlineData("opined")]
    [InlineData("emailed members")]
    [InlineData("texted reporters")]
    public void A_verb_of_thought_or_medium_reports_its_clause(string verb)
    {
        var result = Analyze($"Port talks\n\nMina Oyelaran leads the dockers' union.\n\nOyelaran {verb} that the port would reopen by June.");
        var quote = Single(result, "port would reopen");
        Assert.Equal("Mina Oyelaran", result.SpeakerOf(quote)?.Name);
        Assert.DoesNotContain("members", quote.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("reporters", quote.Text, StringComparison.Ordinal);
    }
}
