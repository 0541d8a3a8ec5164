namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>A ten-paragraph article composed for the newsroom tests: four people quoted, some directly, some in reported speech, and one only mentioned.</summary>
public static class NewsroomArticles
{
    public const string ReservoirTitle = "Valley reservoir plan divides farmers and anglers";

    /// <summary>The third person quoted (after Margit Ferreira and Joseph Okonkwo).</summary>
    public const string ThirdSpeaker = "Clara Hendricks";

    public const string ThirdSpeakersWords = "Warm water is the end of a trout river";

    public const string Reservoir = """
        Valley reservoir plan divides farmers and anglers

        The regional water board on Thursday approved a plan to raise the Aldwin reservoir dam by four metres, a project that would flood two miles of the river valley above it.

        "We have had three dry summers in a row, and the towns downstream cannot wait for a fourth," said Margit Ferreira, who chairs the water board.

        Farmers in the valley said the plan would take some of their best grazing land. "My family has kept cattle on those meadows for four generations," said Joseph Okonkwo, a dairy farmer from Linby.

        The board said it would pay for the land at market prices, as Governor Alan Pryce promised in March, and help families find new pasture.

        Anglers were divided. Clara Hendricks, secretary of the Aldwin Angling Club, said a deeper reservoir would warm the river below the dam and drive out its trout.

        "Warm water is the end of a trout river, and nobody on the board has asked us what we know about it," Hendricks said.

        Engineer Tobias Lund, who drew up the plan, said the dam would release cold water from its base to keep the river cool in summer.

        "The design keeps the river as cold as it is today, even in August," Lund said.

        Ferreira said the board would hold two public meetings in the valley before construction begins next spring.
        """;

    public const int ReservoirParagraphs = 10;

    public const string OnlyMentioned = "Alan Pryce";

    public static string Write(string text, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsroom-{Guid.NewGuid():N}-{name}");
        File.WriteAllText(path, text);
        return path;
    }
}
