using System.Diagnostics;
using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Cli.Tests;

/// <summary>The figures score_quotes.py prints for one run (see its docstring).</summary>
public sealed record QuoteScores(
    int Articles,
    int Missing,
    int GoldSpeech,
    int Predicted,
    int Hits,
    int FalseAlarms,
    int Neutral,
    int BadOffsets,
    double Precision,
    double Recall,
    double F1,
    double SpeakerAcc,
    double SpeakerAccNamed,
    double SpeakerAccResolved,
    double Threshold);

/// <summary>
/// Runs the project's own `extract --format jsonl` over an evaluation folder and scores the
/// result with ../shared/eval/score_quotes.py (python3), the same pipeline as the README's.
/// </summary>
public static class EvalScorer
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string EvalFolder => SharedEval.Folder;

    /// <summary>A folder under shared/eval with text/ and ann/, e.g. "seed" or "polnear-dev".</summary>
    public static string GoldFolder(string name) => Path.Combine(EvalFolder, name);

    /// <summary>extract -> preds.jsonl -> score_quotes.py -> its scores.</summary>
    public static QuoteScores ExtractAndScore(string goldFolderName, double threshold = 0.3)
    {
        var gold = GoldFolder(goldFolderName);
        var predictions = Path.Combine(Directory.CreateTempSubdirectory("newsbot-eval-").FullName, "preds.jsonl");
        try
        {
            var run = CliRun.Of("extract", Path.Combine(gold, "text"), "--format", "jsonl");
            if (run.ExitCode != 0) throw new InvalidOperationException($"extract failed ({run.ExitCode}): {run.Error}");
            File.WriteAllText(predictions, run.Output);
            return Score(gold, predictions, threshold);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(predictions)!, recursive: true);
        }
    }

    public static QuoteScores Score(string goldFolder, string predictionsJsonl, double threshold = 0.3)
    {
        var lastLine = RunPython(Path.Combine(EvalFolder, "score_quotes.py"), goldFolder, predictionsJsonl,
            "--threshold", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return JsonSerializer.Deserialize<QuoteScores>(lastLine ?? "null", SnakeCase)
            ?? throw new InvalidOperationException("score_quotes.py printed no scores");
    }

    private static string RunPython(params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var python = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started");
        var error = python.StandardError.ReadToEndAsync();
        var output = python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        if (python.ExitCode != 0) throw new InvalidOperationException($"python3 {string.Join(' ', args)} failed ({python.ExitCode}): {error.Result}");
        return output;
    }
}
