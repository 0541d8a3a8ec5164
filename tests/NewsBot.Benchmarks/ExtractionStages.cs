using System.Diagnostics;
using NewsBot.Quotes;

namespace NewsBot.Benchmarks;

/// <summary>
/// What the engine's stages cost per article, in time and in allocated bytes, on one thread:
///   dotnet run -c Release --project tests/NewsBot.Benchmarks -- extraction-stages [CORPORA] [PASSES]
/// (CORPORA: folders of ../shared/eval, comma-separated; polnear-dev,polnear-train unless given).
/// Each pass runs every article through the stages as <see cref="QuoteEngine.Analyze"/> does, each
/// stage timed by itself, the attribution patterns each inside the pipeline (a pipeline whose
/// patterns are wrapped in a timer), the other parts marked "·" where the engine runs them (it tells
/// the thread's <see cref="StagePartClock"/>), but for the reading parts and the transcript lines, timed
/// again on their own. What the timers inside a stage cost is a row of its own, and the stage's
/// "rest" is what its parts and their timers leave. Each article's time in each
/// stage is the least of its passes: on a machine shared with other work, a pass the scheduler
/// interrupted says nothing of the engine, and with a few passes one of them is undisturbed.
/// The untimed whole extraction (each article's least time too) is the reference the timers'
/// overhead is seen against.
/// </summary>
public static class ExtractionStages
{
    public static void Run(TextWriter output, IReadOnlyList<string> corpora, int passes)
    {
        var files = corpora.SelectMany(name => EvalCorpus.Get(name).Files).ToList();
        long bytes = files.Sum(f => (long)f.Length);
        var report = new StageReport(files.Count);
        var whole = new StageCost("whole extraction, untimed inside", 0, files.Count);

        // The engine's optimised code, as a long indexing run uses it: seconds of extraction first, unmeasured.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(6))
        {
            ExtractionBenchmark.ExtractAll(files);
            report.Pass(files);
        }
        whole.Clear();
        report.Clear();

        for (int pass = 0; pass < passes; pass++)
        {
            for (int f = 0; f < files.Count; f++)
            {
                byte[][] one = [files[f]];
                whole.Article = f;
                whole.Time(() => ExtractionBenchmark.ExtractAll(one));
            }
            whole.EndPass();
            report.Pass(files);
        }

        report.MeasureTimers();
        output.WriteLine($"{string.Join(" + ", corpora)}: {files.Count} articles, {bytes / 1e6:0.00} MB, each article's least time of {passes} passes, one thread (load average {LoadAverage()})");
        double wholeSeconds = whole.Ticks / (double)Stopwatch.Frequency;
        output.WriteLine($"untimed whole extraction: {wholeSeconds / files.Count * 1e6:0.0} µs and {whole.Bytes / 1024.0 / files.Count:0.0} KB per article, {bytes / 1e6 / wholeSeconds:0.0} MB/s");
        report.Write(output, files.Count);
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "unknown"; }
    }

    /// <summary>
    /// What one stage (or one part of one) costs each article: in each pass, the time, bytes and calls of the article in hand
    /// (<see cref="Article"/>) add up; at a pass's end each article keeps its least time.
    /// </summary>
    private sealed class StageCost(string name, int depth, int articles)
    {
        private readonly long[] _passTicks = new long[articles];
        private readonly long[] _passBytes = new long[articles];
        private readonly long[] _passCalls = new long[articles];
        private readonly long[] _bestTicks = Enumerable.Repeat(long.MaxValue, articles).ToArray();
        private readonly long[] _bestBytes = new long[articles];
        private readonly long[] _calls = new long[articles];

        public string Name => name;
        public int Depth => depth;
        public int Article { get; set; }
        public long Ticks => _bestTicks.Sum(t => t == long.MaxValue ? 0 : t);
        public long Bytes => _bestBytes.Sum();
        public long Calls => _calls.Sum();

        public void Add(long ticks, long bytes)
        {
            _passTicks[Article] += ticks;
            _passBytes[Article] += bytes;
            _passCalls[Article]++;
        }

        public T Time<T>(Func<T> stage)
        {
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            var result = stage();
            Add(Stopwatch.GetTimestamp() - start, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            return result;
        }

        public void EndPass()
        {
            for (int a = 0; a < _passTicks.Length; a++)
            {
                if (_passTicks[a] < _bestTicks[a])
                {
                    _bestTicks[a] = _passTicks[a];
                    _bestBytes[a] = _passBytes[a];
                    _calls[a] = _passCalls[a];
                }
                _passTicks[a] = _passBytes[a] = _passCalls[a] = 0;
            }
        }

        public void Clear()
        {
            EndPass();
            Array.Fill(_bestTicks, long.MaxValue);
            Array.Clear(_bestBytes);
            Array.Clear(_calls);
        }

        /// <summary>A stage's cost less its parts': what no part accounts for, article by article.</summary>
        public StageCost Rest(string restName, IEnumerable<StageCost> parts)
        {
            var list = parts.ToList();
            var rest = new StageCost(restName, depth + 1, _bestTicks.Length);
            for (int a = 0; a < _bestTicks.Length; a++)
            {
                rest._bestTicks[a] = _bestTicks[a] - list.Sum(p => p._bestTicks[a]);
                rest._bestBytes[a] = _bestBytes[a] - list.Sum(p => p._bestBytes[a]);
                rest._calls[a] = _calls[a];
            }
            return rest;
        }

        /// <summary>
        /// What timing the parts timed inside a stage costs the stage, article by article: each such timing (a call of a part)
        /// at what an empty one costs, <paramref name="ticksPerTiming"/>. It is counted as a part, so that the rest leaves it out.
        /// </summary>
        public static StageCost Timers(string name, int depth, IEnumerable<StageCost> timedInside, double ticksPerTiming)
        {
            var list = timedInside.ToList();
            var timers = new StageCost(name, depth, list[0]._bestTicks.Length);
            for (int a = 0; a < timers._bestTicks.Length; a++)
            {
                timers._calls[a] = list.Sum(p => p._calls[a]);
                timers._bestTicks[a] = (long)Math.Round(timers._calls[a] * ticksPerTiming);
            }
            return timers;
        }
    }

    /// <summary>An attribution pattern that adds the time and bytes of each of its matches to its stage.</summary>
    private sealed class TimedPattern(AttributionPattern pattern, StageCost cost) : AttributionPattern
    {
        public override string Name => pattern.Name;

        public override PatternResult Match(CueSite site)
        {
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            var result = pattern.Match(site);
            cost.Add(Stopwatch.GetTimestamp() - start, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            return result;
        }
    }

    /// <summary>The engine's parts of a stage (<see cref="StagePart"/>), each timed into its row.</summary>
    private sealed class PartClock(IReadOnlyDictionary<StagePart, StageCost> parts) : StagePartClock
    {
        private readonly StageCost[] _byPart = [.. Enum.GetValues<StagePart>().Select(p => parts[p])];

        public override StageMark Begin() => new(Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());

        public override void End(StagePart part, StageMark begun) => Into(_byPart[(int)part], begun);

        /// <summary>An empty timing, into <paramref name="probe"/>: what each timing costs beside what it times.</summary>
        public void TimeNothing(StageCost probe) => Into(probe, Begin());

        private static void Into(StageCost cost, StageMark begun)
            => cost.Add(Stopwatch.GetTimestamp() - begun.Ticks, GC.GetAllocatedBytesForCurrentThread() - begun.Bytes);
    }

    /// <summary>The stages in the engine's order, each with its parts.</summary>
    private sealed class StageReport
    {
        private readonly StageCost _decode;
        private readonly StageCost _read;
        private readonly StageCost _binary;
        private readonly StageCost _chrome;
        private readonly StageCost _sentences;
        private readonly StageCost _regions;
        private readonly StageCost _tokens;
        private readonly StageCost _attribution;
        private readonly StageCost _transcript;
        private readonly List<StageCost> _patterns;
        private readonly StageCost _speakers;
        private readonly AttributionPipeline _pipeline;
        private readonly Dictionary<StagePart, StageCost> _parts;
        private readonly PartClock _clock;
        /// <summary>What one empty timing costs (ticks): a pattern's or a part's, as inside a stage.</summary>
        private double _ticksPerTiming;

        public StageReport(int articles)
        {
            _decode = new("decode bytes", 0, articles);
            _read = new("read article (paragraphs, chrome, sentences)", 0, articles);
            _binary = new("· binary check", 1, articles);
            _chrome = new("· site chrome lines", 1, articles);
            _sentences = new("· sentence splitting", 1, articles);
            _regions = new("quote regions", 0, articles);
            _tokens = new("tokens and word classes", 0, articles);
            _attribution = new("attribution (QuoteExtractor)", 0, articles);
            _transcript = new("· transcript lines", 1, articles);
            _speakers = new("speakers (SpeakerResolver)", 0, articles);
            _patterns = [.. AttributionPipeline.Patterns.Select(p => new StageCost("· pattern " + p.Name, 1, articles))];
            var accordingTo = new StageCost("· pattern according-to", 1, articles);
            _patterns.Add(accordingTo);
            _pipeline = new AttributionPipeline(
                [.. AttributionPipeline.Patterns.Select((p, i) => new TimedPattern(p, _patterns[i]))],
                new TimedPattern(new AccordingTo(), accordingTo));
            _parts = new Dictionary<StagePart, StageCost>
            {
                [StagePart.SentenceView] = new("· sentence view (lower case)", 1, articles),
                [StagePart.CueMatching] = new("· cue matching", 1, articles),
                [StagePart.CueSite] = new("· cue site (subject before, after cue, content end)", 1, articles),
                [StagePart.NestingAndCoordination] = new("· nesting and coordination (two reports or more)", 1, articles),
                [StagePart.FollowingParagraphs] = new("· content in the next paragraph, empty ones let go", 1, articles),
                [StagePart.UnclaimedQuotes] = new("· unclaimed quotes (split, quote-only paragraphs, signed)", 1, articles),
                [StagePart.FragmentsAndOrder] = new("· fragments let go, text order", 1, articles),
                [StagePart.TitledPeople] = new("· titled people", 1, articles),
                [StagePart.SentenceSubjects] = new("· sentence subjects", 1, articles),
                [StagePart.PeopleOnTheWay] = new("· people met on the way (titled, full names, subjects)", 1, articles),
                [StagePart.Mentions] = new("· mentions (names, pronouns, roles, organisations)", 1, articles),
                [StagePart.LaterRoles] = new("· role nouns given to a later holder", 1, articles),
                [StagePart.Result] = new("· the result (quotes, speakers)", 1, articles),
            };
            _clock = new PartClock(_parts);
        }

        private IEnumerable<StageCost> All =>
        [
            _decode, _read, _binary, _chrome, _sentences, _regions, _tokens, _attribution, _transcript, .. _patterns,
            _speakers, .. _parts.Values,
        ];

        private IEnumerable<StageCost> AttributionParts =>
            [_parts[StagePart.SentenceView], _parts[StagePart.CueMatching], _parts[StagePart.CueSite], _parts[StagePart.NestingAndCoordination], _parts[StagePart.FollowingParagraphs], _parts[StagePart.UnclaimedQuotes], _parts[StagePart.FragmentsAndOrder]];

        private IEnumerable<StageCost> SpeakerParts =>
            [_parts[StagePart.TitledPeople], _parts[StagePart.SentenceSubjects], _parts[StagePart.PeopleOnTheWay], _parts[StagePart.Mentions], _parts[StagePart.LaterRoles], _parts[StagePart.Result]];

        /// <summary>
        /// What an empty timing costs, as the patterns and parts are timed inside a stage (two clock and allocation reads, one
        /// addition): the least of many short runs, after the passes, so that the rows of the stages can leave it out.
        /// </summary>
        public void MeasureTimers()
        {
            var probe = new StageCost("probe", 0, 1);
            // Many short runs: on a shared machine most are not interrupted, and the least of them is the timers' own cost.
            const int timings = 1_000;
            long least = long.MaxValue;
            for (int run = 0; run < 1_000; run++)
            {
                long start = Stopwatch.GetTimestamp();
                for (int t = 0; t < timings; t++) _clock.TimeNothing(probe);
                least = Math.Min(least, Stopwatch.GetTimestamp() - start);
            }
            _ticksPerTiming = least / (double)timings;
        }

        public void Clear()
        {
            foreach (var stage in All) stage.Clear();
        }

        public void Pass(List<byte[]> files)
        {
            StagePartClock.OfThisThread = _clock;
            try { PassTimed(files); }
            finally { StagePartClock.OfThisThread = null; }
        }

        private void PassTimed(List<byte[]> files)
        {
            for (int f = 0; f < files.Count; f++)
            {
                foreach (var stage in All) stage.Article = f;
                var file = files[f];
                var text = _decode.Time(() => TextDecoding.Decode(file));
                var loaded = _read.Time(() => ArticleLoader.FromString(text, "stages"));
                if (loaded.Article is not { } article) continue;
                _binary.Time(() => TextDecoding.LooksBinary(text));
                _chrome.Time(() => article.Paragraphs.Count(p => SiteChrome.IsChrome(article.Text, p.Span)));
                _sentences.Time(() => SplitSentences(article));
                var regions = _regions.Time(() =>
                {
                    var found = QuoteRegionFinder.Find(article);
                    found.Sort((a, b) => a.Outer.Start.CompareTo(b.Outer.Start));
                    return found;
                });
                using var tokens = _tokens.Time(() => Tokenizer.Tokenize(article, regions));
                var attributions = _attribution.Time(() => QuoteExtractor.Extract(article, regions, tokens, _pipeline));
                _transcript.Time(() => TranscriptLines.Find(article));
                _speakers.Time(() => SpeakerResolver.Resolve(article, attributions, regions, tokens));
            }
            foreach (var stage in All) stage.EndPass();
        }

        private static int SplitSentences(Article article)
        {
            var sentences = new List<Sentence>();
            foreach (var paragraph in article.Paragraphs)
                if (!paragraph.IsChrome) SentenceSplitter.Split(article.Text, paragraph, sentences);
            return sentences.Count;
        }

        public void Write(TextWriter output, int articles)
        {
            var rows = new List<StageCost>
            {
                _decode, _read, _binary, _chrome, _sentences, _read.Rest("· rest (paragraphs, title)", [_binary, _chrome, _sentences]),
                _regions, _tokens,
                _attribution, _transcript,
            };
            rows.AddRange(AttributionParts.Take(3));
            rows.AddRange(_patterns.OrderByDescending(p => p.Ticks));
            rows.AddRange(AttributionParts.Skip(3));
            var attributionTimers = StageCost.Timers("· timers of patterns and parts (count × empty timing)", 1, [.. _patterns, .. AttributionParts], _ticksPerTiming);
            rows.Add(attributionTimers);
            rows.Add(_attribution.Rest("· rest (sentence loop, transcript statements)", [_transcript, .. _patterns, .. AttributionParts, attributionTimers]));
            rows.AddRange([_speakers, .. SpeakerParts]);
            var speakerTimers = StageCost.Timers("· timers of the parts (count × empty timing)", 1, SpeakerParts, _ticksPerTiming);
            rows.Add(speakerTimers);
            rows.Add(_speakers.Rest("· rest (mentions in order, counts, ids)", [.. SpeakerParts, speakerTimers]));
            long total = _decode.Ticks + _read.Ticks + _regions.Ticks + _tokens.Ticks + _attribution.Ticks + _speakers.Ticks;
            long totalBytes = _decode.Bytes + _read.Bytes + _regions.Bytes + _tokens.Bytes + _attribution.Bytes + _speakers.Bytes;
            output.WriteLine($"{"stage",-62} {"µs/article",10} {"share",6} {"KB/article",10} {"calls/article",13}");
            foreach (var row in rows)
            {
                var name = new string(' ', row.Depth * 2) + row.Name;
                output.WriteLine($"{name,-62} {Micros(row.Ticks, articles),10:0.0} {row.Ticks * 100.0 / total,5:0}% {row.Bytes / 1024.0 / articles,10:0.00} {row.Calls / (double)articles,13:0.0}");
            }
            output.WriteLine($"{"timed stages together",-62} {Micros(total, articles),10:0.0} {100,5:0}% {totalBytes / 1024.0 / articles,10:0.00}");
        }

        private static double Micros(long ticks, int articles) => ticks * 1e6 / Stopwatch.Frequency / articles;
    }
}
