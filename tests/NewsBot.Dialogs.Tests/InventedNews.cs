using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Dialogs.Tests;

/// <summary>
/// Two news stories written for these tests (invented places and people), read by the real engine:
/// the families of questions are asked over what the engine makes of them, as over an article nobody
/// here has seen.
/// </summary>
public static class InventedNews
{
    public const string Dam = """
        Valley council approves new dam despite farmers' protest

        The Redwater valley council voted on Monday to build a new dam on the Ilse river, ending two years of debate.

        "This dam will keep the valley's taps running for fifty years," said council leader Marta Jansen. She added that the first concrete would be poured in April.

        Farmers' union chairman Piet Okonkwo denied that his members had been consulted. "Nobody asked the people who actually work this land," he told reporters outside the town hall.

        Hydrologist Dr. Lena Brandt warned that the reservoir could flood the old mill road within three winters. In an interview with Radio Ilse, she called the council's flood maps "optimistic at best."

        Jansen accused the union of spreading fear about the project, and promised that compensation would be paid to every farm that loses land.

        Mayor Tom Reyes, who chairs the regional water board, tweeted that the vote was "a good day for the whole valley."

        Okonkwo said the union would appeal the decision in court.
        """;

    public const string Rail = """
        Senate panel grills transport secretary over rail delays

        Transport Secretary Hal Brenner conceded on Thursday that the northern rail line would open two years late. "We got the tunnel estimates wrong, and I take responsibility for that," Brenner told the Senate transport committee.

        Sen. Laura Whitcombe asked whether the project was simply too expensive to finish. "Every month of delay costs taxpayers another forty million dollars," she said.

        Sen. Marcus Feld, the committee's ranking member, urged the department to publish its contracts. "People deserve to know who is being paid and for what," Feld said in a statement.

        Brenner promised a full audit of the tunnel contracts by the end of the year.

        Rail workers' spokeswoman Ana Ruiz said crews had warned about the soft ground under the hills as early as 2021.
        """;

    public static ArticleQuotes Analyse(string text, string name) => QuoteEngine.AnalyzeText(text, name);

    /// <summary>A bot over the stories given (the engine run on each).</summary>
    public static InProcessBot Bot(params string[] texts)
    {
        var store = new MemoryArticleStore();
        for (int i = 0; i < texts.Length; i++) store.AddAsync(Analyse(texts[i], $"story-{i}.txt")).GetAwaiter().GetResult();
        return new InProcessBot(store);
    }
}
