using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsBot.Quotes;

/// <summary>
/// The word classes as the tokenizer asks for them, once a word. A word of up to 16 ASCII characters (and ’) is read in one
/// vector, lower-cased and packed into 16 bytes, hashed, and compared with the four keys of one 64-byte bucket at once: no
/// loop over its letters, no probing, one place in memory, so a look-up costs the same for every word. The frozen dictionary
/// looped over each word's letters to hash and compare it (branches mispredicted at every word's length) and read its
/// buckets, hash codes, keys and the key's string one after another. Any other word (longer, or with another non-ASCII
/// letter) is asked of that case-insensitive dictionary, so the two answer alike for every word.
/// </summary>
internal sealed class WordClassTable
{
    /// <summary>The longest word the table holds; a caller that passes more text than the word lets the table read it without a copy.</summary>
    public const int PackedLength = 16;

    private const int BucketSize = 4;
    private const char Apostrophe = '’';
    private const ushort PackedApostrophe = 0x80;

    private static readonly Vector256<ushort> LaneIndices = Vector256.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

    private readonly Vector128<byte>[] _keys;
    private readonly WordClass[] _classes;
    private readonly ulong _multiplier;
    private readonly int _shift;
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _anyCase;

    /// <param name="classes">Keys compared case-insensitively (ordinal).</param>
    public WordClassTable(IReadOnlyDictionary<string, WordClass> classes)
    {
        _anyCase = classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var packed = new List<(Vector128<byte> Key, WordClass Classes)>();
        foreach (var (key, value) in classes)
        {
            if (TryPack(key, key.Length, out var code)) packed.Add((code, value));
            else EnsureNoPackedWordMatches(key);
        }
        // About one key a bucket on average; a bucket holds four, so a multiplier that overfills none is soon found.
        for (int buckets = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, packed.Count)); ; buckets *= 2)
        {
            _keys = new Vector128<byte>[buckets * BucketSize];
            _classes = new WordClass[buckets * BucketSize];
            _shift = 64 - BitOperations.Log2((uint)buckets);
            for (ulong multiplier = 0x9E3779B97F4A7C15; multiplier != 0x9E3779B97F4A7C15 + 64 * 2; multiplier += 2)
            {
                _multiplier = multiplier;
                if (TryFill(packed)) return;
            }
        }
    }

    /// <summary>The classes of the word of <paramref name="length"/> characters that <paramref name="text"/> starts with.</summary>
    /// <param name="text">The word, and as much of the text after it as there is: up to <see cref="PackedLength"/> characters are read at once.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass Find(ReadOnlySpan<char> text, int length)
    {
        if (!TryPack(text, length, out var word)) return _anyCase.TryGetValue(text[..length], out var classes) ? classes : WordClass.None;
        int bucket = BucketOf(word) * BucketSize;
        var keys = _keys.AsSpan(bucket, BucketSize);
        var found = _classes.AsSpan(bucket, BucketSize);
        // Keys are unique and empty slots hold no word, so at most one of the four matches; an empty slot's classes are none.
        if (Vector512.IsHardwareAccelerated) return InBucket(keys, found, word);
        return (keys[0] == word ? found[0] : 0) | (keys[1] == word ? found[1] : 0) | (keys[2] == word ? found[2] : 0) | (keys[3] == word ? found[3] : 0);
    }

    /// <summary>
    /// The four keys compared with the word in one 64-byte comparison, and the classes of the one that matches taken without a
    /// branch: whether a word is in the lexicon is as likely as not, so a branch on it is mispredicted often.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static WordClass InBucket(ReadOnlySpan<Vector128<byte>> keys, ReadOnlySpan<WordClass> found, Vector128<byte> word)
    {
        var all = Vector512.Create<byte>(MemoryMarshal.AsBytes(keys)).AsUInt64();
        var words = Vector512.Create(Vector256.Create(word, word), Vector256.Create(word, word)).AsUInt64();
        uint halves = (uint)Vector512.Equals(all, words).ExtractMostSignificantBits();
        // Bit 2j is set when both halves of key j match.
        uint matches = halves & (halves >> 1) & 0x55;
        ulong classes = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(found));
        ulong matched = (matches + 0x7F) >> 7;
        return (WordClass)(ushort)((classes >> (BitOperations.TrailingZeroCount(matches) * 8)) * matched);
    }

    private bool TryFill(List<(Vector128<byte> Key, WordClass Classes)> packed)
    {
        Array.Clear(_keys);
        Array.Clear(_classes);
        foreach (var (key, classes) in packed)
        {
            int slot = BucketOf(key) * BucketSize, end = slot + BucketSize;
            while (slot < end && _keys[slot] != Vector128<byte>.Zero) slot++;
            if (slot == end) return false;
            _keys[slot] = key;
            _classes[slot] = classes;
        }
        return true;
    }

    private int BucketOf(Vector128<byte> word)
    {
        var halves = word.AsUInt64();
        return (int)(((halves.GetElement(0) + halves.GetElement(1) * 0xC2B2AE3D27D4EB4F) * _multiplier) >> _shift);
    }

    /// <summary>
    /// The word's characters lower-cased in 16 bytes (’ as 0x80, zeros after its end), or false for a word the table does not
    /// hold: empty, longer than 16, or with a character that is not ASCII or ’, or is NUL (no key's byte is zero).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPack(ReadOnlySpan<char> text, int length, out Vector128<byte> packed)
    {
        packed = default;
        if ((uint)(length - 1) >= PackedLength || length > text.Length) return false;
        var chars = text.Length >= PackedLength ? Vector256.Create<ushort>(MemoryMarshal.Cast<char, ushort>(text)) : LoadShort(text[..length]);
        var inWord = Vector256.LessThan(LaneIndices, Vector256.Create((ushort)length));
        chars &= inWord;
        chars = Vector256.ConditionalSelect(Vector256.Equals(chars, Vector256.Create((ushort)Apostrophe)), Vector256.Create(PackedApostrophe), chars);
        // In the word, every character must be 1 to 0x80 (ASCII but NUL, or the packed ’).
        if ((Vector256.GreaterThan(chars - Vector256<ushort>.One, Vector256.Create((ushort)(PackedApostrophe - 1))) & inWord) != Vector256<ushort>.Zero) return false;
        var bytes = Vector128.Narrow(chars.GetLower(), chars.GetUpper());
        var upper = Vector128.LessThan(bytes - Vector128.Create((byte)'A'), Vector128.Create((byte)26));
        packed = bytes | (upper & Vector128.Create((byte)0x20));
        return true;
    }

    /// <summary>A word at the end of the text, with fewer than 16 characters from its start: copied, rather than read past the end.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector256<ushort> LoadShort(ReadOnlySpan<char> word)
    {
        Span<ushort> copy = stackalloc ushort[PackedLength];
        copy.Clear();
        MemoryMarshal.Cast<char, ushort>(word).CopyTo(copy);
        return Vector256.Create<ushort>(copy);
    }

    /// <summary>
    /// A key the table does not hold is found only by asking the dictionary, which a packed word never does: so no word the
    /// table packs may equal such a key ignoring case. Only a longer key, or one with a letter outside ASCII that no ASCII
    /// letter matches ignoring case ('é'; .NET's ordinal comparison matches none of them to ASCII), is kept out of the table.
    /// </summary>
    private static void EnsureNoPackedWordMatches(string key)
    {
        foreach (char c in key)
        {
            if (c <= '\x7f' || c == Apostrophe) continue;
            for (char a = '\x01'; a <= '\x7f'; a++)
                if (string.Equals(c.ToString(), a.ToString(), StringComparison.OrdinalIgnoreCase))
                    throw new InvalidOperationException($"The word class key '{key}' matches an ASCII spelling ignoring case: the word class table cannot hold it.");
        }
    }
}
