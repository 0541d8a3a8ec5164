using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>
/// Articles written in the styles of Nigerian, Kenyan, Indian, Irish, Australian and British news: titles of many
/// countries, organisations speaking through statements, role nouns and pronouns referring back, listeners and
/// settings after the cue, British single quotes, datelines. Who said each statement, and what.
/// </summary>
public class WorldNewsShapeTests
{
    private static ArticleQuotes Analyze(string text) => QuoteEngine.AnalyzeText(text);

    private static Quote Single(ArticleQuotes result, string containing)
        => Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal));

    private static string SpeakerOf(ArticleQuotes result, string containing) => result.SpeakerOf(Single(result, containing))?.Name ?? "(none)";

    private const string Nigerian = """
        FG moves to end fuel scarcity as marketers threaten strike

        The Federal Government on Tuesday said it would clear the backlog of subsidy payments owed to petroleum marketers before the end of the month.

        The Minister of State for Petroleum Resources, Chief Tonye Briggs, said this while addressing journalists in Abuja after a meeting with the marketers.

        "We are committed to ending the queues at filling stations. The money will be paid," he said.

        The Nigerian National Petroleum Company Limited, in a statement signed by its spokesperson, Garba Sani Bello, insisted that there was enough petrol in the country.

        "There is no need for panic buying," the statement read.

        The National President of the Independent Petroleum Marketers Association of Nigeria, Alhaji Abubakar Danladi, told our correspondent that members would shut their depots if the debt was not paid.

        He said, "Our members are tired of promises. We have borrowed money from the banks and the interest is killing us."

        A motorist in Lagos, Chinedu Okafor, said he had spent six hours in a queue on Monday.

        "I came here at 5am and I am still waiting," he said, pointing to the line of cars.

        Ngozi Eze, a trader at Balogun Market, said the scarcity had doubled transport fares. She added that many traders had stopped coming to the market.
        """;

    private const string Kenyan = """
        Floods displace 3,000 families in Tana River

        More than 3,000 families have been displaced by floods in Tana River County, officials said on Sunday.

        Tana River County Commissioner Thomas Lekishon said the government had set up camps in Garsen and Bura.

        "We have distributed food and tents to the affected families, but more help is needed," Mr Lekishon told reporters in Hola.

        The commissioner added that schools in the affected areas would remain closed until the waters recede.

        Governor Dhadho Galgalo, speaking after an aerial survey of the affected areas, said the county had lost crops worth millions of shillings.

        "Farmers have lost everything. We are appealing to the national government and well-wishers to come to our aid," Mr Galgalo said.

        Wanjiru Kamau, a mother of four, said she had spent three nights in the open.

        "The water came at night and we ran with nothing," she said, pointing to the water line on the wall of her house.

        The Kenya Meteorological Department said in a statement that the rains would continue for another week.
        """;

    private const string Indian = """
        Assam floods: toll rises to 30 as Brahmaputra swells

        Guwahati: The death toll in the Assam floods rose to 30 on Wednesday, with more than 4 lakh people affected in 19 districts, officials said.

        Chief Minister Himangshu Bora Sarma, who visited relief camps in Morigaon, said the state government would provide Rs 4 lakh to the families of those killed.

        "The situation is serious but under control. The NDRF and SDRF teams are working round the clock," the chief minister told reporters in Guwahati.

        Opposition leader Debajit Hazarika said the government had failed to build embankments in time.

        Shri Ramesh Kalita, a farmer from Morigaon, said his paddy fields had been under water for a week.

        "We have lost the entire crop. Nobody from the administration has come here," he said in a telephone interview.

        Anjali Das, a schoolteacher in Nalbari, said classes had been suspended. She said the school building was being used as a relief camp.

        The India Meteorological Department has forecast heavy rain for the next three days, according to an official statement.
        """;

    private const string Irish = """
        Dublin hold on for narrow win over Kerry

        Dublin manager Dessie Garvan praised his side's character after they edged a tight contest at Croke Park on Sunday.

        "We showed great resilience today. Kerry threw everything at us in the last ten minutes," Garvan told RTE Sport.

        Forward Con O'Meara, who scored 1-4, said the team had worked hard on their fitness over the winter.

        "It's a great feeling, but we know there's a lot of work still to do," the forward said.

        Kerry boss Jack O'Dwyer was disappointed with the result. "We had our chances and we didn't take them," he said.

        Meanwhile, Cllr Aoife Brennan said the council would review parking arrangements around the stadium after complaints from residents.

        Ruaidhri Higgins, the Dublin goalkeeper, said it was one of the toughest games of his career.

        Deputy Seán Cullinane TD told the Dáil that the Government must act on sports funding.
        """;

    private const string Australian = """
        Premier announces $2 billion for regional hospitals

        The Premier, Andrew Kostas, said on Monday the funding would be spread over four years.

        "Regional communities deserve the same care as people in the cities," he said.

        The premier told ABC Radio Sydney that construction would begin next year.

        Health Minister Ryan Pell said the plan would create 1,500 jobs.

        Opposition Leader Mark Sheaffe said the announcement was "too little, too late".

        'We have heard these promises before,' Mr Sheaffe said. 'Regional patients are still waiting months for surgery.'

        Dr Kerry Channing, the chief health officer, said the new hospitals would ease pressure on the system.

        She said the government would also recruit more nurses.

        Nurses' union secretary Shaye Cordell welcomed the plan but warned that staff shortages remained.
        """;

    private const string British = """
        Council tax to rise by 5% as county faces £40m gap

        Households in Kent will pay 5 per cent more in council tax from April, after councillors approved the budget on Thursday.

        Roger Gaunt, the leader of Kent County Council, said the increase was "regrettable but unavoidable".

        'We have done everything we can to protect frontline services,' he said. 'But the pressures on adult social care are enormous.'

        Labour group leader Dara Fenwick said the Conservatives had "run out of ideas".

        The Local Government Association said in a statement that councils across England faced a combined shortfall of £4 billion.

        A spokesman for the Department for Levelling Up said the government had provided an extra £600 million.

        Mrs Patel, 72, a pensioner from Maidstone, said she would struggle to pay. "I have lived here for forty years and I have never seen it this bad," she said.

        The council's finance chief, Peter Ashford, told the meeting that reserves would be used to cover the rest.
        """;
    [Fact]
    public void Nigerian_titles_of_an_organisation_and_statements_signed_by_its_spokesperson()
    {
        var result = Analyze(Nigerian);
        Assert.Equal("Federal Government", SpeakerOf(result, "clear the backlog"));
        Assert.Equal("Tonye Briggs", SpeakerOf(result, "committed to ending the queues"));
        var statement = Single(result, "enough petrol");
        Assert.Equal("Nigerian National Petroleum Company Limited", result.SpeakerOf(statement)?.Name);
        Assert.Equal("a statement", statement.Medium);
        Assert.Equal("Nigerian National Petroleum Company Limited", SpeakerOf(result, "no need for panic buying"));
        Assert.Equal("Abubakar Danladi", SpeakerOf(result, "shut their depots"));
        Assert.Equal("Abubakar Danladi", SpeakerOf(result, "tired of promises"));
        Assert.Equal("Chinedu Okafor", SpeakerOf(result, "still waiting"));
        Assert.Equal("Ngozi Eze", SpeakerOf(result, "stopped coming to the market"));
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("line of cars", StringComparison.Ordinal) || q.Text.Contains("addressing journalists", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Speakers, s => s.Name.Contains("Petroleum Resources", StringComparison.Ordinal) || s.Name.StartsWith("National President", StringComparison.Ordinal));
    }

    [Fact]
    public void Kenyan_commissioner_and_governor_with_listener_setting_and_a_gesture_after_the_quote()
    {
        var result = Analyze(Kenyan);
        Assert.Equal("officials", SpeakerOf(result, "3,000 families"));
        Assert.Equal("Thomas Lekishon", SpeakerOf(result, "set up camps"));
        var told = Single(result, "more help is needed");
        Assert.Equal("Thomas Lekishon", result.SpeakerOf(told)?.Name);
        Assert.DoesNotContain("Hola", told.Text);
        Assert.Equal("Thomas Lekishon", SpeakerOf(result, "remain closed"));
        var governor = Single(result, "lost crops");
        Assert.Equal("Dhadho Galgalo", result.SpeakerOf(governor)?.Name);
        Assert.DoesNotContain("aerial survey", governor.Text);
        Assert.Equal("Dhadho Galgalo", SpeakerOf(result, "Farmers have lost everything"));
        Assert.Equal("Wanjiru Kamau", SpeakerOf(result, "ran with nothing"));
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("water line", StringComparison.Ordinal));
        Assert.Equal("a statement", Single(result, "rains would continue").Medium);
    }

    [Fact]
    public void Indian_colon_dateline_chief_minister_and_honorifics()
    {
        var result = Analyze(Indian);
        Assert.DoesNotContain(result.Speakers, s => s.Name == "Guwahati");
        Assert.Equal("officials", SpeakerOf(result, "death toll"));
        Assert.Equal("Himangshu Bora Sarma", SpeakerOf(result, "Rs 4 lakh"));
        var told = Single(result, "situation is serious");
        Assert.Equal("Himangshu Bora Sarma", result.SpeakerOf(told)?.Name);
        Assert.DoesNotContain("reporters", told.Text);
        Assert.Equal("Debajit Hazarika", SpeakerOf(result, "embankments"));
        var farmer = Single(result, "entire crop");
        Assert.Equal("Ramesh Kalita", result.SpeakerOf(farmer)?.Name);
        Assert.Equal("an interview", farmer.Medium);
        Assert.Equal("Anjali Das", SpeakerOf(result, "relief camp"));
    }

    [Fact]
    public void Irish_sport_roles_councillor_and_a_post_nominal_title()
    {
        var result = Analyze(Irish);
        var manager = Single(result, "great resilience");
        Assert.Equal("Dessie Garvan", result.SpeakerOf(manager)?.Name);
        Assert.DoesNotContain("RTE", manager.Text);
        Assert.Equal("his side's character", Single(result, "side's character").Text);
        Assert.Equal("Con O'Meara", SpeakerOf(result, "great feeling"));
        Assert.Equal("Jack O'Dwyer", SpeakerOf(result, "had our chances"));
        Assert.Equal("Aoife Brennan", SpeakerOf(result, "parking arrangements"));
        Assert.Equal("Ruaidhri Higgins", SpeakerOf(result, "toughest games"));
        var deputy = result.SpeakerOf(Single(result, "sports funding"));
        Assert.Equal("Seán Cullinane", deputy?.Name);
        Assert.Contains("TD", deputy!.Roles);
    }

    [Fact]
    public void Australian_premier_introduced_in_an_appositive_then_named_by_role_and_pronoun()
    {
        var result = Analyze(Australian);
        Assert.Equal("Andrew Kostas", SpeakerOf(result, "$2 billion"));
        Assert.Equal("Andrew Kostas", SpeakerOf(result, "four years"));
        Assert.Equal("Andrew Kostas", SpeakerOf(result, "same care"));
        var radio = Single(result, "construction would begin");
        Assert.Equal("Andrew Kostas", result.SpeakerOf(radio)?.Name);
        Assert.DoesNotContain("ABC", radio.Text);
        Assert.Equal("Ryan Pell", SpeakerOf(result, "1,500 jobs"));
        Assert.Equal("Mark Sheaffe", SpeakerOf(result, "too little, too late"));
        Assert.Equal("Mark Sheaffe", SpeakerOf(result, "heard these promises"));
        Assert.Equal("Kerry Channing", SpeakerOf(result, "recruit more nurses"));
        Assert.Equal("Shaye Cordell", SpeakerOf(result, "staff shortages"));
        Assert.DoesNotContain(result.Speakers, s => s.Name == "Premier");
    }

    [Fact]
    public void British_single_quotes_and_a_title_without_its_dot()
    {
        var result = Analyze(British);
        Assert.Equal("Roger Gaunt", SpeakerOf(result, "regrettable but unavoidable"));
        var split = Single(result, "protect frontline services");
        Assert.Equal("Roger Gaunt", result.SpeakerOf(split)?.Name);
        Assert.Contains("adult social care", split.Text);
        Assert.Equal("Dara Fenwick", SpeakerOf(result, "run out of ideas"));
        Assert.Equal("Local Government Association", SpeakerOf(result, "combined shortfall"));
        Assert.Equal("Patel", SpeakerOf(result, "forty years"));
        Assert.Equal("Peter Ashford", SpeakerOf(result, "reserves would be used"));
    }

    /// <summary>The people <see cref="InArticle"/> puts before and after the shape are still the speakers of their own statements.</summary>
    private static void NeighboursKeepTheirSpeakers(ArticleQuotes result)
    {
        Assert.Equal("Fatima Yusuf", SpeakerOf(result, "drive buyers away"));
        Assert.Equal("Peter Mwangi", SpeakerOf(result, "debated next week"));
    }

    /// <summary>The shape between another speaker before and after it, so that the rule has to pick the right person.</summary>
    private static ArticleQuotes InArticle(string paragraph) => Analyze(
        "Market levy row deepens\n\nTraders' leader Fatima Yusuf said the levy would drive buyers away.\n\n" + paragraph +
        "\n\nCouncillor Peter Mwangi said the matter would be debated next week.");

    [Theory]
    [InlineData("The Minister of Trade and Industry, Dr. Aisha Bello, said the levy would be reviewed.", "Aisha Bello")]
    [InlineData("The Commissioner for Finance in Kano State, Alhaji Sani Garba, said the levy would be reviewed.", "Sani Garba")]
    [InlineData("The chairman of the Market Traders Association, Chief Emeka Nwosu, said the levy would be reviewed.", "Emeka Nwosu")]
    [InlineData("The Kenya Revenue Authority's commissioner general, Wanjiku Njoroge, said the levy would be reviewed.", "Wanjiku Njoroge")]
    [InlineData("The ministry's spokesman, Rahul Verma, said the levy would be reviewed.", "Rahul Verma")]
    [InlineData("District Commissioner Otieno Ochieng said the levy would be reviewed.", "Otieno Ochieng")]
    [InlineData("Datuk Seri Ahmad Razak said the levy would be reviewed.", "Ahmad Razak")]
    [InlineData("Shri Anil Mehta, the district collector, said the levy would be reviewed.", "Anil Mehta")]
    [InlineData("Cllr Niamh Doherty said the levy would be reviewed.", "Niamh Doherty")]
    [InlineData("Ms Grace Otieno MP said the levy would be reviewed.", "Grace Otieno")]
    [InlineData("\"The levy will be reviewed,\" said the Trade Ministry spokeswoman, Lerato Dlamini.", "Lerato Dlamini")]
    [InlineData("\"The levy will be reviewed,\" the county's finance officer, Brian Kiprop, told the Nation.", "Brian Kiprop")]
    public void A_title_of_an_organisation_then_the_name_is_the_person(string paragraph, string speaker)
    {
        var result = InArticle(paragraph);
        var quote = Assert.Single(result.Quotes, q => q.Text.Contains("levy w", StringComparison.Ordinal) && q.Text.Contains("reviewed", StringComparison.Ordinal));
        Assert.Equal(speaker, result.SpeakerOf(quote)?.Name);
        NeighboursKeepTheirSpeakers(result);
    }

    [Theory]
    [InlineData("The Kenya Traders Union, in a statement signed by its secretary general, Moses Kamau, insisted that the levy was illegal.", "Kenya Traders Union")]
    [InlineData("In a statement, the Ministry of Finance said the levy was illegal.", "Ministry of Finance")]
    [InlineData("The ministry said in a statement that the levy was illegal.", "ministry")]
    public void An_organisation_speaking_through_a_statement_is_the_speaker(string paragraph, string speaker)
    {
        var quote = Single(InArticle(paragraph), "levy was illegal");
        Assert.Equal(speaker, InArticle(paragraph).SpeakerOf(quote)?.Name);
        Assert.Equal("a statement", quote.Medium);
    }

    [Theory]
    [InlineData("Ahmed Musa, a butcher, said business had collapsed.", "\"We are finished,\" he said.", "Ahmed Musa")]
    [InlineData("Chioma Obi, a tailor, said business had collapsed.", "\"We are finished,\" she said.", "Chioma Obi")]
    [InlineData("The Premier, Andrew Kostas, said business had collapsed.", "\"We are finished,\" he said.", "Andrew Kostas")]
    [InlineData("Wanjiru Mwangi, a trader, said business had collapsed.", "She said the county had not listened.", "Wanjiru Mwangi")]
    [InlineData("Ruaidhri Byrne, a stallholder, said business had collapsed.", "He said the county had not listened.", "Ruaidhri Byrne")]
    public void A_pronoun_after_a_person_introduced_with_an_appositive_is_that_person(string first, string second, string speaker)
    {
        var result = InArticle(first + "\n\n" + second);
        Assert.Equal(speaker, SpeakerOf(result, "business had collapsed"));
        var next = result.Quotes.Single(q => q.Text.Contains("finished", StringComparison.Ordinal) || q.Text.Contains("not listened", StringComparison.Ordinal));
        Assert.Equal(speaker, result.SpeakerOf(next)?.Name);
    }

    [Theory]
    [InlineData("\"The levy must go,\" Amina Sule told RTE Sport.", "RTE")]
    [InlineData("\"The levy must go,\" Amina Sule told ABC Radio Sydney.", "ABC")]
    [InlineData("\"The levy must go,\" Amina Sule told reporters in Guwahati.", "Guwahati")]
    [InlineData("Amina Sule said in a telephone interview that the levy must go.", "telephone")]
    [InlineData("Amina Sule said after an aerial survey of the market that the levy must go.", "aerial")]
    [InlineData("\"The levy must go,\" Amina Sule said, pointing to the empty stalls.", "stalls")]
    public void The_listener_and_the_setting_after_the_cue_are_not_what_was_said(string paragraph, string notContent)
    {
        var result = InArticle(paragraph);
        var quote = Single(result, "levy must go");
        Assert.Equal("Amina Sule", result.SpeakerOf(quote)?.Name);
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains(notContent, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Amina Sule, who chairs the stallholders, said at a town hall meeting in Kisumu on Thursday.", "town hall")]
    [InlineData("\"The levy must go,\" Amina Sule said at a town hall meeting in Kisumu.", "town hall")]
    [InlineData("Amina Sule said, waving a receipt, the levy had doubled.", "waving")]
    public void A_setting_or_a_participle_after_the_cue_is_not_what_was_said(string paragraph, string notContent)
    {
        var result = InArticle(paragraph);
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains(notContent, StringComparison.Ordinal));
        NeighboursKeepTheirSpeakers(result);
    }

    [Theory]
    [InlineData("Stall rents have doubled since March, according to a count by The Standard.", "Standard")]
    [InlineData("Stall rents have doubled since March, according to an analysis by Achieng Otieno, an economist at the university.", "Achieng Otieno")]
    [InlineData("Stall rents have doubled since March, according to a new report in the Daily Nation.", "Daily Nation")]
    [InlineData("Stall rents have doubled since March, according to the State Department of Trade.", "State Department of Trade")]
    [InlineData("According to the State Department, stall rents have doubled since March.", "State Department")]
    public void According_to_a_piece_by_someone_is_that_someone(string paragraph, string speaker)
    {
        var result = InArticle(paragraph);
        Assert.Equal(speaker, SpeakerOf(result, "doubled since March"));
        NeighboursKeepTheirSpeakers(result);
    }

    [Theory]
    [InlineData("Experts on public finance said the levy could be challenged in court.", "Experts")]
    [InlineData("Economists at the University of Nairobi said the levy could be challenged in court.", "Economists")]
    [InlineData("Political observers in Kisumu and around the county say the levy could be challenged in court.", "Political observers")]
    public void A_group_qualified_by_a_place_or_a_field_is_the_speaker(string paragraph, string speaker)
    {
        var result = InArticle(paragraph);
        Assert.Equal(speaker, SpeakerOf(result, "challenged in court"));
        NeighboursKeepTheirSpeakers(result);
    }

    [Theory]
    [InlineData("Speaking at a rally in Nakuru, Kenya, Amina Sule attacked the county, calling the levy “daylight robbery”.")]
    [InlineData("Speaking to reporters after the meeting, which ran late, Amina Sule attacked the county, calling the levy “daylight robbery”.")]
    [InlineData("Writing in the Daily Nation, Amina Sule attacked the county, calling the levy “daylight robbery”.")]
    public void An_opening_participle_clause_is_not_the_subject_a_later_participle_shares(string paragraph)
    {
        var result = InArticle(paragraph);
        Assert.Equal("Amina Sule", SpeakerOf(result, "daylight robbery"));
        NeighboursKeepTheirSpeakers(result);
    }

    [Theory]
    [InlineData("Wanjiru Kamau, a nurse at the county hospital, said the wards were full.", "According to her account, the doctors had not been paid since March.", "Wanjiru Kamau")]
    [InlineData("Brian Kiprop, a county clerk, said the wards were full.", "The doctors had not been paid since March, according to his testimony.", "Brian Kiprop")]
    public void According_to_her_account_is_the_person_she_means(string first, string second, string speaker)
    {
        var result = InArticle(first + "\n\n" + second);
        var quote = Single(result, "not been paid since March");
        Assert.Equal(speaker, result.SpeakerOf(quote)?.Name);
        Assert.DoesNotContain("account", quote.Text);
        NeighboursKeepTheirSpeakers(result);
    }

    [Fact]
    public void A_verb_coordinated_after_a_nested_report_and_its_setting_is_not_what_the_nested_speaker_said()
    {
        var result = InArticle("The county said it would refund the traders, as Governor Alan Pryce promised in March, and help them find new stalls.");
        Assert.Equal("county", SpeakerOf(result, "refund the traders"));
        Assert.DoesNotContain(result.Quotes, q => q.Text.StartsWith(", and help", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Quotes, q => result.SpeakerOf(q)?.Name == "Alan Pryce");
        NeighboursKeepTheirSpeakers(result);
    }

    [Theory]
    [InlineData("Asked by Amina Sule whether the levy would be scrapped, the governor said, \"We will listen to the traders.\"", "Amina Sule")]
    [InlineData("Asked by Mr Otieno if the levy would be scrapped, the governor said, \"We will listen to the traders.\"", "Otieno")]
    public void A_question_asked_by_someone_is_theirs(string paragraph, string asker)
    {
        var result = InArticle(paragraph);
        Assert.Equal(asker, SpeakerOf(result, "levy would be scrapped"));
        NeighboursKeepTheirSpeakers(result);
    }

    [Theory]
    [InlineData("Asked in Mombasa recently whether the levy would be scrapped, the governor said he had not decided.", "whether the levy", "had not decided")]
    [InlineData("Asked on local radio who would pay for the new stalls, the governor said the county would pay.", "who would pay", "the county would pay")]
    [InlineData("Asked during a debate in March why the market had closed, the governor said the roof was unsafe.", "why the market", "roof was unsafe")]
    public void A_question_asked_in_a_setting_starts_at_its_question_word(string paragraph, string question, string answer)
    {
        var result = InArticle(paragraph);
        var asked = Assert.Single(result.Quotes, q => q.Rule == "asked-question");
        Assert.StartsWith(question, asked.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer, asked.Text, StringComparison.Ordinal);
        Assert.Contains(result.Quotes, q => q.Rule != "asked-question" && q.Text.Contains(answer, StringComparison.Ordinal));
        NeighboursKeepTheirSpeakers(result);
    }

    [Theory]
    [InlineData("Asked in March, the governor said the market would reopen.")]
    [InlineData("Asked to leave the hall in March, the traders said they would return.")]
    public void Asked_with_a_setting_but_no_question_asks_nothing(string paragraph)
    {
        var result = InArticle(paragraph);
        Assert.DoesNotContain(result.Quotes, q => q.Rule == "asked-question");
    }

    [Theory]
    [InlineData("Clinic Closure Was Rushed, Former Hospital Doctor Says", "Dr. Ines Olwen, who ran the clinic for twenty years, said that the council never asked the patients.", "Ines Olwen")]
    [InlineData("Port Levy Was Hidden, Former City Council Treasurer Says", "Treasurer Pita Rangi said the levy was never put to a vote.", "Pita Rangi")]
    [InlineData("Port Files Must Stay Sealed, Judge Says", "Supreme Court Justice Aino Vesterby said the records were private.", "Aino Vesterby")]
    public void A_headline_role_noun_is_the_person_given_that_role_or_one_of_its_kind_below(string headline, string body, string speaker)
    {
        var result = QuoteEngine.AnalyzeText($"{headline}\n\nThe decision was taken in March.\n\n{body}");
        var headlineQuote = Assert.Single(result.Quotes, q => q.Paragraph == 0);
        Assert.Equal(speaker, result.SpeakerOf(headlineQuote)?.Name);
        Assert.DoesNotContain(result.Speakers, s => s.Kind == SpeakerKind.Organization);
    }

    [Theory]
    [InlineData("Coach Ines Varga praised her players.", "the manager")]
    [InlineData("Coach Ines Varga praised her players.", "the coach")]
    [InlineData("Ines Varga, the Rovers coach, praised her players.", "the manager")]
    [InlineData("Rovers manager Ines Varga praised her players.", "the boss")]
    public void A_club_s_coach_is_its_manager_and_boss(string introduction, string role)
    {
        var result = Analyze($"Rovers win again\n\n{introduction}\n\nStriker Lena Holt scored twice.\n\n\"The girls were brilliant,\" {role} said.");
        Assert.Equal("Ines Varga", SpeakerOf(result, "girls were brilliant"));
    }

    [Fact]
    public void A_detective_or_a_captain_before_a_name_is_a_title()
    {
        var result = Analyze("Harbour theft\n\nDetective Ray Cole leads the inquiry. Captain Mara Ruiz runs the ferry.\n\n\"We have a suspect,\" the detective said.");
        Assert.Equal("Ray Cole", SpeakerOf(result, "suspect"));
    }

    [Fact]
    public void A_role_before_the_name_in_commas_is_not_what_the_speaker_said()
    {
        var result = Analyze("League talks\n\nThe league's secretary-general, Ama Mensah, called for calm, saying \"enough is enough.\"");
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("secretary-general", StringComparison.Ordinal));
        Assert.Equal("Ama Mensah", SpeakerOf(result, "enough is enough"));
    }

    [Theory]
    [InlineData("State media quoted Kim Jong Un as saying the test was a success.")]
    [InlineData("Kim Jong Un watched the launch. State media quoted him as saying that the test was a success.")]
    public void The_one_an_agency_quotes_as_saying_is_the_speaker(string sentences)
    {
        var result = Analyze("Missile test\n\n" + sentences);
        var quote = Single(result, "test was a success");
        Assert.Equal("the test was a success", quote.Text);
        Assert.Equal("Kim Jong Un", result.SpeakerOf(quote)?.Name);
    }

    [Fact]
    public void A_newspaper_quoting_an_official_gives_the_official()
        => Assert.Equal("senior official", SpeakerOf(Analyze("Talks\n\nThe newspaper quoted a senior official as saying the talks had failed."), "talks had failed"));
}
