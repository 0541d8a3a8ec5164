namespace NewsBot.Dialogs.Tests;

/// <summary>
/// Questions as people ask them, over four more invented stories: relations ("who pushed back on him?"), descriptions
/// instead of names ("the union boss", "the top prosecutor"), informal typing ("whats her job"), stance and topic
/// questions, restricted lists, and the focus following each answer that settles on one person.
/// </summary>
public sealed class AskedAsPeopleAskTests : IDisposable
{
    private const string Budget = """
        Council passes budget as transit union warns of strike

        The Northfield city council approved a $2.1 billion budget on Tuesday after a six-hour debate, with most of the new money going to roads and policing.

        "This budget protects every bus route in the city and does not raise taxes by a single cent," Mayor Daniel Osei said at a news conference at City Hall. He later tweeted that the vote was "a win for working families."

        Finance director Lena Ortiz, who drafted the spending plan, was not at the meeting.

        Maria Costa, general secretary of the Northfield Transit Workers Union, pushed back on the mayor's claim. "The mayor says no route is cut, but his plan takes forty drivers off the night shift," Costa said in an interview with the Northfield Tribune. She warned that her members could strike as early as March.

        Councilwoman Priya Nair, a Democrat who represents the east side, criticized the budget as "a shell game that moves money from buses to squad cars." She said the council had ignored the neighborhoods that depend on transit the most.

        Councilman Greg Holm, a Republican, defended the plan. "We listened to residents, and residents told us they want safer streets," Holm said. He joked that the only thing the council could not budget for was the weather.

        Police Chief Ray Tanaka welcomed the money for new officers, saying it would cut response times in half.
        """;

    private const string Court = """
        Prosecutor drops charges against harbor contractor

        The county's top prosecutor dropped fraud charges on Friday against a contractor accused of overbilling the state for harbor repairs, saying the evidence had been mishandled.

        District Attorney Ruth Adler told reporters that her office could not guarantee a fair trial. "When the chain of custody breaks, I have no choice but to walk away," Adler said. "It is not the outcome anyone wanted."

        The contractor's lawyer, Simon Vega, said his client had been "dragged through the mud for two years" and planned to sue the state.

        State Sen. Omar Haddad (D-Eastport), who chairs the oversight committee, disagreed with the decision. "Dropping this case tells every contractor that overbilling is a risk worth taking," Haddad said in a statement.

        Rep. Julie Park, a Republican on the same committee, agreed with Adler. "She made the honest call, and the honest call is rarely the popular one," Park said.

        Harbor commissioner Elena Brooks said the agency would review every contract signed since 2019. In a post on Facebook, she wrote that the harbor "will not pay a cent more than the work is worth."

        Haddad also called for an independent audit of the harbor authority.
        """;

    private const string Hospital = """
        Hospital waiting times hit record as nurses walk out

        Waiting times at Riverside General Hospital reached a record of fourteen hours on Wednesday, as nurses staged a one-day walkout over pay.

        The hospital's chief executive, Dr. Helen Marsh, apologised to patients but said the strike had been called "at the worst possible moment." Speaking to reporters outside the emergency department, she said managers had offered a four percent raise.

        Nurses' union leader Kwame Adjei rejected that account. "Four percent over three years is a pay cut, and everyone in this building knows it," Adjei said. He accused the board of hiding a surplus of nine million dollars.

        Health Secretary Paul Lindqvist backed the hospital's offer, calling it "fair and final." He later tweeted that he would meet both sides on Friday, although he warned that there was no more money.

        Patient advocate Rosa Delgado blamed the long waits on years of cuts rather than the strike. "People were sleeping in corridors long before anyone walked out," she said in an interview with the Riverside Herald.

        Dr. Imran Qureshi, an emergency physician at the hospital, said the heat had brought in twice the usual number of elderly patients.
        """;

