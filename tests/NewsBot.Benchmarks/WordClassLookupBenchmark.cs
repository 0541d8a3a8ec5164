using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using NewsBot.Quotes;

namespace NewsBot.Benchmarks;

/// <summary>
/// The tokenizer's word-class look-up over every word of the dev texts, in text order: the engine's
/// frozen case-insensitive dictionary (the baseline, what the engine used until December 3) against a frozen
/// one over the ASCII keys only and the engine's <see cref="WordClassTable"/>; WordsOnly is the loop without a
/// look-up. One operation is the whole word stream. On 2 Dec 2026 (Min, load 1-6): frozen 1.43-1.50 ms,
/// ASCII keys 1.51-1.53 ms (no gain), an open-addressed table of lower-cased string keys 1.26 ms (0.87, and
/// no gain in the tokenizer), words only 0.04 ms: about 21 ns a word in the engine. On 3 Dec the packed
/// table, timed the same way in a Stopwatch loop beside the frozen dictionary: 16 against 27 ns a word (load 18).
/// </summary>
[MemoryDiagnoser, MinColumn, MedianColumn]
public class WordClassLookupBenchmark
{
    private (string Text, int Start, int Length)[] _words = [];
    private FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _frozenIgnoreCase;
    private WordClassTable _table = null!;

    [GlobalSetup]
    public void Setup()
    {
        var words = new List<(string, int, int)>();
        foreach (var bytes in EvalCorpus.Get(EvalCorpus.PolnearDev).Files)
        {
            if (ArticleLoader.FromString(TextDecoding.Decode(bytes), "benchmark").Article is not { } article) continue;
            var regions = QuoteRegionFinder.Find(article);
            regions.Sort((x, y) => x.Outer.Start.CompareTo(y.Outer.Start));
            using var tokens = Tokenizer.Tokenize(article, regions);
            foreach (var sentence in article.Sentences)
                foreach (var token in tokens[sentence.Index])
                    if (token.Kind == TokenKind.Word) words.Add((article.Text, token.Start, token.Length));
        }
        _words = [.. words];
        _frozenIgnoreCase = Lexicon.WordClasses.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _table = new WordClassTable(Lexicon.WordClasses);
        _asciiIgnoreCase = Lexicon.WordClasses.Where(e => System.Text.Ascii.IsValid(e.Key)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        Console.WriteLine($"// {Lexicon.WordClasses.Count} keys, longest {Lexicon.WordClasses.Keys.Max(k => k.Length)}; {_words.Length} words; non-ASCII keys: {string.Join(" ", Lexicon.WordClasses.Keys.Where(k => !System.Text.Ascii.IsValid(k)))}");
        foreach (var (text, start, length) in _words)
            if (FrozenIgnoreCase(text.AsSpan(start, length)) != _table.Find(text.AsSpan(start), length)
                || FrozenIgnoreCase(text.AsSpan(start, length)) != AsciiSplit(text.AsSpan(start, length)))
                throw new InvalidOperationException($"the table and the dictionary differ on '{text.Substring(start, length)}'");
    }

    private FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _asciiIgnoreCase;

    private WordClass AsciiSplit(ReadOnlySpan<char> word) => System.Text.Ascii.IsValid(word)
        ? (_asciiIgnoreCase.TryGetValue(word, out var c) ? c : WordClass.None)
        : FrozenIgnoreCase(word);

    private WordClass FrozenIgnoreCase(ReadOnlySpan<char> word) => _frozenIgnoreCase.TryGetValue(word, out var c) ? c : WordClass.None;

    [Benchmark(Baseline = true)]
    public int FrozenOrdinalIgnoreCase()
    {
        int sum = 0;
        foreach (var (text, start, length) in _words) sum += (int)FrozenIgnoreCase(text.AsSpan(start, length));
        return sum;
    }

    [Benchmark]
    public int WordsOnly()
    {
        int sum = 0;
        foreach (var (text, start, length) in _words) sum += text.AsSpan(start, length)[^1];
        return sum;
    }

    [Benchmark]
    public int AsciiKeysIgnoreCase()
    {
        int sum = 0;
        foreach (var (text, start, length) in _words) sum += (int)AsciiSplit(text.AsSpan(start, length));
        return sum;
    }

    [Benchmark]
    public int PackedTable()
    {
        int sum = 0;
        foreach (var (text, start, length) in _words) sum += (int)_table.Find(text.AsSpan(start), length);
        return sum;
    }
}
