using System.Numerics;

namespace NewsBot.Quotes;

/// <summary>
/// The given names' genders in a table small enough to stay in the processor's cache from one article to the next. Each name of
/// up to ten ASCII letters is packed into a number, six bits a letter (no two names share one), in an open-addressed table: a
/// look-up reads one slot, where a dictionary read its buckets, its entries and the key's string, three places in memory that
/// had mostly left the cache since the article before. Names that do not pack are kept in a dictionary of their own. Compared as
/// the dictionary compared them: ordinally.
/// </summary>
internal sealed class GivenNameTable
{
    private const int MostPackedLetters = 10;
    private const ulong CodeBits = (1UL << 60) - 1;
    private const ulong FemaleBit = 1UL << 60;
    private const ulong MaleBit = 2UL << 60;

    private readonly ulong[] _slots;
    private readonly int _shift;
    private readonly Dictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> _unpacked;

    public GivenNameTable(IReadOnlyDictionary<string, Gender> names)
    {
        // At most half full, so that a name is mostly found in its first slot and a missing one ends at an empty slot soon.
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, names.Count * 2));
        _slots = new ulong[size];
        _shift = 64 - BitOperations.Log2((uint)size);
        var unpacked = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var (name, gender) in names)
        {
            if (!TryPack(name, out ulong code))
            {
                unpacked[name] = gender;
                continue;
            }
            int slot = SlotOf(code);
            while (_slots[slot] != 0) slot = (slot + 1) & (size - 1);
            _slots[slot] = code | gender switch { Gender.Female => FemaleBit, Gender.Male => MaleBit, _ => 0 };
        }
        _unpacked = unpacked.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The name's gender (<see cref="Gender.Unknown"/> for a name given to both), or null when the table does not hold the name.</summary>
    public Gender? Find(ReadOnlySpan<char> name)
    {
        if (!TryPack(name, out ulong code)) return _unpacked.TryGetValue(name, out var gender) ? gender : null;
        for (int slot = SlotOf(code); ; slot = (slot + 1) & (_slots.Length - 1))
        {
            ulong entry = _slots[slot];
            if (entry == 0) return null;
            if ((entry & CodeBits) == code) return (entry & FemaleBit) != 0 ? Gender.Female : (entry & MaleBit) != 0 ? Gender.Male : Gender.Unknown;
        }
    }

    /// <summary>
    /// The name as a number, six bits a letter (a–z 1–26, A–Z 27–52): no letter is 0, so names of different lengths differ too.
    /// False when the name is empty, longer than ten letters or holds any other character.
    /// </summary>
    private static bool TryPack(ReadOnlySpan<char> name, out ulong code)
    {
        code = 0;
        if (name.Length is 0 or > MostPackedLetters) return false;
        foreach (char c in name)
        {
            uint letter = c is >= 'a' and <= 'z' ? (uint)(c - 'a') + 1 : c is >= 'A' and <= 'Z' ? (uint)(c - 'A') + 27 : 0;
            if (letter == 0) return false;
            code = code << 6 | letter;
        }
        return true;
    }

    private int SlotOf(ulong code) => (int)((code * 0x9E3779B97F4A7C15UL) >> _shift);
}
