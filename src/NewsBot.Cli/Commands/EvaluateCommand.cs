using System.CommandLine;
using System.Globalization;
using NewsBot.Cli.Evaluation;
using NewsBot.Quotes;

namespace NewsBot.Cli.Commands;

/// <summary>
/// `newsbot evaluate GOLD_FOLDER [--threshold 0.3] [--verbose]`: runs the engine over a gold folder
/// in the BRAT format of ../shared/eval and reports precision and recall overall and per rule.
/// </summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("GOLD_FOLDER") { Description = "A folder with text/NAME.txt and ann/NAME.ann (BRAT standoff), and optionally speakers.tsv." };
        var threshold = new Option<double>("--threshold")
        {
            Description = "The share of a gold content a quote must cover to match it (as score_quotes.py).",
            DefaultValueFactory = _ => 0.3,
        };
        threshold.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (value is <= 0 or > 1) result.AddError("--threshold must be above 0 and at most 1.");
        });
        var verbose = new Option<bool>("--verbose") { Description = "Also list every miss, false alarm and wrong speaker, with the rules that made it." };
        var command = new Command("evaluate", "Score the engine on a gold folder, per attribution and speaker rule.") { gold, threshold, verbose };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(gold), parsed.GetValue(threshold), parsed.GetValue(verbose),
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string goldFolder, double threshold, bool verbose, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(Path.Combine(goldFolder, "text")) || !Directory.Exists(Path.Combine(goldFolder, "ann")))
        {
            error.WriteLine($"newsbot evaluate: {goldFolder} has no text/ and ann/ folders (the BRAT layout of ../shared/eval).");
            return CliApp.Failure;
        }
        var speakers = GoldReader.ReadSpeakers(goldFolder);
        var scored = new List<ScoredQuote>();
        int articles = 0, goldSpeech = 0;
        foreach (var article in GoldReader.Articles(goldFolder))
        {
            var loaded = ArticleLoader.LoadFile(Path.Combine(goldFolder, "text", article + ".txt"));
            if (!loaded.Succeeded || !File.Exists(Path.Combine(goldFolder, "ann", article + ".ann")))
            {
                error.WriteLine($"newsbot evaluate: skipped {article}: {loaded.Error ?? "no .ann file"}");
                continue;
            }
            var text = GoldReader.ReadText(goldFolder, article);
            var golds = GoldReader.Read(goldFolder, article, text, speakers.GetValueOrDefault(article));
            var result = QuoteEngine.Analyze(loaded.Article!);
            var found = QuoteScorer.Score(article, result, golds, threshold);
            articles++;
            goldSpeech += golds.Count(g => g.Speech);
            scored.AddRange(found);
            if (verbose) WriteMisses(output, article, result, golds, found);
        }
        output.Write(new RuleReport(articles, goldSpeech, scored).Render());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold}"));
        return CliApp.Success;
    }

    private static void WriteMisses(TextWriter output, string article, ArticleQuotes result, List<GoldAttribution> golds, List<ScoredQuote> found)
    {
        string Short(string s) => s.Length > 100 ? s[..100] : s;
        foreach (var q in found)
        {
            if (q.Outcome == Outcome.FalseAlarm) output.WriteLine($"FP  [{q.Quote.Rule}] {article}: {Short(q.Quote.Text)}");
            else if (q.Nearest is { } gold) output.WriteLine($"SPAN [{q.Quote.Rule}] {article}: {Short(q.Quote.Text)} | gold: {Short(gold.Text)}");
            else if (q.SpeakerRight == false) output.WriteLine($"SPK [{q.Quote.SpeakerRule}] {article}: pred {q.Quote.SpeakerName} gold {string.Join(' ', q.Matched?.Who ?? [])} : {Short(q.Quote.Text)}");
        }
        var text = result.Article.Text;
        foreach (var gold in golds.Where(g => g.Speech))
        {
            bool covered = result.Quotes.Any(q => gold.Spans.Any(s => q.Span.Start < s.End && s.Start < q.Span.End));
            if (!covered) output.WriteLine($"FN  [{gold.Cue}] {article}: {Short(gold.Text)}");
        }
    }
}