    private const string League = """
        League chief defends stadium ticket rules

        The chief executive of the National Rugby League, Anders Lund, defended new ticket rules on Monday that limit each fan to four seats per match.

        "Touts were buying up whole sections and selling them at five times the price," Lund said on a radio program. "These rules put tickets back in the hands of real fans."

        Supporters' groups were not convinced. Kate Morrow, who heads the Rugby Supporters Trust, said the limits punished families and school groups. "A grandmother should not need three phones to take her grandchildren to a game," Morrow said.

        League spokesman Tom Fielding said refunds would be offered to anyone who had already bought more than four tickets.

        Sports minister Alan Greer said the government would watch the rules closely but had no plans to step in.

        Lund acknowledged that the rollout had been rushed, although he insisted the rules would stay.
        """;

    private readonly InProcessBot _budget = InventedNews.Bot(Budget);
    private readonly InProcessBot _court = InventedNews.Bot(Court);
    private readonly InProcessBot _hospital = InventedNews.Bot(Hospital);
    private readonly InProcessBot _league = InventedNews.Bot(League);

    public void Dispose()
    {
        _budget.Dispose();
        _court.Dispose();
        _hospital.Dispose();
        _league.Dispose();
    }

    /// <summary>One question and what its reply must hold: one of Any and all of All in its first paragraph, none of None anywhere.</summary>
    private sealed record Step(string Ask, string[] Any, string[] All, string[] None)
    {
        public Step Without(params string[] none) => this with { None = none };
    }

    private static Step Any(string ask, params string[] any) => new(ask, any, [], []);

    private static Step All(string ask, params string[] all) => new(ask, [], all, []);

    /// <summary>Asks each question in turn in one conversation with a bot that knows only this article.</summary>
    private static async Task ConverseOver(string article, params Step[] steps)
    {
        using var bot = InventedNews.Bot(article);
        await Converse(bot, steps);
    }

    /// <summary>Asks each question in turn in one conversation.</summary>
    private static async Task Converse(InProcessBot bot, params Step[] steps)
    {
        var chat = bot.NewConversation();
        foreach (var step in steps)
        {
            var reply = (await chat.SendAsync(step.Ask)).Text;
            var first = reply.Split("\n\n")[0];
            if (step.Any.Length > 0)
                Assert.True(step.Any.Any(e => first.Contains(e, StringComparison.OrdinalIgnoreCase)), $"{step.Ask}: expected one of [{string.Join(", ", step.Any)}] first in:\n{reply}");
            foreach (var e in step.All) Assert.True(first.Contains(e, StringComparison.OrdinalIgnoreCase), $"{step.Ask}: expected {e} first in:\n{reply}");
            foreach (var e in step.None) Assert.False(reply.Contains(e, StringComparison.OrdinalIgnoreCase), $"{step.Ask}: did not expect {e} in:\n{reply}");
        }
    }

    [Fact]
    public Task The_focus_follows_a_what_said_answer_and_a_relation_answer() => Converse(_budget,
        Any("what did the mayor say about the budget?", "protects every bus route"),
        Any("where did he say that?", "news conference", "City Hall"),
        Any("who pushed back on him?", "Costa"),
        Any("where did she say it", "Tribune"),
        Any("what else did she say", "strike as early as March"));

    [Fact]
    public Task Someone_mentioned_but_not_quoted_is_the_focus_after() => Converse(_budget,
        Any("what did lena ortiz say?", "not quoted"),
        Any("who is she?", "finance director"),
        Any("what else did she say?", "not quoted", "mentioned"));

    [Fact]
    public Task Informal_typing_is_read_as_meant() => Converse(_budget,
        Any("who said the council ignored neighborhoods that depend on transit", "Nair"),
        Any("whats her job", "Councilwoman"),
        All("whos quoted", "Osei", "Costa", "Nair", "Holm", "Tanaka"),
        Any("what did osei say abt buses", "bus route"),
        Any("who sayed the night shift is losing drivers", "Costa"),
        Any("whatdid holm say", "safer streets"));

