namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>A small article composed for these tests, written to a folder of its own.</summary>
public static class TestArticles
{
    public const string Text = """
        Harbour town votes to rebuild its storm wall

        The town council of Kelby voted on Tuesday to rebuild the storm wall that failed in the January floods.

        "We cannot ask families to live behind a wall we know is broken," said Mayor Ingrid Solberg, who proposed the plan.

        Harbourmaster Tomas Reyes said the old wall had been patched eleven times since 1990.

        "Every patch bought us a winter and cost us a decade," Reyes said.

        Opposition councillor Dana Whitcombe said the town should first ask the regional government to share the cost. "Kelby should not carry this bill alone," she said.
        """;

    public static string WriteFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsbot-web-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "storm-wall.txt"), Text);
        return folder;
    }
}
