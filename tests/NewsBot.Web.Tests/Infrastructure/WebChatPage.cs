namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>Runs browser/webchat.mjs against a host: the welcome, an example and a typed question over the test article, then any further steps.</summary>
public static class WebChatPage
{
    public static async Task<Tools.Outcome> RunAsync(Uri address, string screenshotName, params string[] moreSteps)
    {
        Assert.True(File.Exists("/usr/bin/chromium"), "Chromium is missing: run eng/setup/20-chromium.sh (eng/test.sh does).");
        var tools = Path.Combine(Tools.RepoRoot, "eng", "tools");
        Assert.True(Directory.Exists(Path.Combine(tools, "node_modules", "playwright-core")), "playwright-core is missing: run eng/setup/21-node-tools.sh (eng/test.sh does).");
        string[] steps =
        [
            Path.Combine(Tools.RepoRoot, "tests", "NewsBot.Web.Tests", "browser", "webchat.mjs"),
            "--url", address.ToString(),
            "--tools", tools,
            "--welcome", "Harbour town votes to rebuild its storm wall",
            "--example", "Who was quoted?",
            "--example-expect", "Dana Whitcombe",
            "--question", "Who said \"every patch bought us a winter\"?",
            "--expect", "cost us a decade",
            "--screenshot", Path.Combine(Tools.ArtifactsFolder("screenshots"), screenshotName),
        ];
        return await Tools.RunAsync("node", [.. steps, .. moreSteps], TimeSpan.FromMinutes(2));
    }
}
