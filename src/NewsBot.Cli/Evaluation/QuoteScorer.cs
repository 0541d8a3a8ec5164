using NewsBot.Quotes;

namespace NewsBot.Cli.Evaluation;

/// <summary>What became of one predicted quote against the gold.</summary>
public enum Outcome { Hit, FalseAlarm, Neutral }

/// <summary>One predicted quote scored: the rules that made it, what it matched, and whether its speaker is right (null: not judged).</summary>
public sealed record ScoredQuote(string Article, Quote Quote, Outcome Outcome, bool? SpeakerRight, bool ResolvedSpeaker)
{
    /// <summary>For a quote under the threshold, the gold it covers most of (its span is off), if any.</summary>
    public GoldAttribution? Nearest { get; init; }

    /// <summary>For a hit, the gold attribution it matched.</summary>
    public GoldAttribution? Matched { get; init; }
}

/// <summary>
/// Scores an article's quotes against its gold attributions as score_quotes.py does: each quote in
/// turn takes the unused gold it covers most of; at or over the threshold it is a hit on a speech
/// attribution (neutral on a belief or stance), under it a false alarm unless it overlaps some
/// gold; speakers are right when a name token is shared with the gold's.
/// </summary>
public static class QuoteScorer
{
    public static List<ScoredQuote> Score(string article, ArticleQuotes result, List<GoldAttribution> golds, double threshold)
    {
        var scored = new List<ScoredQuote>();
        var used = new HashSet<int>();
        var speakers = result.Speakers.ToDictionary(s => s.Id);
        foreach (var quote in result.Quotes)
        {
            var span = (quote.Span.Start, quote.Span.End);
            double best = 0;
            int bestIndex = -1;
            for (int i = 0; i < golds.Count; i++)
            {
                if (used.Contains(i)) continue;
                double share = (double)Overlap(span, golds[i].Spans) / golds[i].Length;
                if (share > best) { best = share; bestIndex = i; }
            }
            if (bestIndex < 0 || best < threshold)
            {
                bool overlapsAny = golds.Any(g => Overlap(span, g.Spans) > 0.3 * Math.Max(1, span.End - span.Start));
                scored.Add(new ScoredQuote(article, quote, overlapsAny ? Outcome.Neutral : Outcome.FalseAlarm, null, false)
                {
                    Nearest = bestIndex >= 0 && best > 0 && golds[bestIndex].Speech ? golds[bestIndex] : null,
                });
                continue;
            }
            var gold = golds[bestIndex];
            used.Add(bestIndex);
            if (!gold.Speech)
            {
                scored.Add(new ScoredQuote(article, quote, Outcome.Neutral, null, false));
                continue;
            }
            bool? right = null;
            if (gold.Who.Count > 0)
            {
                var names = GoldReader.Names(quote.SpeakerName);
                if (quote.SpeakerId is not null && speakers.TryGetValue(quote.SpeakerId, out var speaker))
                {
                    names.UnionWith(GoldReader.Names(speaker.Name));
                    foreach (var alias in speaker.Aliases) names.UnionWith(GoldReader.Names(alias));
                }
                right = names.Overlaps(gold.Who);
            }
            scored.Add(new ScoredQuote(article, quote, Outcome.Hit, right, gold.Resolved) { Matched = gold });
        }
        return scored;
    }

    private static int Overlap((int Start, int End) a, IReadOnlyList<(int Start, int End)> spans)
    {
        int shared = 0;
        foreach (var (start, end) in spans) shared += Math.Max(0, Math.Min(a.End, end) - Math.Max(a.Start, start));
        return shared;
    }
}
