using System.Globalization;
using System.Text;

namespace NewsBot.Cli.Evaluation;

/// <summary>
/// The scores of a run, overall and per rule: for each attribution rule, how many quotes it made,
/// their precision and their share of the gold's recall; for each speaker rule, how often it
/// named the right speaker.
/// </summary>
public sealed record RuleReport(int Articles, int GoldSpeech, IReadOnlyList<ScoredQuote> Quotes)
{
    public int Hits => Quotes.Count(q => q.Outcome == Outcome.Hit);
    public int FalseAlarms => Quotes.Count(q => q.Outcome == Outcome.FalseAlarm);
    public double Precision => Ratio(Hits, Hits + FalseAlarms);
    public double Recall => Ratio(Hits, GoldSpeech);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double SpeakerAccuracy => Ratio(Quotes.Count(q => q.SpeakerRight == true), Quotes.Count(q => q.SpeakerRight is not null));

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{Articles} articles, {GoldSpeech} speech attributions, {Quotes.Count} quotes: precision {Precision:0.000}, recall {Recall:0.000}, F1 {F1:0.000}, speaker {SpeakerAccuracy:0.000}"));
        text.AppendLine();
        text.AppendLine(Row("attribution rule", "quotes", "hits", "false", "neutral", "precision", "recall", "speaker"));
        foreach (var group in Quotes.GroupBy(q => Label(q.Quote.Rule)).OrderByDescending(g => g.Count()))
        {
            var hits = group.Count(q => q.Outcome == Outcome.Hit);
            var fa = group.Count(q => q.Outcome == Outcome.FalseAlarm);
            text.AppendLine(Row(group.Key, group.Count(), hits, fa, group.Count(q => q.Outcome == Outcome.Neutral),
                Ratio(hits, hits + fa), Ratio(hits, GoldSpeech), Accuracy(group)));
        }
        text.AppendLine();
        text.AppendLine(Row("speaker rule", "judged", "right", "wrong", "", "accuracy", "", "resolved"));
        foreach (var group in Quotes.Where(q => q.SpeakerRight is not null).GroupBy(q => Label(q.Quote.SpeakerRule)).OrderByDescending(g => g.Count()))
        {
            int right = group.Count(q => q.SpeakerRight == true);
            text.AppendLine(Row(group.Key, group.Count(), right, group.Count() - right, "", Accuracy(group), "", Accuracy(group.Where(q => q.ResolvedSpeaker))));
        }
        return text.ToString();
    }

    private static string Label(string rule) => rule.Length == 0 ? "(none)" : rule;

    private static object Accuracy(IEnumerable<ScoredQuote> quotes)
    {
        var judged = quotes.Where(q => q.SpeakerRight is not null).ToList();
        return judged.Count == 0 ? "-" : Ratio(judged.Count(q => q.SpeakerRight == true), judged.Count);
    }

    private static string Row(params object[] cells) =>
        string.Join("  ", cells.Select((c, i) => i == 0 ? $"{c,-26}" : c is double d ? Invariant($"{d,9:0.000}") : $"{c,9}")).TrimEnd();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
