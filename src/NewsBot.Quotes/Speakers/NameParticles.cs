namespace NewsBot.Quotes;

/// <summary>
/// Lower-case particles that are words of a capitalised name ("Bill de Blasio", "Karl von Hoffmann", "Bashar al-Assad",
/// name-particles.tsv): a particle belongs to the name when a name word follows it.
/// </summary>
internal static class NameParticles
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = Lexicon.NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Prefixes = Lexicon.NamePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"de", "van", "bin": a particle in lower case (capitalised, "De" and "Van" are name words already).</summary>
    public static bool IsParticle(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]) && Particles.Contains(word);

    /// <summary><see cref="IsParticle(ReadOnlySpan{char})"/> for a token's word: its word classes say whether the set holds it.</summary>
    public static bool IsParticle(ReadOnlySpan<char> word, WordClass classes) => (classes & WordClass.NameParticle) != 0 && char.IsLower(word[0]);

    /// <summary>"al-Assad", "bin-Talal": a prefix in lower case joined by a hyphen to a capitalised name.</summary>
    public static bool IsPrefixedName(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsLower(word[0])) return false;
        int dash = word.IndexOf('-');
        return dash > 0 && dash + 1 < word.Length && char.IsUpper(word[dash + 1]) && Prefixes.Contains(word[..dash]);
    }
}
