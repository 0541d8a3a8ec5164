namespace NewsBot.Quotes;

/// <summary>
/// The lexicon's word classes, looked up for every word of every article. An open-addressing table
/// of lower-case keys, hashed and compared with ASCII case folding: a word costs one pass over its
/// characters and usually one probe, where a general case-insensitive dictionary costs several.
/// Words with other non-ASCII letters than ’ go to the exact case-insensitive dictionary.
/// </summary>
internal sealed class WordClassTable
{
    private const int Size = 4096, Mask = Size - 1;

    private readonly string?[] _keys = new string?[Size];
    private readonly WordClass[] _classes = new WordClass[Size];
    private readonly int _maxLength;
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _exact;

    /// <param name="classes">Case-insensitive (OrdinalIgnoreCase); the lexicon fills well under a quarter of the table.</param>
    public WordClassTable(Dictionary<string, WordClass> classes)
    {
        _exact = classes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (word, wordClass) in classes)
        {
            var key = word.ToLowerInvariant();
            if (!IsAsciiOrApostrophe(key)) continue;
            int slot = (int)(Hash(key) & Mask);
            while (_keys[slot] is not null) slot = (slot + 1) & Mask;
            _keys[slot] = key;
            _classes[slot] = wordClass;
            _maxLength = Math.Max(_maxLength, key.Length);
        }
    }

    public WordClass Classify(ReadOnlySpan<char> word)
    {
        if (!IsAsciiOrApostrophe(word)) return _exact.TryGetValue(word, out var exact) ? exact : WordClass.None;
        if (word.Length > _maxLength) return WordClass.None;
        for (int slot = (int)(Hash(word) & Mask); ; slot = (slot + 1) & Mask)
        {
            var key = _keys[slot];
            if (key is null) return WordClass.None;
            if (key.Length == word.Length && FoldedEquals(word, key)) return _classes[slot];
        }
    }

    private static bool IsAsciiOrApostrophe(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (c >= 0x80 && c != '’') return false;
        return true;
    }

    private static char Fold(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    /// <summary>FNV-1a over the case-folded characters.</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (var c in word) hash = (hash ^ Fold(c)) * 16777619;
        return hash;
    }

    private static bool FoldedEquals(ReadOnlySpan<char> word, string key)
    {
        for (int i = 0; i < word.Length; i++)
            if (Fold(word[i]) != key[i]) return false;
        return true;
    }
}
