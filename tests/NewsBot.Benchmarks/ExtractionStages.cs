using System.Diagnostics;
using NewsBot.Quotes;

namespace NewsBot.Benchmarks;

/// <summary>
/// What the engine's stages cost per article, in time and in allocated bytes, on one thread:
///   dotnet run -c Release --project tests/NewsBot.Benchmarks -- extraction-stages [CORPORA] [PASSES]
/// (CORPORA: folders of ../shared/eval, comma-separated; polnear-dev,polnear-train unless given).
/// Each pass runs every article through the stages as <see cref="QuoteEngine.Analyze"/> does, each
/// stage timed by itself, the attribution patterns each inside the pipeline (a pipeline whose
/// patterns are wrapped in a timer). The parts of a stage marked "·" are timed again on their own,
/// outside the stage, and the stage's "rest" is what its parts leave. Passes alternate with untimed
/// ones, whose time per article is the reference the timers' overhead is seen against.
/// </summary>
public static class ExtractionStages
{
    public static void Run(TextWriter output, IReadOnlyList<string> corpora, int passes)
    {
        var files = corpora.SelectMany(name => EvalCorpus.Get(name).Files).ToList();
        long bytes = files.Sum(f => (long)f.Length);
        var report = new StageReport();

        // The engine's optimised code, as a long indexing run uses it: seconds of extraction first, unmeasured.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(6))
        {
            ExtractionBenchmark.ExtractAll(files);
            report.Pass(files, count: false);
        }

        long plainTicks = 0, plainBytes = 0;
        for (int pass = 0; pass < passes; pass++)
        {
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            ExtractionBenchmark.ExtractAll(files);
            plainTicks += Stopwatch.GetTimestamp() - start;
            plainBytes += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            report.Pass(files, count: true);
        }

        int articles = files.Count * passes;
        double plainSeconds = plainTicks / (double)Stopwatch.Frequency;
        output.WriteLine($"{string.Join(" + ", corpora)}: {files.Count} articles, {bytes / 1e6:0.00} MB, {passes} passes, one thread (load average {LoadAverage()})");
        output.WriteLine($"untimed whole extraction: {plainSeconds / articles * 1e6:0.0} µs and {plainBytes / 1024.0 / articles:0.0} KB per article, {bytes * passes / 1e6 / plainSeconds:0.0} MB/s");
        report.Write(output, articles);
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "unknown"; }
    }

    /// <summary>The time, bytes and calls one stage (or one part of one) has cost so far.</summary>
    private sealed class StageCost(string name, int depth)
    {
        public string Name => name;
        public int Depth => depth;
        public long Ticks { get; private set; }
        public long Bytes { get; private set; }
        public long Calls { get; private set; }
        public bool Counting { get; set; }

        public void Add(long ticks, long bytes)
        {
            if (!Counting) return;
            Ticks += ticks;
            Bytes += bytes;
            Calls++;
        }

        public T Time<T>(Func<T> stage)
        {
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            var result = stage();
            Add(Stopwatch.GetTimestamp() - start, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            return result;
        }

        /// <summary>A stage's own cost less its parts': what no part accounts for.</summary>
        public StageCost Rest(string restName, IEnumerable<StageCost> parts)
        {
            var rest = new StageCost(restName, depth + 1) { Counting = true };
            var list = parts.ToList();
            rest.Ticks = Ticks - list.Sum(p => p.Ticks);
            rest.Bytes = Bytes - list.Sum(p => p.Bytes);
            rest.Calls = Calls;
            return rest;
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

    /// <summary>The stages in the engine's order, each with its parts.</summary>
    private sealed class StageReport
    {
        private readonly StageCost _decode = new("decode bytes", 0);
        private readonly StageCost _read = new("read article (paragraphs, chrome, sentences)", 0);
        private readonly StageCost _binary = new("· binary check", 1);
        private readonly StageCost _chrome = new("· site chrome lines", 1);
        private readonly StageCost _sentences = new("· sentence splitting", 1);
        private readonly StageCost _regions = new("quote regions", 0);
        private readonly StageCost _tokens = new("tokens and word classes", 0);
        private readonly StageCost _attribution = new("attribution (QuoteExtractor)", 0);
        private readonly StageCost _transcript = new("· transcript lines", 1);
        private readonly StageCost _view = new("· sentence view (lower case)", 1);
        private readonly StageCost _cues = new("· cue matching", 1);
        private readonly StageCost _site = new("· cue site (subject before, after cue, content end)", 1);
        private readonly List<StageCost> _patterns;
        private readonly StageCost _speakers = new("speakers (SpeakerResolver)", 0);
        private readonly StageCost _titled = new("· titled people", 1);
        private readonly StageCost _subjects = new("· sentence subjects", 1);
        private readonly AttributionPipeline _pipeline;

        public StageReport()
        {
            _patterns = [.. AttributionPipeline.Patterns.Select(p => new StageCost("· pattern " + p.Name, 1))];
            var accordingTo = new StageCost("· pattern according-to", 1);
            _patterns.Add(accordingTo);
            _pipeline = new AttributionPipeline(
                [.. AttributionPipeline.Patterns.Select((p, i) => new TimedPattern(p, _patterns[i]))],
                new TimedPattern(new AccordingTo(), accordingTo));
        }

        private IEnumerable<StageCost> All =>
        [
            _decode, _read, _binary, _chrome, _sentences, _regions, _tokens, _attribution, _transcript, _view, _cues, _site, .. _patterns,
            _speakers, _titled, _subjects,
        ];

        public void Pass(List<byte[]> files, bool count)
        {
            foreach (var stage in All) stage.Counting = count;
            foreach (var file in files)
            {
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
                ParseCuesAlone(article, regions, tokens);
                _speakers.Time(() => SpeakerResolver.Resolve(article, attributions, regions, tokens));
                _titled.Time(() => TitledPeople.Find(article, tokens));
                _subjects.Time(() => SubjectNames.Find(article, tokens));
            }
        }

        private static int SplitSentences(Article article)
        {
            var sentences = new List<Sentence>();
            foreach (var paragraph in article.Paragraphs)
                if (!paragraph.IsChrome) SentenceSplitter.Split(article.Text, paragraph, sentences);
            return sentences.Count;
        }

        private readonly SentenceView _aloneView = new();
        private CueSite? _aloneSite;
        private readonly List<Attribution> _noEarlier = [];

        /// <summary>The steps the pipeline takes at every reporting word before it asks the patterns, each timed on its own.</summary>
        private void ParseCuesAlone(Article article, List<QuoteRegion> regions, ArticleTokens tokens)
        {
            _aloneSite ??= new CueSite(_aloneView);
            foreach (var sentence in article.Sentences)
            {
                if ((tokens.ClassesIn(sentence.Index) & (WordClass.Cue | WordClass.PhrasalCue)) == 0) continue;
                _view.Time(() =>
                {
                    _aloneView.Reset(article.Text, sentence, tokens[sentence.Index], regions);
                    return 0;
                });
                for (int i = 0; i < _aloneView.Count; i++)
                {
                    var token = _aloneView[i];
                    if (token.Kind != TokenKind.Word || token.InQuote || !token.Is(WordClass.Cue | WordClass.PhrasalCue) || AccordingTo.Opens(_aloneView, i)) continue;
                    int at = i;
                    var (matched, cue, cueEnd) = _cues.Time(() => (CueMatcher.Match(_aloneView, at, out var verb, out int end), verb, end));
                    if (matched) _site.Time(() =>
                    {
                        _aloneSite.Reset(at, cueEnd, cue, _noEarlier);
                        return 0;
                    });
                }
            }
        }

        public void Write(TextWriter output, int articles)
        {
            var rows = new List<StageCost>
            {
                _decode, _read, _binary, _chrome, _sentences, _read.Rest("· rest (paragraphs, title)", [_binary, _chrome, _sentences]),
                _regions, _tokens,
                _attribution, _transcript, _view, _cues, _site,
            };
            rows.AddRange(_patterns.OrderByDescending(p => p.Ticks));
            rows.Add(_attribution.Rest("· rest (split and unclaimed quotes, nesting, coordination)", [_transcript, _view, _cues, _site, .. _patterns]));
            rows.AddRange([_speakers, _titled, _subjects, _speakers.Rest("· rest (mentions, pronouns, roles, the result)", [_titled, _subjects])]);
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
