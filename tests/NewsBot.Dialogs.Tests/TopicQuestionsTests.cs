using NewsBot.Dialogs.Understanding;

namespace NewsBot.Dialogs.Tests;

/// <summary>
/// "Who talked about …" over invented stories: everyone whose quote is about the topic is named in the first
/// paragraph, best first, when the topic's words stand in the headline, in the quote's paragraph rather than its
/// sentence, or when a rarer word of the topic fits one quote by chance; a phrase of time or occasion at the end
/// ("on the morning shows", "at the rally", "last week") is where it was said, not words the quote must hold.
/// </summary>
public sealed class TopicQuestionsTests : IDisposable
{
    private const string Ferry = """
        How Port Alden could keep its island ferry running

        The island ferry that links Port Alden with Kessel Island will stop in May unless the town finds four million dollars, the harbor board said on Monday.

        "Without the boat, the island is cut off from the hospital and the schools," said Nadia Olsen, who chairs the island residents' association.

        Harbor master Victor Lindgren said the board had looked at selling advertising on the boats. "Every option is on the table, including a fare rise," Lindgren said.

        Economist Priya Raman, who studies small transport lines at Coastal University, said towns of this size rarely pay for a service alone. "A regional grant is the usual way out," Raman said.

        Council member Theo Banks said he would propose a one-year emergency fund at the next council meeting.
        """;

    private const string Bridge = """
        Storm damage closes the old river bridge

        The old river bridge in Carrow was closed on Sunday after floodwater cracked two of its piers.

        City engineer Hana Kowalski said inspectors found the damage during a routine check. "The piers moved four centimetres overnight, and we cannot let traffic back on," Kowalski said in an interview on the morning shows.

        Mayor Owen Dale spoke to reporters at the town hall. "We will open a temporary crossing within a week," Dale said. He added that the city would ask the state for repair money.

        Shop owner Lucia Ferrante said trade on the east bank had halved since the closure. "People simply stop coming," she said.
        """;

    private const string Vaccine = """
        Clinic reopens after vaccine shortage

        The Millbrook community clinic reopened on Thursday after two weeks without flu vaccine.

        Dr. Samuel Achebe, the clinic's medical director, said the delivery had been held up at the regional depot. "We turned away three hundred people, many of them elderly," Achebe said.

        Nurse Grace Whitlow described the queue on the first morning. Families waited outside in the rain for two hours, and some brought folding chairs. "It felt like a concert, not a clinic," she said.

        County health officer Ivan Petrov said the depot had been short of drivers and promised that it would not happen again.
        """;

    private const string Levy = """
        Lawmakers split over the tourist levy

        The tourist levy that the state wants to double has its critics in both parties.

        Hotel owners say the levy will drive visitors to the coast. Tour operators say bookings are already down. Restaurant groups say the levy is a tax on jobs. Airport officials say the levy is small next to fuel costs. Economists say the levy would raise sixty million dollars. Residents' associations say the money should fix the roads. Travel agents say the levy confuses buyers. Campsite owners say the levy hurts families most.

        Senators Ines Varga and Tomas Reil say the levy should be voted on again. "Doubling the levy without a vote is wrong," they wrote in a joint letter.

        Treasurer Carla Munt defended the levy at a briefing. "Visitors use our roads and our parks, and the levy is how they pay for them," Munt said.
        """;

    private readonly InProcessBot _levy = InventedNews.Bot(Levy);
    private readonly InProcessBot _levyParticles = InventedNews.Bot(Levy.Replace("Treasurer Carla Munt", "Treasurer Carla ter Horst").Replace("Munt said", "Horst said"));
    private readonly InProcessBot _ferry = InventedNews.Bot(Ferry);
    private readonly InProcessBot _bridge = InventedNews.Bot(Bridge);
    private readonly InProcessBot _vaccine = InventedNews.Bot(Vaccine);

    public void Dispose()
    {
        _ferry.Dispose();
        _levy.Dispose();
        _levyParticles.Dispose();
        _bridge.Dispose();
        _vaccine.Dispose();
    }

    private static async Task<string> FirstParagraph(InProcessBot bot, string question)
    {
        var reply = (await bot.NewConversation().SendAsync(question)).Text;
        return reply.Split("\n\n")[0];
    }

    private static async Task NamesAll(InProcessBot bot, string question, params string[] speakers)
    {
        var first = await FirstParagraph(bot, question);
        foreach (var speaker in speakers) Assert.True(first.Contains(speaker, StringComparison.OrdinalIgnoreCase), $"{question}: expected {speaker} first in:\n{first}");
    }

    [Theory]
    [InlineData("who talked about how the town could keep the ferry going?")]
    [InlineData("who talked about saving the island ferry")]
    [InlineData("what do people say about keeping the ferry running?")]
    public Task A_topic_the_headline_names_is_what_everyone_quoted_talks_about(string question) =>
        NamesAll(_ferry, question, "Olsen", "Lindgren", "Raman");

    [Theory]
    [InlineData("who talked about the queue in the rain?", "Whitlow")]
    [InlineData("who described families waiting outside", "Whitlow")]
    public Task A_quote_whose_paragraph_names_the_topic_is_about_it(string question, string speaker) =>
        NamesAll(_vaccine, question, speaker);

    [Theory]
    [InlineData("who commented on the bridge closure on the morning shows?")]
    [InlineData("who talked about the bridge closure last week")]
    [InlineData("who commented on the closed bridge at the town hall")]
    public Task An_occasion_at_the_end_is_no_topic_word(string question) =>
        NamesAll(_bridge, question, "Kowalski", "Dale");

    [Theory]
    [InlineData("who talked about the tourist levy?")]
    [InlineData("what do people say about the levy")]
    public Task Named_people_together_come_before_unnamed_groups(string question) =>
        NamesAll(_levy, question, "Varga", "Munt");

    [Theory]
    [InlineData("who talked about the tourist levy?")]
    [InlineData("what do people say about the levy")]
    public Task A_name_with_a_particle_is_a_named_person(string question) =>
        NamesAll(_levyParticles, question, "Varga", "Carla ter Horst");

    [Theory]
    [InlineData("who commented on the police shootings on the sunday shows?", "the police shootings", "the sunday shows")]
    [InlineData("who talked about the budget at the rally", "the budget", "the rally")]
    [InlineData("who said the plan is dead in the interview", "the plan is dead", "the interview")]
    [InlineData("who talked about the strike last week", "the strike", "last week")]
    [InlineData("what did the mayor say about taxes during the debate", "taxes", "the debate")]
    public void A_phrase_of_occasion_or_time_is_the_setting(string question, string words, string setting)
    {
        var reading = QuestionReader.Read(question);
        Assert.Equal(setting, reading.Setting);
        Assert.Equal(words, reading.Topic ?? reading.Content);
    }

    [Theory]
    [InlineData("who said the show must go on")]
    [InlineData("who talked about the debate")]
    [InlineData("who said the polls show")]
    [InlineData("who said \"we will win at the rally\"")]
    public void Words_that_only_end_in_an_occasion_noun_keep_it(string question) =>
        Assert.Null(QuestionReader.Read(question).Setting);
}