    [Theory]
    [InlineData("what did the head of the transit union say?")]
    [InlineData("what did the union boss say")]
    [InlineData("what did the transit union's leader say")]
    public Task A_description_finds_the_person_by_role_synonyms(string question) => Converse(_budget, Any(question, "forty drivers", "strike as early as March"));

    [Theory]
    [InlineData("whos the hospital boss", "Marsh")]
    [InlineData("what did the hospital's chief say", "Helen Marsh")]
    [InlineData("what did the league's chief say?", "Anders Lund")]
    [InlineData("what did the head of the rugby league say", "Anders Lund")]
    [InlineData("who is the head of the league", "Anders Lund")]
    public Task A_description_finds_the_person_by_the_appositive(string question, string expected) =>
        Converse(question.Contains("league") ? _league : _hospital, Any(question, expected));

    [Fact]
    public Task Who_disagreed_and_who_agreed_with_the_focused_or_named_person() => Converse(_court,
        Any("what did the top prosecutor say", "chain of custody", "fair trial"),
        Any("who disagreed with her?", "Haddad").Without("Vega said"),
        Any("who agreed with adler?", "Park"),
        Any("who sided with the district attorney", "Park"),
        Any("how did haddad say it", "statement"));

    [Fact]
    public async Task What_someone_wrote_comes_before_what_they_said()
    {
        var reply = (await _court.NewConversation().SendAsync("what did elena brooks write?")).Text;
        int wrote = reply.IndexOf("will not pay a cent more", StringComparison.Ordinal);
        int said = reply.IndexOf("review every contract", StringComparison.Ordinal);
        Assert.True(wrote >= 0 && said >= 0 && wrote < said, reply);
    }

    [Fact]
    public Task Who_responded_to_him_is_someone_of_another_side() => Converse(_league,
        Any("what did the league's chief say?", "Anders Lund"),
        Any("where did he say it", "radio"),
        Any("who responded to him?", "Morrow"),
        Any("whos she", "Rugby Supporters Trust"));

    [Fact]
    public Task Restricted_lists_and_stances_by_party() => Converse(_court,
        All("which lawmakers are quoted?", "Haddad", "Park").Without("Vega:", "Brooks:"),
        Any("which democrats pushed back?", "Haddad").Without("Julie Park said"),
        Any("what did the harbor boss say about paying more", "not pay a cent more"),
        Any("where did she say that?", "Facebook"));

    [Theory]
    [InlineData("did anyone criticise the budget?", "Nair")]
    [InlineData("who criticized the budget", "Nair")]
    [InlineData("who defended the plan?", "Holm")]
    [InlineData("anyone mention a strike?", "Costa")]
    [InlineData("who talked about the weather?", "Holm")]
    [InlineData("did any1 criticize the budget", "Nair")]
    [InlineData("some1 criticise the budget?", "Nair")]
    public Task Stance_and_topic_questions_name_who_took_that_line(string question, string speaker) => Converse(_budget, Any(question, speaker));

    [Fact]
    public Task How_did_he_say_it_reads_the_medium_from_the_sentence() => Converse(_budget,
        Any("what did the mayor say about working families", "win for working families"),
        Any("how did he say it?", "Twitter", "tweeted"));

    private const string Tram = """
        Tram line splits the Reyes family

        Mayor Luis Reyes told the Ledger on Tuesday that the tram line would go ahead as planned. His sister, councilwoman Ana Reyes, gave her view in an interview with Radio Norte.

        "This tram is a gift to developers and nothing else," Ana Reyes said.

        "We will build it on time," Luis Reyes said.
        """;

    [Theory]
    [InlineData("where did she say that")]
    [InlineData("where did ana reyes say it?")]
    public async Task Where_reads_the_sentence_about_the_speaker_not_one_about_someone_of_the_same_surname(string where)
    {
        using var bot = InventedNews.Bot(Tram);
        await Converse(bot, Any("who called the tram a gift to developers", "Ana Reyes"), Any(where, "Radio Norte").Without("Ledger"));
    }

