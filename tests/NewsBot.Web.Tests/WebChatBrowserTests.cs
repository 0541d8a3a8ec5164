using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>
/// The web chat page end to end in headless Chromium (eng/setup/20-chromium.sh installs it,
/// eng/setup/21-node-tools.sh installs playwright-core): the page loads Web Chat from wwwroot,
/// talks to the host's Direct Line, and shows NewsBot's answers. Fails when any piece is missing.
/// </summary>
public sealed class WebChatBrowserTests : LoopbackHostTests
{
    [Fact]
    public async Task A_question_typed_or_clicked_in_the_page_is_answered()
    {
        Assert.True(File.Exists("/usr/bin/chromium"), "Chromium is missing: run eng/setup/20-chromium.sh (eng/test.sh does).");
        var tools = Path.Combine(Tools.RepoRoot, "eng", "tools");
        Assert.True(Directory.Exists(Path.Combine(tools, "node_modules", "playwright-core")), "playwright-core is missing: run eng/setup/21-node-tools.sh (eng/test.sh does).");
        var screenshot = Path.Combine(Tools.ArtifactsFolder("screenshots"), "webchat.png");

        var outcome = await Tools.RunAsync("node",
        [
            Path.Combine(Tools.RepoRoot, "tests", "NewsBot.Web.Tests", "browser", "webchat.mjs"),
            "--url", Host.Address.ToString(),
            "--tools", tools,
            "--welcome", "Harbour town votes to rebuild its storm wall",
            "--example", "Who was quoted?",
            "--example-expect", "Dana Whitcombe",
            "--question", "Who said \"every patch bought us a winter\"?",
            "--expect", "cost us a decade",
            "--screenshot", screenshot,
        ], TimeSpan.FromMinutes(2));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("web chat OK", outcome.Output);
    }
}
