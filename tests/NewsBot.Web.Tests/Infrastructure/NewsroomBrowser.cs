using System.Text.Json;

namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>Runs one task of browser/newsroom.mjs in headless Chromium and reads back what it measured.</summary>
public static class NewsroomBrowser
{
    public sealed record Run(Tools.Outcome Outcome, JsonElement Report, string? Screenshot)
    {
        public bool Succeeded => Outcome.ExitCode == 0;
    }

    public static async Task<Run> RunAsync(string task, Uri url, string? screenshotName, params string[] arguments)
    {
        Assert.True(File.Exists("/usr/bin/chromium"), "Chromium is missing: run eng/setup/20-chromium.sh (eng/test.sh does).");
        var tools = Path.Combine(Tools.RepoRoot, "eng", "tools");
        Assert.True(Directory.Exists(Path.Combine(tools, "node_modules", "playwright-core")), "playwright-core is missing: run eng/setup/21-node-tools.sh (eng/test.sh does).");
        var report = Path.Combine(Path.GetTempPath(), $"newsroom-{Guid.NewGuid():N}.json");
        var screenshot = screenshotName is null ? null : Path.Combine(Tools.ArtifactsFolder("screenshots"), screenshotName);
        List<string> steps =
        [
            Path.Combine(Tools.RepoRoot, "tests", "NewsBot.Web.Tests", "browser", "newsroom.mjs"),
            "--task", task, "--url", url.ToString(), "--tools", tools, "--out", report,
        ];
        if (screenshot is not null) steps.AddRange(["--screenshot", screenshot]);
        steps.AddRange(arguments);
        try
        {
            var outcome = await Tools.RunAsync("node", steps, TimeSpan.FromMinutes(3));
            var json = File.Exists(report) ? JsonDocument.Parse(await File.ReadAllTextAsync(report)).RootElement.Clone() : default;
            return new Run(outcome, json, screenshot);
        }
        finally
        {
            File.Delete(report);
        }
    }
}
