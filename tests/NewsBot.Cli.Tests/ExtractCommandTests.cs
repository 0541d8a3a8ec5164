using System.Text.Json;
using NewsBot.Quotes.Tests;

namespace NewsBot.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Story =
        "Bridge opens after nine years\n\n" +
        "Mayor Lena Ortiz opened the Millbrook bridge on Tuesday.\n\n" +
        "\u201CIt took us nine years, but we never gave up,\u201D Ortiz told reporters. " +
        "The council said in a statement that the toll would be dropped next spring.\n\n" +
        "\u201CWe are delighted,\u201D said Tom Reyes, who runs the bakery by the river.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static JsonElement Json(string line) => JsonDocument.Parse(line).RootElement;

    [Fact]
    public void Jsonl_prints_one_object_per_file_with_valid_offsets()
    {
        var path = _folder.Write("bridge.txt", Story);
        var run = CliRun.Of("extract", path, "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var line = Json(Assert.Single(run.OutputLines));
        Assert.Equal(path, line.GetProperty("file").GetString());
        Assert.Equal(JsonValueKind.Array, line.GetProperty("speakers").ValueKind);
        var speakerIds = line.GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        foreach (var quote in line.GetProperty("quotes").EnumerateArray())
        {
            int start = quote.GetProperty("start").GetInt32(), end = quote.GetProperty("end").GetInt32();
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, Story.Length);
            Assert.Contains(quote.GetProperty("kind").GetString(), new[] { "direct", "partial", "mixed", "indirect" });
            var speakerId = quote.GetProperty("speakerId");
            if (speakerId.ValueKind != JsonValueKind.Null) Assert.Contains(speakerId.GetString(), speakerIds);
        }
    }

    [Fact]
    public void Output_is_utf8_text_without_a_byte_order_mark()
    {
        var run = CliRun.Of("extract", _folder.Write("bridge.txt", Story), "--format", "jsonl");
        Assert.False(run.Output.StartsWith('\uFEFF'));
    }

    [Fact]
    public void Missing_file_is_reported_and_the_good_file_still_processed()
    {
        var missing = Path.Combine(_folder.Path, "missing.txt");
        var good = _folder.Write("good.txt", Story);
        var run = CliRun.Of("extract", missing, good, "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{missing} does not exist", run.Error);
        var lines = run.OutputLines.Select(Json).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(missing, lines[0].GetProperty("file").GetString());
        Assert.Contains("does not exist", lines[0].GetProperty("error").GetString());
        Assert.Equal(good, lines[1].GetProperty("file").GetString());
        Assert.True(lines[1].TryGetProperty("quotes", out _));
    }

    [Fact]
    public void Folder_stands_for_its_article_files_in_name_order()
    {
        _folder.Write("b.txt", Story);
        _folder.Write("a.html", "<html><body><p>" + Story + "</p></body></html>");
        _folder.Write("c.HTM", "<p>" + Story + "</p>");
        _folder.Write("notes.md", "# not an article");
        Directory.CreateDirectory(Path.Combine(_folder.Path, "sub"));
        File.WriteAllText(Path.Combine(_folder.Path, "sub", "d.txt"), Story);

        var run = CliRun.Of("extract", _folder.Path, "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var files = run.OutputLines.Select(l => Path.GetFileName(Json(l).GetProperty("file").GetString())).ToList();
        Assert.Equal(["a.html", "b.txt", "c.HTM"], files);
    }

    [Fact]
    public void Folder_without_articles_is_a_failure_not_silence()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder.Path, "empty")).FullName;
        var run = CliRun.Of("extract", empty, "--format", "jsonl");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a directory", Json(Assert.Single(run.OutputLines)).GetProperty("error").GetString());
    }

    [Fact]
    public void Table_is_the_default_format()
    {
        var path = _folder.Write("bridge.txt", Story);
        var run = CliRun.Of("extract", path);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"== {path}: ", run.Output);
        Assert.Matches(@"(no quotes found|SPEAKER\s+KIND\s+OFFSETS\s+QUOTE)", run.Output);
    }

    [Fact]
    public void Table_reports_bad_files_on_stderr_only()
    {
        var binary = _folder.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]);
        var run = CliRun.Of("extract", binary, _folder.Write("bridge.txt", Story), "--format", "table");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("binary", run.Error);
        Assert.DoesNotContain("image.txt", run.Output);
        Assert.Contains("bridge.txt", run.Output);
    }

    [Fact]
    public void Size_limit_is_an_option()
    {
        var path = Path.Combine(_folder.Path, "big.txt");
        using (var stream = File.Create(path)) stream.SetLength(2L * 1024 * 1024);
        var run = CliRun.Of("extract", path, "--max-mb", "1");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("over the 1 MB limit", run.Error);
    }

    [Theory]
    [InlineData("extract", "a.txt", "--format", "xml")]
    [InlineData("extract")]
    [InlineData("extract", "a.txt", "--max-mb", "0")]
    [InlineData("extract", "a.txt", "--unknown")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Usage_errors_exit_with_2_and_a_message(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("newsbot --help", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Help_lists_the_extract_command()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("extract", run.Output);
    }
}
