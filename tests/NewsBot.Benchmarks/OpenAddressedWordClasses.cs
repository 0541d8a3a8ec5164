using System.Collections.Frozen;
using System.Numerics;

using NewsBot.Quotes;

namespace NewsBot.Benchmarks;

/// <summary>
/// A candidate for the tokenizer's word-class look-up, measured in <see cref="WordClassLookupBenchmark"/>
/// against the engine's frozen case-insensitive dictionary (whose keys hold a ’, "don’t", which rules out
/// its fast comparers): a word of ASCII letters (and ’) is
/// lower-cased and hashed in one pass and looked for in an open-addressed table of keys lower-cased the
/// same way. A word with any other non-ASCII character is looked up case-insensitively, as before: the
/// two give the same answer for every word.
/// </summary>
internal sealed class OpenAddressedWordClasses
{
    // A copy of constant size: the JIT clears it in a few stores, where a sized stackalloc costs a loop.
    private const int CopyLength = 32;

    private readonly string?[] _keys;
    private readonly WordClass[] _classes;
    private readonly int _mask;
    private readonly int _longest;
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _anyCase;

    /// <param name="classes">Keys compared case-insensitively (ordinal).</param>
    public OpenAddressedWordClasses(IReadOnlyDictionary<string, WordClass> classes)
    {
        _anyCase = classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = classes.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, classes.Count * 4));
        _keys = new string?[size];
        _classes = new WordClass[size];
        _mask = size - 1;
        foreach (var (key, value) in classes)
        {
            var lower = string.Create(key.Length, key, static (lower, key) => { for (int i = 0; i < key.Length; i++) lower[i] = LowerAscii(key[i]); });
            int slot = (int)(Hash(lower) & (uint)_mask);
            while (_keys[slot] is not null) slot = (slot + 1) & _mask;
            _keys[slot] = lower;
            _classes[slot] = value;
        }
    }

    public WordClass Classify(ReadOnlySpan<char> word)
    {
        if (word.Length > _longest) return WordClass.None;
        if (word.Length > CopyLength) return AnyCase(word);
        Span<char> copy = stackalloc char[CopyLength];
        uint hash = FnvOffset;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c > '\x7f' && c != '’') return AnyCase(word);
            c = LowerAscii(c);
            copy[i] = c;
            hash = (hash ^ c) * FnvPrime;
        }
        var lower = copy[..word.Length];
        for (int slot = (int)(hash & (uint)_mask); _keys[slot] is { } key; slot = (slot + 1) & _mask)
            if (lower.SequenceEqual(key)) return _classes[slot];
        return WordClass.None;
    }

    private WordClass AnyCase(ReadOnlySpan<char> word) => _anyCase.TryGetValue(word, out var classes) ? classes : WordClass.None;

    private const uint FnvOffset = 2166136261, FnvPrime = 16777619;

    private static uint Hash(ReadOnlySpan<char> lower)
    {
        uint hash = FnvOffset;
        foreach (char c in lower) hash = (hash ^ c) * FnvPrime;
        return hash;
    }

    private static char LowerAscii(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
}
