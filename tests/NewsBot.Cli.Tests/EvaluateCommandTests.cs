using NewsBot.Quotes.Tests;

namespace NewsBot.Cli.Tests;

/// <summary>`newsbot evaluate` on a small gold folder written here: counts, per-rule rows and the listed misses.</summary>
public sealed class EvaluateCommandTests : IDisposable
{
    // BRAT offsets count code points: the ship in the title makes them differ from the text's UTF-16 offsets.
    private const string Story =
        "Harbour reopens \uD83D\uDEA2\n\n" +
        "\u201CThe boats are back,\u201D said Ines Duarte.\n\n" +
        "The council said the toll would go.\n\n" +
        "Divers mumbled \u2018nothing\u2019 about the wreck.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static int CodePoints(string text, string piece) => text[..text.IndexOf(piece, StringComparison.Ordinal)].EnumerateRunes().Count();

    private void WriteGold(string gold)
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "gold", "text"));
        Directory.CreateDirectory(Path.Combine(_folder.Path, "gold", "ann"));
        _folder.Write(Path.Combine("gold", "text", "harbour.txt"), Story);
        _folder.Write(Path.Combine("gold", "ann", "harbour.ann"), gold);
    }

    private string Annotation(int n, string cue, string source, string content)
    {
        int c = CodePoints(Story, content), q = CodePoints(Story, cue), s = CodePoints(Story, source);
        return $"T{n}1\tContent {c} {c + content.Length}\t{content}\nT{n}2\tCue {q} {q + cue.Length}\t{cue}\nT{n}3\tSource {s} {s + source.Length}\t{source}\n" +
               $"E{n}\tAttribution:T{n}2 Content:T{n}1 Source:T{n}3 Cue:T{n}2\n";
    }

    [Fact]
    public void Reports_the_scores_overall_and_per_rule()
    {
        WriteGold(Annotation(1, "said Ines Duarte", "Ines Duarte", "The boats are back,") + Annotation(2, "said", "The council", "the toll would go"));

        var run = CliRun.Of("evaluate", Path.Combine(_folder.Path, "gold"));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("1 articles, 2 speech attributions", run.Output, StringComparison.Ordinal);
        Assert.Contains("recall 1.000", run.Output, StringComparison.Ordinal);
        Assert.Contains(run.OutputLines, l => l.StartsWith("quote-cue-name ", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.StartsWith("name-cue-content ", StringComparison.Ordinal));
    }

    [Fact]
    public void Verbose_lists_a_missed_attribution_with_its_cue()
    {
        WriteGold(Annotation(1, "said Ines Duarte", "Ines Duarte", "The boats are back,") + Annotation(2, "mumbled", "Divers", "\u2018nothing\u2019"));

        var run = CliRun.Of("evaluate", Path.Combine(_folder.Path, "gold"), "--verbose", "--threshold", "0.8");

        Assert.Contains(run.OutputLines, l => l.StartsWith("FN  [mumbled] harbour: \u2018nothing\u2019", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_without_the_gold_layout_is_refused_plainly()
    {
        var run = CliRun.Of("evaluate", _folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("has no text/ and ann/ folders", run.Error, StringComparison.Ordinal);
    }
}
