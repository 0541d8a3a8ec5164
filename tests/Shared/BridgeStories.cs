namespace NewsBot.Testing;

/// <summary>
/// Five invented local stories about one bridge, for one person across articles: the mayor is
/// "Mayor Dana Whitfield" in the first, "Whitfield, the town's mayor" in the second and "Ms.
/// Whitfield" in the third; a builder, "Robert Whitfield", is another person of that surname; in the
/// last, "Whitfield" alone could be either of them. A water board (an organisation) and residents
/// (a group) are quoted too.
/// </summary>
public static class BridgeStories
{
    public const string Mayor = "Dana Whitfield";
    public const string Builder = "Robert Whitfield";
    public const string WaterBoard = "Eastbrook Water Board";

    /// <summary>The mayor's quotes over the first three stories, and the builder's in the fourth.</summary>
    public const int MayorQuotes = 5;
    public const int BuilderQuotes = 2;

    public const string Council = """
        Eastbrook council approves the river bridge

        The Eastbrook council voted on Monday to build a bridge over the Alder river.

        "We have waited long enough for this crossing," said Mayor Dana Whitfield.

        Whitfield said the bridge would open in the spring of next year.

        The Eastbrook Water Board said in a statement that the river would stay clean during the works.
        """;

    public const string Storms = """
        Storms delay the Alder bridge

        Heavy storms have pushed back work on the Alder bridge by six weeks.

        "The storms cost us six weeks, but not our resolve," Whitfield, the town's mayor, told reporters.

        Residents said the delay was frustrating.
        """;

    public const string Contract = """
        Bridge builders sign the contract

        The firm that will build the Alder bridge signed its contract on Friday.

        "This contract keeps the work in Eastbrook," Ms. Whitfield said at the signing.

        She added that local firms had won most of the work.
        """;

    public const string Steel = """
        Local builder joins the bridge works

        Robert Whitfield, a builder from Eastbrook, will supply the steel for the Alder bridge.

        "We can have the steel on site by June," Whitfield said.

        He said his crews were ready.
        """;

    public const string Opening = """
        Bridge opens to traffic

        The Alder bridge opened to traffic on Saturday.

        "Today the two halves of Eastbrook are one town," Whitfield said as the first cars crossed.

        The Eastbrook Water Board said the river had stayed clean throughout the works.
        """;

    /// <summary>The stories in the order they happened, with a file name each.</summary>
    public static IReadOnlyList<(string Name, string Text)> All =>
        [("council.txt", Council), ("storms.txt", Storms), ("contract.txt", Contract), ("steel.txt", Steel), ("opening.txt", Opening)];
}
