using System.Text.RegularExpressions;

namespace NewsBot.Cli.Evaluation;

/// <summary>
/// One annotated attribution of a gold article: its content spans (UTF-16 offsets into the text),
/// cue and source as annotated, whether it reports speech, and the speaker's name tokens.
/// </summary>
public sealed class GoldAttribution
{
    public required IReadOnlyList<(int Start, int End)> Spans { get; init; }
    public required string Text { get; init; }
    public required string Cue { get; init; }
    public required string Source { get; init; }
    public required int? SourceStart { get; init; }
    public required bool Speech { get; init; }

    /// <summary>The speaker's name tokens (lower case); empty when no one specific is meant or the source is a role noun.</summary>
    public HashSet<string> Who { get; set; } = [];

    /// <summary>The source is a pronoun or role noun the speaker had to be resolved for.</summary>
    public bool Resolved { get; set; }

    public int Length => Math.Max(1, Spans.Sum(s => s.End - s.Start));
    public int FirstStart => Spans.Min(s => s.Start);
}

/// <summary>
/// Reads a gold folder in the BRAT standoff format of ../shared/eval (text/NAME.txt, ann/NAME.ann,
/// optional speakers.tsv), with the same rules as score_quotes.py: which cues report speech,
/// how a source's name tokens are read, how pronouns fall back to the nearest named source.
/// </summary>
public static partial class GoldReader
{
    [GeneratedRegex(@"^(say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|ask|asks|asked|asking|" +
        @"write|writes|wrote|writing|written|tweet|tweets|tweeted|tweeting|post|posted|state|states|stated|stating|statement|" +
        @"explain|explains|explained|explaining|declare|declared|announce|announced|announcing|argue|argued|arguing|" +
        @"claim|claimed|claiming|claims|insist|insisted|insisting|note|noted|noting|continue|continued|reply|replied|" +
        @"respond|responded|responding|warn|warned|warning|urge|urged|urging|suggest|suggested|suggesting|admit|admitted|" +
        @"acknowledge|acknowledged|acknowledging|joke|joked|quip|quipped|recall|recalled|remark|remarked|repeat|repeated|" +
        @"report|reported|reporting|shout|shouted|testify|testified|yell|yelled|according to|accord|told reporters|" +
        @"contend|contended|assert|asserted|describe|described|call|called|calling|predict|predicted|promise|promised|" +
        @"vow|vowed|boast|boasted|complain|complained|concede|conceded|confirm|confirmed|deny|denied|emphasize|emphasized|" +
        @"point out|pointed out|mention|mentioned|interview|speech|remarks|comment|commented|comments|tell us|read|reads|" +
        @"speak|speaks|spoke|speaking|speaking out|put it|chant|chanted|declare|demand|demanded|question|questioned|agree|agreed|cry|cried|whisper|whispered|" +
        @"counter|countered|charge|charged|allege|alleged|accuse|accused|criticize|criticized|praise|praised|thank|thanked|" +
        @"retort|retorted|observe|observed|conclude|concluded|begin|began|went on|go on|goes on|interjected|offered)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechCue();

    [GeneratedRegex(@"^[TEARNM#]\d+\t")]
    private static partial Regex Record();

    [GeneratedRegex(@"[A-Z][\w'’.-]*")]
    private static partial Regex CapitalisedToken();

    [GeneratedRegex(@"[\w'’.-]+")]
    private static partial Regex AnyToken();

    [GeneratedRegex(@"\s(?:of|for|to|with|at|from|and)\s")]
    private static partial Regex HeadBoundary();

    [GeneratedRegex(@"[’']s$")]
    private static partial Regex Possessive();

    private const string QuoteMarks = "\"“”‘’«»„";

    private static readonly HashSet<string> Stop = [.. """
        the a an he she it they we i you his her its their our my your him them us me this that these those who which
        mr mrs ms dr sen rep gov president spokesman spokeswoman spokesperson official officials campaign aide aides
        according u.s. us american republican democratic democrat republicans democrats gop white house
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)];

    private static readonly HashSet<string> Pronouns = [.. "he she it they we i you who which that his her their its him them us one".Split(' ')];

    /// <summary>The article names (file names without .txt) of a gold folder, in ordinal order.</summary>
    public static IEnumerable<string> Articles(string goldFolder) =>
        Directory.GetFiles(Path.Combine(goldFolder, "text"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static string ReadText(string goldFolder, string article) => File.ReadAllText(Path.Combine(goldFolder, "text", article + ".txt"));

    /// <summary>speakers.tsv: article → content start → adjudicated name tokens ("-" for no one).</summary>
    public static Dictionary<string, Dictionary<int, string>> ReadSpeakers(string goldFolder)
    {
        var table = new Dictionary<string, Dictionary<int, string>>();
        var path = Path.Combine(goldFolder, "speakers.tsv");
        if (!File.Exists(path)) return table;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < 3 || !int.TryParse(cells[1], out int start)) continue;
            if (!table.TryGetValue(cells[0], out var rows)) table[cells[0]] = rows = [];
            rows[start] = cells[2].Trim().ToLowerInvariant();
        }
        return table;
    }

    /// <summary>The attributions of one article, offsets in UTF-16 code units of <paramref name="text"/>, speakers resolved.</summary>
    public static List<GoldAttribution> Read(string goldFolder, string article, string text, Dictionary<int, string>? speakers)
    {
        var toUtf16 = CodePointToUtf16(text);
        var golds = Parse(Path.Combine(goldFolder, "ann", article + ".ann"), toUtf16);
        ResolveSources(golds);
        if (speakers is not null) ApplySpeakers(golds, speakers, toUtf16);
        return golds;
    }

    private static int[] CodePointToUtf16(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        map.Add(text.Length);
        return [.. map];
    }

    private static int Utf16(int[] map, int codePoint) => map[Math.Clamp(codePoint, 0, map.Length - 1)];

    private sealed record TextBound(List<(int Start, int End)> Spans, string Text);

    private static List<GoldAttribution> Parse(string annPath, int[] toUtf16)
    {
        var bounds = new Dictionary<string, TextBound>();
        var events = new List<Dictionary<string, List<string>>>();
        string? last = null;
        int blanks = 0;
        foreach (var raw in File.ReadLines(annPath))
        {
            var line = raw.TrimEnd('\n');
            if (line.Length == 0) { blanks++; continue; }
            if (!Record().IsMatch(line))
            {
                // A line break inside an annotation's text: the previous T record's text goes on.
                if (last is not null && bounds.TryGetValue(last, out var bound)) bounds[last] = bound with { Text = bound.Text + new string('\n', blanks + 1) + line };
                blanks = 0;
                continue;
            }
            blanks = 0;
            var cells = line.Split('\t');
            last = cells[0];
            if (line[0] == 'T')
            {
                var spans = new List<(int, int)>();
                var kindAndSpans = cells.Length > 1 ? cells[1] : "";
                int space = kindAndSpans.IndexOf(' ');
                foreach (var part in kindAndSpans[(space + 1)..].Split(';'))
                {
                    var ends = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    spans.Add((Utf16(toUtf16, int.Parse(ends[0])), Utf16(toUtf16, int.Parse(ends[1]))));
                }
                bounds[cells[0]] = new TextBound(spans, cells.Length > 2 ? cells[2] : "");
            }
            else if (line[0] == 'E' && cells.Length > 1)
            {
                var roles = new Dictionary<string, List<string>>();
                foreach (var argument in cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var parts = argument.Split(':');
                    if (parts.Length != 2) continue;
                    if (!roles.TryGetValue(parts[0], out var refs)) roles[parts[0]] = refs = [];
                    refs.Add(parts[1]);
                }
                events.Add(roles);
            }
        }
        var golds = new List<GoldAttribution>();
        foreach (var roles in events)
        {
            List<TextBound> Get(string role) => roles.TryGetValue(role, out var refs) ? [.. refs.Where(bounds.ContainsKey).Select(r => bounds[r])] : [];
            var content = Get("Content");
            var source = Get("Source");
            var cue = Get("Cue");
            var spans = content.SelectMany(t => t.Spans).ToList();
            if (spans.Count == 0) continue;
            var contentText = string.Join(' ', content.Select(t => t.Text));
            var cueText = string.Join(' ', cue.Select(t => t.Text)).Trim().ToLowerInvariant().TrimEnd(':', ',');
            var sourceText = string.Join(' ', source.Select(t => t.Text)).Trim();
            var sourceStarts = source.SelectMany(t => t.Spans).Select(s => s.Start).ToList();
            bool speech = SpeechCue().IsMatch(cueText) || Regex.Split(cueText, @"\s+").Any(w => w.Length > 0 && SpeechCue().IsMatch(w))
                          || contentText.Any(c => QuoteMarks.Contains(c));
            golds.Add(new GoldAttribution
            {
                Spans = spans,
                Text = contentText,
                Cue = cueText,
                Source = sourceText,
                SourceStart = sourceStarts.Count > 0 ? sourceStarts.Min() : null,
                Speech = speech,
            });
        }
        return golds;
    }

    private static string Norm(string token) => Possessive().Replace(token, "").Replace(".", "").ToLowerInvariant();

    /// <summary>A predicted speaker's name tokens: its capitalised tokens but titles and function words.</summary>
    public static HashSet<string> Names(string? name)
    {
        var names = new HashSet<string>();
        foreach (Match m in CapitalisedToken().Matches(name ?? ""))
        {
            var n = Norm(m.Value);
            if (!Stop.Contains(n) && n.Length > 1) names.Add(n);
        }
        return names;
    }

    /// <summary>The last run of capitalised tokens of a gold source before an appositive or an of/for/to phrase.</summary>
    private static HashSet<string> HeadNames(string source)
    {
        var head = HeadBoundary().Split(source.Split(',')[0])[0];
        var runs = new List<List<string>>();
        var current = new List<string>();
        foreach (Match m in AnyToken().Matches(head))
        {
            var n = Norm(m.Value);
            if (char.IsUpper(m.Value[0]) && !Stop.Contains(n) && n.Length > 1) current.Add(n);
            else
            {
                if (current.Count > 0) runs.Add(current);
                current = [];
            }
        }
        if (current.Count > 0) runs.Add(current);
        return runs.Count > 0 ? [.. runs[^1]] : [];
    }

    private static void ResolveSources(List<GoldAttribution> golds)
    {
        var named = golds.Where(g => g.SourceStart is not null && HeadNames(g.Source).Count > 0)
            .Select(g => (Start: g.SourceStart!.Value, Who: HeadNames(g.Source))).OrderBy(x => x.Start).ToList();
        foreach (var g in golds)
        {
            g.Who = HeadNames(g.Source);
            g.Resolved = false;
            if (g.Who.Count > 0) continue;
            if (Pronouns.Contains(g.Source.Trim().ToLowerInvariant()) && g.SourceStart is { } start)
            {
                var previous = named.LastOrDefault(x => x.Start < start);
                g.Who = previous.Who ?? [];
                g.Resolved = true;
            }
        }
    }

    private static void ApplySpeakers(List<GoldAttribution> golds, Dictionary<int, string> table, int[] toUtf16)
    {
        // speakers.tsv keys are code-point offsets, as the .ann files.
        var byUtf16 = table.ToDictionary(pair => Utf16(toUtf16, pair.Key), pair => pair.Value);
        foreach (var g in golds)
        {
            if (!byUtf16.TryGetValue(g.FirstStart, out var who)) continue;
            if (g.Who.Count == 0 || g.Resolved) g.Resolved = true;
            g.Who = who == "-" ? [] : [.. who.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        }
    }
}