    private const string Described = """
        Coach urges league to drop the salary cap

        Marta Lindgren on Monday called on league chairman Peter Hale to scrap the salary cap before the new season.

        "The cap is strangling the smaller clubs," Olsen's former assistant said in an interview with Radio Sud. "It should go now."

        Hale disagreed. "Without a cap the rich clubs will buy every title," Hale said.

        "He will not change his mind," his spokesman said in a podcast.

        "We lose our best players every summer," Lindgren said. "The league has to listen."
        """;

    [Theory]
    [InlineData("who said the league has to listen", "where did she say it?")]
    [InlineData("who said clubs lose their best players every summer", "where did she say that")]
    [InlineData("what did lindgren say about players", "where was she speaking?")]
    public Task Where_reads_the_sentence_that_describes_the_speaker_right_after_naming_them(string who, string where) =>
        ConverseOver(Described, Any(who, "Lindgren"), Any(where, "Radio Sud"));

    [Fact]
    public Task Where_does_not_take_the_venue_of_someone_described_as_theirs() =>
        ConverseOver(Described, Any("who said rich clubs would buy every title", "Hale"), Any("where did he say it?", "doesn't say").Without("podcast", "Radio Sud"));

    private const string Mayor = """
        Mayor Whitfield marks her first year in office

        Mayor Dana Whitfield spoke to reporters on Monday about her first year at City Hall.

        "The road work on Main Street will finish in May," Whitfield said.

        "Work on the new library starts this summer," she said.

        "We all work long hours in this building," Whitfield said.

        "The work crews have done a fine job on the bridge," she said.

        "Public work should be done in the open," Whitfield said.

        "Women still hit a wall when they ask for a raise," Whitfield said.

        "Young women should never wait to be invited to speak," she added.

        Council member Joan Pike said women had waited too long for a park in the south end. "Women run half the businesses on this street," Pike said. "Women pay the same taxes," she said. "Women vote in every election," she added.
        """;

    [Theory]
    [InlineData("what did whitfield say about women at work")]
    [InlineData("what did the mayor say about women at work?")]
    [InlineData("whitfield on women in the workforce?")]
    public Task A_topic_with_a_narrowing_phrase_puts_quotes_on_its_head_first(string question) =>
        ConverseOver(Mayor, Any(question, "hit a wall", "wait to be invited"));

    [Fact]
    public Task A_topic_without_a_narrowing_phrase_keeps_its_order() =>
        ConverseOver(Mayor, Any("what did whitfield say about road work", "Main Street").Without("hit a wall"));

    private const string Audit = """
        Calls grow for the port authority to publish its audit

        A law passed last year requires the port authority to publish its annual audit. The authority has not published one since 2019.

        "The authority should do so this month," said Senator Carla Voss.

        Harbor pilot Nils Eriksen said the port authority should publish its audit at once.

        "Publishing the audit would end the rumors," said union leader Tom Reed.

        Authority spokesman Ben Cole said the accounts were still being checked. "We will do so when the checks are done," Cole said.
        """;

    [Theory]
    [InlineData("who else said it should publish the audit?")]
    [InlineData("who else wants the authority to publish its audit")]
    [InlineData("anyone else say the audit should be published?")]
    [InlineData("did anyone else say the audit should be published")]
    public Task Who_else_lists_everyone_else_and_those_who_said_it_by_do_so(string question) =>
        ConverseOver(Audit, Any("who said the port authority should publish its audit at once", "Eriksen"), All(question, "Voss", "Reed").Without("Cole"));

    private const string Tolls = """
        Harbor toll plan draws mixed reviews

        Economists said the toll plan would raise forty million dollars a year for the harbor.

        Critics said the toll plan would punish commuters who have no other way across the bay.

        Analysts said the plan could cut traffic on the bridge by a tenth.

        Residents said the plan was drawn up without asking them.

        Shop owners said the plan would keep customers away from the waterfront.

        Officials said the toll plan would start in the spring.

        Drivers said the toll plan was one more tax on working people.

        Environmental groups said the plan did too little for cleaner air.

        Port director Hana Kim said the tolls would pay for a new sea wall. "Without this money the harbor floods within ten years," Kim said.

        Ferry captain Ole Berg said more commuters would take the ferry. "My boats are half empty in the morning," Berg said.
        """;

