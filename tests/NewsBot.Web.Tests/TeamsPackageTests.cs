using System.IO.Compression;
using System.Text.RegularExpressions;
using NewsBot.Web.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace NewsBot.Web.Tests;

/// <summary>
/// The Teams app package as `bash eng/teams/package.sh` builds it: the manifest is checked against
/// the Teams JSON schema (offline) by the script itself; these tests add what the schema cannot
/// say: the icons' sizes and colours, and that the command list matches what the bot answers.
/// </summary>
public sealed class TeamsPackageTests
{
    private const string AppId = "6f1c0a5e-2b7d-4c1e-9a3f-5d2e8b7c4a10";
    private const string PublicUrl = "https://newsbot.example.org";

    private static readonly Lazy<Task<(Tools.Outcome Outcome, string Zip)>> Built = new(BuildAsync);

    private static Task<Tools.Outcome> PackageAsync(params string[] arguments) =>
        Tools.RunAsync("bash", [Path.Combine(Tools.RepoRoot, "eng", "teams", "package.sh"), .. arguments], TimeSpan.FromMinutes(3));

    private static async Task<(Tools.Outcome, string)> BuildAsync()
    {
        var zip = Path.Combine(Tools.ArtifactsFolder("teams"), "newsbot-teams.test.zip");
        File.Delete(zip);
        var outcome = await PackageAsync("--app-id", AppId, "--public-url", PublicUrl, "--out", zip);
        return (outcome, zip);
    }

    private static async Task<ZipArchive> PackageAsync()
    {
        var (outcome, zip) = await Built.Value;
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        return ZipFile.OpenRead(zip);
    }

    private static JObject Manifest(ZipArchive package)
    {
        using var reader = new StreamReader(package.GetEntry("manifest.json")!.Open());
        return JObject.Parse(reader.ReadToEnd());
    }

    private static PngImage Icon(ZipArchive package, string name)
    {
        using var stream = package.GetEntry(name)!.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return PngImage.Read(bytes.ToArray());
    }

    [Fact]
    public async Task The_package_holds_a_schema_valid_manifest_and_its_two_icons()
    {
        using var package = await PackageAsync();
        var manifest = Manifest(package);

        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Entries.Select(e => e.FullName).Order());
        Assert.True(Version.Parse((string)manifest["manifestVersion"]!) >= new Version(1, 17));
        Assert.Equal(["groupChat", "personal", "team"], manifest["bots"]![0]!["scopes"]!.Select(s => (string)s!).Order());
        Assert.Equal((string)manifest["id"]!, (string)manifest["bots"]![0]!["botId"]!);
    }

    [Fact]
    public async Task The_colour_icon_is_192_square_and_the_outline_32_square_white_on_transparent()
    {
        using var package = await PackageAsync();
        var color = Icon(package, "color.png");
        var outline = Icon(package, "outline.png");

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(PngImage.Rgba8, outline.ColorType);
        Assert.All(outline.Pixels(), p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"outline pixel {p} is neither transparent nor white"));
        Assert.Contains(outline.Pixels(), p => p.A == 0);
        Assert.Contains(outline.Pixels(), p => p.A == 255);
    }

    [Fact]
    public async Task Every_command_in_the_manifest_is_one_the_bot_explains_in_its_help()
    {
        using var package = await PackageAsync();
        var titles = Manifest(package)["bots"]![0]!["commandLists"]!.SelectMany(list => list["commands"]!).Select(c => (string)c["title"]!).ToList();

        await using var channel = await ChannelRecorder.StartAsync();
        await using var host = new NewsBotHost(TestArticles.WriteFolder());
        using var http = host.Http();
        var emulator = new EmulatorClient(http, channel);
        var help = Assert.Single(await emulator.AskAsync("help"));
        var plainHelp = Regex.Replace(help, @"\*\*", "").ToLowerInvariant();

        Assert.Contains("help", titles);
        Assert.All(titles.Where(t => t != "help"), title => Assert.Contains(title, plainHelp));
    }

    [Fact]
    public async Task The_manifest_declares_the_quote_search_the_bot_answers()
    {
        using var package = await PackageAsync();
        var manifest = Manifest(package);
        var extension = Assert.Single(manifest["composeExtensions"]!);
        var command = Assert.Single(extension["commands"]!);

        Assert.Equal(AppId, (string)extension["botId"]!);
        Assert.Equal(NewsBot.Dialogs.Teams.QuoteSearchExtension.CommandId, (string)command["id"]!);
        Assert.Equal("query", (string)command["type"]!);
        Assert.Equal(NewsBot.Dialogs.Teams.QuoteSearchExtension.QueryParameter, (string)Assert.Single(command["parameters"]!)["name"]!);
        Assert.Equal(PublicUrl, (string)manifest["developer"]!["websiteUrl"]!);
    }

    [Theory]
    [InlineData("give --app-id", "--public-url", PublicUrl)]
    [InlineData("--app-id is the zero GUID", "--app-id", "00000000-0000-0000-0000-000000000000", "--public-url", PublicUrl)]
    [InlineData("is not a GUID", "--app-id", "not-a-guid", "--public-url", PublicUrl)]
    [InlineData("give --public-url", "--app-id", AppId)]
    [InlineData("--public-url must be https", "--app-id", AppId, "--public-url", "http://newsbot.example.org")]
    [InlineData("is not a URL", "--app-id", AppId, "--public-url", "newsbot dot org")]
    [InlineData("Unknown option '--appid'", "--appid", AppId)]
    public async Task A_missing_or_wrong_option_is_refused_with_a_one_line_reason(string reason, params string[] arguments)
    {
        var outcome = await PackageAsync([.. arguments, "--out", Path.Combine(Path.GetTempPath(), $"newsbot-refused-{Guid.NewGuid():N}.zip")]);

        Assert.Equal(2, outcome.ExitCode);
        var lines = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines, l => l.StartsWith("package.mjs: ", StringComparison.Ordinal));
        Assert.Contains(reason, line);
        Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal) || l.Contains("Error:", StringComparison.Ordinal));   // no Node stack trace
    }
}
