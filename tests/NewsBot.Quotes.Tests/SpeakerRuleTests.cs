using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>Each speaker rule alone, on articles written for it: who the mention names, and the rule that decided.</summary>
public class SpeakerRuleTests
{
    private static ArticleQuotes Analyze(string text) => QuoteEngine.AnalyzeText(text);

    private static Quote Single(ArticleQuotes result, string containing)
        => Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal));

    private static string SpeakerOf(ArticleQuotes result, string containing) => result.SpeakerOf(Single(result, containing))?.Name ?? "(none)";

    [Fact]
    public void A_role_given_before_the_name_links_a_later_role_noun()
    {
        var result = Analyze("Budget night\n\nThe police chief, Liam Adeyemi, spoke for twenty minutes.\n\nThe chief said the budget is balanced for the first time in a decade.");
        Assert.Equal("Liam Adeyemi", SpeakerOf(result, "budget is balanced"));
        Assert.Equal("role-noun", Single(result, "budget is balanced").SpeakerRule);
    }

    [Theory]
    [InlineData("His ex-wife")]
    [InlineData("His former wife")]
    [InlineData("His wife")]
    public void A_kin_noun_takes_the_one_person_the_story_names_with_it(string mention)
    {
        var result = Analyze("Judge keeps divorce file sealed\n\nA judge refused to unseal the file on Tom Haller's divorce from wife Greta.\n\n" +
            $"{mention} argued that since she is not a candidate, she should keep her privacy.\n\nGreta Haller said the ruling was fair.");
        Assert.Equal("Greta Haller", SpeakerOf(result, "should keep her privacy"));
        Assert.Equal("kin-noun", Single(result, "should keep her privacy").SpeakerRule);
    }

    [Fact]
    public void A_kin_noun_the_story_gives_two_people_stays_unresolved()
    {
        var result = Analyze("Two divorces in court\n\nTom Haller's divorce from wife Greta and Sam Ives's divorce from wife Nora were heard together.\n\n" +
            "His ex-wife argued that she should keep her privacy.\n\nGreta Haller and Nora Ives declined to comment further.");
        Assert.NotEqual("kin-noun", Single(result, "should keep her privacy").SpeakerRule);
    }

    [Fact]
    public void A_role_noun_takes_the_person_whose_role_fits_best_abbreviations_read_in_full()
    {
        var result = Analyze("Senate race\n\nSen. Bernie Sanders (I-Vt.) and Gov. Mike Pence spoke on Monday.\n\n" +
            "The Vermont senator said the vote would be close.\n\nThe governor said the count would take a week.");
        Assert.Equal("Bernie Sanders", SpeakerOf(result, "vote would be close"));
        Assert.Equal("Mike Pence", SpeakerOf(result, "count would take a week"));
    }

    [Fact]
    public void A_phrase_that_ends_in_a_function_word_names_no_one()
    {
        var result = Analyze("Council votes to censure treasurer\n\nThe council voted 7-2 to censure treasurer Ana Ruiz on Monday.\n\n" +
            "The move against Ruiz took place despite repeated warnings from her lawyer that the vote had no legal force.");
        Assert.DoesNotContain(result.Speakers, s => s.Name.EndsWith("despite", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Plain_nouns_set_off_by_a_comma_before_an_aside_are_the_speaker()
    {
        var result = Analyze("Water cuts to end\n\nTaps in Lagos have been dry for a week.\n\n" +
            "The state-owned water utility, in a statement issued late on Monday, insisted that supply would resume on Friday.");
        Assert.Contains("water utility", SpeakerOf(result, "supply would resume"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_dash_ends_the_phrase_that_names_the_speaker()
    {
        var result = Analyze("Tax fight\n\nIt has become a major issue, with Senator Maria Olsen \u2014 who\u2019s called for higher taxes on the rich \u2014 attacking the plan.");
        Assert.DoesNotContain(result.Speakers, s => s.Name.Contains('\u2014') || s.Name.Contains("who", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Vermont senator", "senator", "Sen. (I-Vt.)", 1)]
    [InlineData("Democratic presidential nominee", "nominee", "Democratic presidential nominee", 3)]
    [InlineData("GOP nominee", "nominee", "Republican nominee", 2)]
    [InlineData("treasurer", "treasurer", "police chief", 0)]
    public void A_role_fits_by_its_head_and_the_words_it_shares(string mention, string head, string role, int score) =>
        Assert.Equal(score, RoleMatch.Score(mention.Split(' '), head, [role]));

    [Fact]
    public void The_role_noun_of_no_one_named_so_is_the_person_the_article_is_on()
    {
        var result = Analyze("Debate night\n\nDonald Fairbanks said the debate was rigged.\n\nThe Republican nominee complained that his microphone had failed.");
        Assert.Equal("Donald Fairbanks", SpeakerOf(result, "microphone had failed"));
    }

    [Fact]
    public void A_pronoun_means_the_subject_of_the_sentence_before_over_the_last_speaker()
    {
        var result = Analyze("Ferry vote\n\nIn a statement, Ravi Okafor said: “It is a good day for the town.”\n\n" +
            "Pedro Brennan, the county engineer, arrived late to the meeting.\n\n“Our members will not accept it,” he said.");
        Assert.Equal("Pedro Brennan", SpeakerOf(result, "will not accept it"));
    }

    [Fact]
    public void A_subject_whose_given_name_is_of_either_gender_is_still_a_person_a_pronoun_may_mean()
    {
        var result = Analyze("Ferry vote\n\n“It is a good day for the town,” said Ravi Okafor, a ferry pilot.\n\n" +
            "Terry Vance sounded a cautious note about the vote.\n\n“Our members will not accept it,” he said.");
        Assert.Equal("Terry Vance", SpeakerOf(result, "will not accept it"));
    }

    [Fact]
    public void A_pronoun_means_the_subject_of_a_clause_after_but_over_the_last_speaker()
    {
        var result = Analyze("Ferry vote\n\nPedro Brennan spoke first. Ravi Okafor said he agreed with the plan.\n\n" +
            "Ines Olwen put Brennan on the defensive, but a hoarse-voiced Brennan got in numerous digs. He accused the council of being too cozy with the ferry firms.");
        Assert.Equal("Pedro Brennan", SpeakerOf(result, "too cozy"));
    }

    [Fact]
    public void She_after_a_woman_was_introduced_is_not_the_male_mayor()
    {
        var result = Analyze("Harbour vote\n\nMayor Paul Dunmore said the harbour would reopen.\n\n" +
            "Nadia Fairbanks, a local fisher, has worked the harbour for thirty years.\n\n“We were never asked,” she said.");
        Assert.Equal("Nadia Fairbanks", SpeakerOf(result, "never asked"));
    }

    [Fact]
    public void A_title_that_says_a_gender_decides_which_person_a_pronoun_means()
    {
        var result = Analyze("Port talks\n\nSpokeswoman Kim Lindqvist and Chairman Alex Moreau met the unions.\n\n" +
            "Moreau said the talks had failed.\n\n“We will try again in May,” she said.");
        Assert.Equal("Kim Lindqvist", SpeakerOf(result, "try again in May"));
    }

    [Fact]
    public void An_organisation_noun_is_the_organisation_of_that_kind_the_article_named()
    {
        var result = Analyze("Debate sound\n\nThe Commission on Debate Standards said the hall was ready.\n\nLater the commission said the sound had failed.");
        var quote = Single(result, "sound had failed");
        Assert.Equal("Commission on Debate Standards", result.SpeakerOf(quote)!.Name);
        Assert.Equal("organisation-noun", quote.SpeakerRule);
    }

    [Fact]
    public void After_a_possessive_a_full_name_is_the_person_and_the_owner_their_role()
    {
        var result = Analyze("Debates\n\nDebates are not likely to alter the race, noted NBC’s Dante Chinni.");
        var speaker = result.SpeakerOf(Single(result, "not likely to alter"))!;
        Assert.Equal(("Dante Chinni", SpeakerKind.Person), (speaker.Name, speaker.Kind));
        Assert.Contains("NBC’s", speaker.Roles);
    }

    [Fact]
    public void A_capitalised_phrase_ending_in_a_group_noun_is_a_group()
    {
        var result = Analyze("Debates\n\nFellow Republicans said the second debate must change the race.");
        Assert.Equal(SpeakerKind.Group, result.SpeakerOf(Single(result, "second debate"))!.Kind);
    }

    [Fact]
    public void A_name_before_lower_case_role_words_is_the_roles_and_the_subject_is_the_person_after_them()
    {
        var result = Analyze("Ferry fares\n\nMayor Olu Bello said the ferry would keep running.\n\n" +
            "Harbour board spokesman Tomas Berg told the Gazette that fares would stay the same. However, he could not explain why the fares had doubled.");
        Assert.Equal("Tomas Berg", SpeakerOf(result, "why the fares had doubled"));
    }

    [Theory]
    [InlineData("Ultimately, Mr. Clarke hopes to sell the coal abroad.")]
    [InlineData("On Tuesday morning Mr. Clarke hoped to sell the coal abroad.")]
    [InlineData("Last week, Mr. Clarke hoped to sell the coal abroad.")]
    public void An_opening_adverbial_and_a_title_are_passed_to_find_the_subject_a_pronoun_means(string sentence)
    {
        var result = Analyze("Coal deal\n\nThe mine was sold to Tom Clarke in April.\n\nPhil Smith, a miner, said the deal was a mistake.\n\n" +
            sentence + " “It is all I can afford,” he said.");
        Assert.Equal("Tom Clarke", SpeakerOf(result, "all I can afford"));
    }

    [Theory]
    [InlineData("WASHINGTON (AP) — Senator Ada Holm on Wednesday demanded a new vote, saying the count was flawed.", "Ada Holm")]
    [InlineData("NAIROBI, Kenya — Governor Wanjiku Mwangi on Monday ordered the markets shut, saying the floods would worsen.", "Wanjiku Mwangi")]
    [InlineData("LAGOS (Reuters) – Alhaji Musa Bello on Friday rejected the tariff and said the ports would suffer.", "Musa Bello")]
    public void A_dateline_is_not_the_subject_a_participle_or_a_second_verb_shares(string paragraph, string speaker)
    {
        var result = Analyze("Late vote\n\n" + paragraph);
        Assert.All(result.Quotes, q => Assert.Equal(speaker, result.SpeakerOf(q)?.Name));
        Assert.NotEmpty(result.Quotes);
        Assert.DoesNotContain(result.Speakers, s => s.Name.All(c => !char.IsLower(c)));
    }

    [Theory]
    [InlineData("When the budget came up at the town hall meeting on the east side of the city, Ms. Varga walked out.")]
    [InlineData("Repeating her long letter to the council from last month, Ms. Varga walked out.")]
    [InlineData("At a rally in Dayton, Ohio, on Thursday afternoon, Ms. Varga walked out.")]
    [InlineData("Regarding the cuts announced by the governor's office at the start of the week, Ms. Varga was blunt.")]
    public void A_long_opening_clause_is_passed_to_find_the_subject_a_pronoun_means(string sentence)
    {
        var result = Analyze("School cuts\n\nThe plan was drawn up by Nora Varga and Helen Ashby.\n\nRafael Ortiz said the schools would close.\n\n" +
            "Helen Ashby, the treasurer, said the cuts were needed.\n\n" + sentence + " “It is the children who pay,” she said.");
        Assert.Equal("Nora Varga", SpeakerOf(result, "children who pay"));
    }

    [Theory]
    [InlineData("Omar Haddad", "Leila Haddad", "Mr.")]
    [InlineData("Leila Haddad", "Omar Haddad", "Mrs.")]
    [InlineData("Maria Okoye", "Peter Okoye", "Ms.")]
    public void A_surname_after_a_gendered_title_is_the_family_member_of_that_gender(string speaker, string other, string title)
    {
        var result = Analyze("Family business\n\n" + speaker + " said the shop would stay open.\n\n" + other + " said the lease ends in May.\n\n" +
            title + " Haddad said the rent had doubled.".Replace("Haddad", speaker.Split(' ')[1]));
        Assert.Equal(speaker, SpeakerOf(result, "rent had doubled"));
    }

    [Theory]
    [InlineData("The senator from Montana said the vote was rigged.", "Montana")]
    [InlineData("The congressman from Ohio said the vote was rigged.", "Ohio")]
    [InlineData("Residents of Port Alder said the vote was rigged.", "Port Alder")]
    [InlineData("People in Port Alder said the vote was rigged.", "Port Alder")]
    public void A_place_after_a_title_or_a_group_is_not_the_speakers_name(string sentence, string place)
    {
        var result = Analyze("Recount\n\nThe count ended at midnight.\n\n" + sentence);
        Assert.NotEqual(place, SpeakerOf(result, "vote was rigged"));
    }

    [Theory]
    [InlineData("Minister of Finance Ravi Okafor", "Ravi Okafor", "Minister of Finance")]
    [InlineData("Director of Public Health Helen Mbeki", "Helen Mbeki", "Director of Public Health")]
    public void An_office_of_capitalised_words_before_a_full_name_is_the_role(string mention, string name, string role)
    {
        var result = Analyze("Budget day\n\n" + mention + " said the budget would balance.");
        var speaker = result.SpeakerOf(Single(result, "budget would balance"));
        Assert.Equal(name, speaker?.Name);
        Assert.Contains(role, speaker!.Roles);
    }

    [Fact]
    public void A_description_resolved_to_no_one_does_not_take_the_next_pronoun()
    {
        var result = Analyze("Port vote\n\nHarbour chief Tomas Berg said the port would stay open.\n\n" +
            "It was a reversal for the Leinster Republican, who had promised to close the port. He said the jobs mattered more.");
        Assert.Equal("Tomas Berg", SpeakerOf(result, "jobs mattered more"));
    }

    [Theory]
    [InlineData("Ms. Okoro's case for caution combines the idea that the economy is not ready for higher rates.")]
    [InlineData("“It is fine to know it,” Lopez said in reply.")]
    [InlineData("The head of said the plan was dead.")]
    public void A_speaker_phrase_that_ends_in_a_preposition_is_analysed_without_failing(string sentence)
    {
        var result = Analyze("Rates\n\nMs. Okoro spoke on Monday.\n\n" + sentence);
        Assert.All(result.Quotes, q => Assert.False(string.IsNullOrEmpty(q.SpeakerName)));
    }

    [Fact]
    public void Reported_words_that_open_with_she_give_the_gender_a_name_does_not()
    {
        var result = Analyze("Harbour vote\n\nMayor Tomas Berg said the harbour would stay open.\n\n" +
            "Okonkwo Adaeze, a member of the board, said she would vote against the plan.\n\n“It will cost us nothing,” he said.");
        Assert.Equal("Tomas Berg", SpeakerOf(result, "cost us nothing"));
    }

    [Theory]
    [InlineData("Chidi Okafor, 19, lost his home in the flood.", "the teenager", "Chidi Okafor")]
    [InlineData("Ngozi Eze, 72, has lived on the street since 1980.", "the pensioner", "Ngozi Eze")]
    [InlineData("Obinna Uche, 67, sold his shop last year.", "the retiree", "Obinna Uche")]
    public void A_role_noun_after_a_persons_age_is_that_person(string sentence, string role, string person)
    {
        var result = Analyze("Flood\n\nMayor Tomas Berg said the barrier would hold.\n\n" + sentence + " “We have nothing left,” " + role + " said.");
        Assert.Equal(person, SpeakerOf(result, "nothing left"));
    }
}
