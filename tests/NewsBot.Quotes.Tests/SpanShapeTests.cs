using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>
/// Where a statement's content and speaker start and end: appositives after "according to", the setting after the
/// cue, reduced relative clauses that are not reports, cues that need a complement to report, subjects of participles.
/// Invented people and places.
/// </summary>
public class SpanShapeTests
{
    private static ArticleQuotes Analyze(params string[] paragraphs) => QuoteEngine.AnalyzeText("Harbour Weekly\n\n" + string.Join("\n\n", paragraphs));

    private static Quote Single(ArticleQuotes result, string containing)
        => Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal));

    [Fact]
    public void A_dismissal_of_a_person_without_a_label_reports_nothing()
    {
        var result = Analyze("Atlético Lagos dismissed head coach Tunde Okafor on Monday.", "The club dismissed Okafor after a run of six defeats.");
        Assert.Empty(result.Quotes);
    }

    [Fact]
    public void A_dismissal_with_a_label_or_of_an_idea_still_reports()
    {
        var result = Analyze("The minister dismissed Ruth Abara as a troublemaker.", "Governor Ilse Maren dismissed the claims about the harbour contract.");
        Assert.Equal("Ruth Abara as a troublemaker", Single(result, "troublemaker").Text);
        Assert.Contains("the claims", Single(result, "claims").Text);
    }

    [Fact]
    public void According_to_a_source_with_an_appositive_the_content_starts_after_it()
    {
        var result = Analyze("According to Lars Henriksen, an analyst at Nordhaven Bank, about 40 vessels were waiting.");
        var quote = Single(result, "vessels");
        Assert.Equal("about 40 vessels were waiting", quote.Text);
        Assert.Equal("Lars Henriksen", result.SpeakerOf(quote)?.Name);
    }

    [Fact]
    public void According_to_a_source_the_content_may_open_with_an_article()
    {
        var result = Analyze("According to Lars Henriksen, a new terminal will open in the spring, and the old one will close.");
        Assert.StartsWith("a new terminal will open", Single(result, "terminal").Text);
    }

    [Theory]
    [InlineData("The strike is not over: According to the harbour union, crews will stay home until Friday.", "crews will stay home until Friday")]
    [InlineData("But according to people close to the talks, the mayor will not sign the deal.", "the mayor will not sign the deal")]
    [InlineData("The crews went home early because, according to Tunde Okafor, the cranes were unsafe.", "the cranes were unsafe")]
    public void According_to_after_a_colon_a_sentence_s_connective_or_a_subordinating_word_opens_the_content_after_it(string sentence, string content)
    {
        var quote = Assert.Single(Analyze(sentence).Quotes);
        Assert.Equal("according-to", quote.Rule);
        Assert.Equal(content, quote.Text);
    }

    [Fact]
    public void Polling_is_a_body_of_evidence_a_fact_is_attributed_to()
    {
        var quote = Assert.Single(Analyze("According to recent polling, the mayor is once again leading the field.").Quotes);
        Assert.Equal("the mayor is once again leading the field", quote.Text);
    }

    [Fact]
    public void According_to_after_and_inside_a_clause_keeps_the_clause_before_it()
    {
        var quote = Assert.Single(Analyze("The port reshuffled its managers and, according to officials, adopted a new schedule for the cranes.").Quotes);
        Assert.Equal("The port reshuffled its managers and … adopted a new schedule for the cranes", quote.Text);
    }

    [Fact]
    public void A_medium_described_after_the_cue_is_not_a_report_of_its_own()
    {
        var result = Analyze("\"We will come back stronger,\" Adeyemi said in a video posted on Instagram.");
        var quote = Assert.Single(result.Quotes);
        Assert.Equal("Adeyemi", result.SpeakerOf(quote)?.Name);
        Assert.Equal("\"We will come back stronger,\"", quote.Text);
    }

    [Fact]
    public void Groups_named_by_an_organisation_word_in_the_plural_blame_and_criticise()
    {
        var result = Analyze("Environmental groups blamed unchecked quarrying on the slopes.");
        var quote = Single(result, "quarrying");
        Assert.Equal("Environmental groups", result.SpeakerOf(quote)?.Name);
    }

    [Fact]
    public void An_inverted_cue_with_an_indefinite_role_subject_names_the_role()
    {
        var result = Analyze("Mayor Petra Lind opened the new ferry terminal on Friday.", "\"We were never told about the closure,\" said a longtime adviser.");
        var quote = Single(result, "closure");
        Assert.Equal("said", quote.Cue);
        Assert.NotEqual("Petra Lind", result.SpeakerOf(quote)?.Name);
    }

    [Fact]
    public void A_participle_after_with_and_its_subject_reports()
    {
        var result = Analyze("The council approved the budget on Tuesday, with Mayor Petra Lind saying the cuts were unavoidable.");
        var quote = Single(result, "cuts");
        Assert.Equal("the cuts were unavoidable", quote.Text);
        Assert.Equal("Petra Lind", result.SpeakerOf(quote)?.Name);
    }

    [Fact]
    public void A_participle_after_a_quotation_closed_on_its_comma_reports_on_its_own()
    {
        var result = Analyze("The mayor of Bergen, Sigrid Olsen, said the ferry system was \"broken,\" noting that it is \"very strange that a company that pays fines is never punished.\"");
        Assert.Equal("the ferry system was \"broken,\"", Single(result, "broken").Text);
        var noting = Single(result, "strange");
        Assert.Equal("noting", noting.Cue);
        Assert.Equal("Sigrid Olsen", result.SpeakerOf(noting)?.Name);
    }

    [Theory]
    [InlineData("said a longtime adviser to the mayor, who declined to be identified.", "longtime adviser")]
    [InlineData("said a strategist for one of the candidates.", "strategist")]
    [InlineData("said another senior official.", "another senior official")]
    public void An_inverted_role_with_its_complement_or_a_count_is_the_speaker(string attribution, string speaker)
    {
        var result = Analyze("Mayor Petra Lind opened the new ferry terminal on Friday.", "\"Her knowledge of the port is 20 years old,\" " + attribution);
        var quote = Single(result, "knowledge");
        Assert.Equal("quote-cue-name", quote.Rule);
        Assert.Contains(speaker, result.SpeakerOf(quote)?.Name ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ruth Abara was also headed to Bergen, her friend said.", "her friend")]
    [InlineData("The ferry would run twice a day, the airline said Thursday.", "airline")]
    [InlineData("The ferry would run twice a day, several friends said.", "several friends")]
    public void Friends_and_airlines_speak_after_the_content(string sentence, string speaker)
    {
        var result = Analyze("The ferry was late again on Monday.", sentence);
        var quote = Assert.Single(result.Quotes);
        Assert.Contains(speaker, result.SpeakerOf(quote)?.Name ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_listener_after_a_preposition_cue_is_not_an_inverted_speaker()
    {
        var result = Analyze("\"This is a big year for our next mayor, Ada Brun!\" Brun's niece, Councillor Marit \"Mia\" Holm (Lab-Bergen), shouted to the crowd. \"The nation is watching Bergen.\"");
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("Councillor", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Fishermen and harbour pilots say the new breakwater has been useless.", "Fishermen and harbour pilots")]
    [InlineData("Kari Holm and her husband say that the new breakwater has been useless.", "Kari Holm and her husband")]
    public void Conjoined_subjects_speak_together(string sentence, string speaker)
        => AssertReport(sentence, "the new breakwater has been useless", speaker);

    /// <summary>The sentence, after one that reports nothing, reports <paramref name="content"/> by <paramref name="speaker"/>.</summary>
    private static void AssertReport(string sentence, string content, string speaker)
    {
        var result = Analyze("The ferry was late again on Monday.", sentence);
        var quote = Single(result, content);
        Assert.Equal(content, quote.Text);
        Assert.Equal(speaker, result.SpeakerOf(quote)?.Name);
    }

    [Theory]
    [InlineData("said Nordhaven University political scientist Ivar Lunde.")]
    [InlineData("said Liberal political consultant Ivar Lunde.")]
    public void An_inverted_name_after_an_organisation_and_a_role_is_the_speaker(string attribution)
    {
        var result = Analyze("The ferry was late again on Monday.", "\"It was never meant to be a fair contest,\" " + attribution);
        var quote = Single(result, "fair contest");
        Assert.Equal("Ivar Lunde", result.SpeakerOf(quote)?.Name);
    }

    [Fact]
    public void According_to_as_an_aside_inside_the_clause_reports_what_follows_it()
    {
        var result = Analyze("The ferry was late again on Monday.", "Ticket sales, according to the ferry company, have doubled since the spring.");
        var quote = Single(result, "doubled");
        Assert.Contains("have doubled since the spring", quote.Text, StringComparison.Ordinal);
        Assert.Contains("ferry company", result.SpeakerOf(quote)?.Name ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The poll found wide support for the plan, with 50 percent of residents saying the ferry should be public.", "50 percent of residents")]
    [InlineData("The poll found wide support for the plan, with three in 10 saying the ferry should be public.", "three in 10")]
    public void A_share_of_those_polled_after_with_speaks(string sentence, string speaker)
        => AssertReport(sentence, "the ferry should be public", speaker);

    [Fact]
    public void A_phrase_after_with_that_goes_on_with_a_preposition_is_no_subject()
    {
        var result = QuoteEngine.AnalyzeText("Holm holds first call with Norway's Lunde since offering plan for a ferry truce\n\nThe ferry was late again on Monday.");
        Assert.Empty(result.Quotes);
    }

    [Fact]
    public void A_place_between_the_listener_and_that_is_passed()
        => AssertReport("Mayor Ivar Lunde suspended the ferry service on Wednesday, telling supporters in Bergen, Norway, that the talks would resume.",
            "the talks would resume", "Ivar Lunde");

    [Fact]
    public void A_role_before_and_is_not_joined_to_the_subject_after_it()
    {
        var result = Analyze("Ivar Lunde won the nomination in March.", "The Liberal nominee and his aides have said that the budget will be balanced.");
        var quote = Single(result, "budget");
        Assert.DoesNotContain(" and ", result.SpeakerOf(quote)?.Name ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Asked whether the wall would hold, Mayor Ines Olwen said no.", "no", "Ines Olwen")]
    [InlineData("Every member but Councillor Pita Rangi said yes.", "yes", "Pita Rangi")]
    [InlineData("Asked if the ferry would run in winter, harbour master Colm Dreyer said so on Tuesday.", "so", "Colm Dreyer")]
    [InlineData("Last year, 41 percent of the fishermen said the same.", "the same", "41 percent of the fishermen")]
    [InlineData("Senator Aino Vesterby was asked whether she would vote for the levy. She said she would.", "she would", "Aino Vesterby")]
    public void A_short_answer_is_all_that_was_said(string sentence, string content, string speaker)
    {
        var result = Analyze("The council met on Tuesday to decide on the harbour levy.", sentence);
        var quote = Assert.Single(result.Quotes, q => q.Rule == "name-cue-content" || q.Rule == "loose-subject");
        Assert.Equal(content, quote.Text.TrimEnd('.'));
        Assert.Contains(speaker.Split(' ')[^1], result.SpeakerOf(quote)?.Name ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mayor Ines Olwen said so many things that night.")]
    [InlineData("Mayor Ines Olwen said no one had asked her.")]
    public void A_word_that_opens_a_longer_clause_is_not_a_short_answer(string sentence)
    {
        var result = Analyze("The council met on Tuesday.", sentence);
        Assert.DoesNotContain(result.Quotes, q => q.Text.TrimEnd('.') is "so" or "no");
    }

    [Theory]
    [InlineData("Mayor Ines Olwen, who said the wall would hold, said on Tuesday that the levy must pass.", "the wall would hold", "the levy must pass")]
    [InlineData("Colm Dreyer, who has said he opposes the ferry cuts, told reporters the service would end in May.", "he opposes the ferry cuts", "the service would end in May")]
    [InlineData("Pita Rangi, who said last week that she would resign, also said she had changed her mind.", "she would resign", "she had changed her mind")]
    public void What_a_relative_clause_reports_ends_before_the_sentence_goes_on(string sentence, string first, string second)
    {
        var result = Analyze("The council met on Tuesday.", sentence);
        Assert.Equal(first, Single(result, first).Text);
        Assert.Equal(second, Single(result, second).Text);
    }

    [Theory]
    [InlineData("The ferry levy, which critics said was unfair, was struck down on Monday.", "was unfair", "critics")]
    [InlineData("The harbour changes, which officials said will take effect in May, will not apply to fishing boats.", "will take effect in May", "officials")]
    [InlineData("Pedro Brennan defended the levy, which he said would be paid by the largest ships.", "would be paid by the largest ships", "Pedro Brennan")]
    public void What_a_relative_clause_with_a_speaker_of_its_own_reports_opens_with_its_auxiliary(string sentence, string content, string speaker)
    {
        var result = Analyze("The council met on Tuesday.", sentence);
        var quote = Single(result, content.Split(' ')[1]);
        Assert.Equal(content, quote.Text);
        Assert.Equal(speaker, result.SpeakerOf(quote)?.Name);
    }

    [Fact]
    public void A_relative_clause_with_a_speaker_of_its_own_inside_a_statement_leaves_the_statement_whole()
    {
        var result = Analyze("Mayor Ines Olwen said that the council's plan, which some have argued was meant to help developers, was an insult to the town.");
        Assert.Equal("the council's plan, which some have argued was meant to help developers, was an insult to the town", Single(result, "insult").Text);
        Assert.Contains(result.Quotes, q => q.Text == "was meant to help developers");
    }

    [Fact]
    public void A_cue_word_used_as_a_noun_before_an_auxiliary_reports_nothing()
    {
        var result = Analyze("The bureau cited in the mayor's tweet does not exist.", "The admiral's answer was indistinct.");
        Assert.Empty(result.Quotes);
    }

    [Theory]
    [InlineData("Governor Ilse Maren told aides she sees the two ports as one problem.", "she sees the two ports as one problem")]
    [InlineData("Colm Dreyer told the crowd they deserve better.", "they deserve better")]
    public void A_pronoun_after_the_listener_opens_what_was_said(string sentence, string content)
    {
        var result = Analyze("The council met on Tuesday.", sentence);
        Assert.Equal(content, Single(result, content.Split(' ')[1]).Text);
    }

    [Fact]
    public void A_challenger_for_a_seat_reports_nothing_but_a_challenge_to_a_plan_does()
    {
        var result = Analyze("Nora Vance, who is challenging Senator Ivar Lunde for his seat, opened an office in Brightwater.",
            "The fishermen’s union is challenging the Harbour Authority’s dredging rules in court.");
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("for his seat", StringComparison.Ordinal));
        Assert.Contains("dredging rules", Single(result, "dredging").Text);
    }

    [Theory]
    [InlineData("According to the harbour board's own survey, the wall has cracked in two places.", "the wall has cracked in two places")]
    [InlineData("According to a Brightwater Gazette/Coast Radio poll out Thursday, the mayor has the support of 41 percent of voters.", "the mayor has the support of 41 percent of voters")]
    public void What_follows_the_source_up_to_the_comma_is_still_the_source(string sentence, string content)
    {
        var result = Analyze("The council met on Tuesday.", sentence);
        Assert.Equal(content, Assert.Single(result.Quotes, q => q.Rule == "according-to").Text);
    }

    [Theory]
    [InlineData("While Pita Rangi said that councillors cannot belong to any party, she appears uneasy about her own record.", "councillors cannot belong to any party")]
    [InlineData("Although Colm Dreyer said the ferry would run all winter, he voted to cut its budget.", "the ferry would run all winter")]
    public void What_an_opening_subordinate_clause_reports_ends_before_the_main_clause(string sentence, string content)
    {
        var result = Analyze("The council met on Tuesday.", sentence);
        Assert.Equal(content, Single(result, content).Text);
    }

    [Theory]
    [InlineData("Mayor Ruth Abara said the agreement was \"a start. It will not be the end of the talks.\"", "start", "the agreement was \"a start. It will not be the end of the talks.\"")]
    [InlineData("The union leader, Tunde Okafor, described the deal as \"fair to everyone. We wanted nothing more.\"", "fair", "the deal as \"fair to everyone. We wanted nothing more.\"")]
    public void A_quotation_opened_inside_the_content_runs_to_its_closing_mark(string sentence, string containing, string content)
        => Assert.Equal(content, Single(Analyze("The harbour was quiet on Monday.", sentence), containing).Text);

    [Fact]
    public void A_quotation_a_cue_of_its_own_brings_in_is_not_carried_into_the_statement_before_it()
    {
        var result = Analyze("The harbour was quiet on Monday.", "Watching Okafor talk about reopening the port, Abara said: \"I was struck. He has to keep that up.\"");
        var quote = Single(result, "keep that up");
        Assert.Equal("Abara", result.SpeakerOf(quote)?.Name);
    }
}