    [Theory]
    [InlineData("who talked about the toll plan?")]
    [InlineData("who else is quoted about the plan")]
    [InlineData("who commented on the toll plan")]
    public async Task A_topic_list_names_the_people_before_groups(string question)
    {
        using var bot = InventedNews.Bot(Tolls);
        await Converse(bot, All(question, "Hana Kim", "Ole Berg"));
    }

    [Fact]
    public Task Whom_they_told_is_where_they_said_it() => Converse(_budget,
        Any("who said the plan takes drivers off the night shift", "Costa"),
        Any("who did she tell?", "Northfield Tribune"),
        Any("wheres she from", "Northfield Transit Workers Union"),
        Any("who did the mayor tell", "news conference", "City Hall"),
        Any("who was costa talking to", "Northfield Tribune"));

    [Fact]
    public async Task A_compound_question_gets_both_answers_in_turn()
    {
        var chat = _budget.NewConversation();
        var reply = (await chat.SendAsync("what did holm say and where did he say it?")).Text;
        Assert.StartsWith("Holm", reply.Split("\n\n")[0].Replace("Greg Holm", "Holm"));
        Assert.Contains("safer streets", reply);
        Assert.DoesNotContain("nothing about", reply);
        var next = (await chat.SendAsync("who said the night shift is losing drivers and what else did she say")).Text;
        Assert.Contains("Costa", next.Split("\n\n")[0]);
        Assert.Contains("strike as early as March", next);
    }

    [Theory]
    [InlineData("what did adler tell reporters")]
    [InlineData("what did the district attorney tell reporters?")]
    [InlineData("what did Adler tell the press")]
    public Task What_someone_told_a_listener_is_all_they_said(string question) =>
        Converse(_court, Any(question, "fair trial", "chain of custody").Without("nothing about", "\u201creporters\u201d"));

    [Fact]
    public Task A_pronoun_of_the_other_gender_still_means_the_one_person_in_focus() => Converse(_budget,
        Any("who said the plan takes drivers off the night shift", "Costa"),
        Any("who is he?", "general secretary"));

    [Fact]
    public Task With_two_people_in_focus_the_pronoun_picks_by_gender() => Converse(_budget,
        Any("what did costa say?", "forty drivers"),
        Any("what did holm say", "safer streets"),
        Any("who is she", "general secretary"),
        Any("and who is he", "Councilman", "Republican"));

    private const string Campaign = """
        Senator Marsh returns to the campaign trail

        Sen. Tom Marsh told supporters in Dunmore on Saturday that he would fight the mine closure "to the last vote."

        "This valley built the country, and it deserves better than a letter from head office," Sen. Tom Marsh said.

        "We will not be moved," he said. "Not this year, not ever."

        The senator said the state would lose 900 jobs if the mine closed. He promised a hearing in the Senate before the end of the month.

        His wife, Clara Marsh, who manages the campaign, said the crowd was the largest of the tour.

        According to a new report by the Dunmore Herald, most voters in the valley back the senator.

        Two Parkers, Ann Parker and Luke Parker, spoke for the miners. "We want the mine open," Ann Parker said. "We want it safe," Luke Parker said.
        """;

    [Fact]
    public async Task A_surname_means_the_one_of_its_people_quoted_far_more_and_asks_when_none_is()
    {
        using var bot = InventedNews.Bot(Campaign);
        await Converse(bot, Any("what did marsh say?", "Tom Marsh").Without("could be"));
        await Converse(bot, Any("what did parker say?", "could be"));
    }

    [Fact]
    public async Task A_piece_of_writing_by_someone_is_theirs()
    {
        using var bot = InventedNews.Bot(Campaign);
        await Converse(bot, Any("what did a new report by the dunmore herald say?", "most voters"));
    }
}
