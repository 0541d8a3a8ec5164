namespace NewsBot.Quotes;

/// <summary>
/// Whether the words a mention leaves for a person's name name one: a weekday, a medium
/// ("Facebook message"), a title or clause word alone ("Editor", "Therefore", "Asked"), a dateline
/// or headline word in capitals ("WASHINGTON"), a hyphenated adjective ("GOP-dominated") do not.
/// A mention turned away names no speaker, and the resolver's next rule is asked.
/// </summary>
internal static class NameValidator
{
    /// <summary>How far around the mention the article is searched for the word in other cases: enough for an article, bounded for a huge text.</summary>
    private const int Neighbourhood = 20_000;

    /// <param name="position">Where the mention stands in <paramref name="articleText"/>.</param>
    public static bool IsPersonName(IReadOnlyList<string> nameTokens, string articleText, int position, bool seenBefore)
    {
        if (nameTokens.Count == 0) return false;
        bool anyName = false;
        // Indexed: a foreach over the list interface would make an enumerator for every name tested.
        for (int i = 0; i < nameTokens.Count; i++)
        {
            var bare = nameTokens[i].TrimEnd('.', ',');
            if (bare.Length == 0) continue;
            if (IsHyphenatedAdjective(bare)) return false;
            // "Hillary Clinton Under Pressure To Repudiate": a clause word in a name is a headline's.
            if (nameTokens.Count > 1 && char.IsUpper(bare[0]) && Lexicon.NotASpeaker.Contains(bare)) return false;
            if (!IsNonName(bare)) anyName = true;
        }
        if (!anyName) return false;
        if (nameTokens.Count > 1 || seenBefore) return true;
        var word = nameTokens[0].TrimEnd('.');
        // A new one-word name the article also writes in lower case ("Part", "Cost", "People") or,
        // in capitals, also in title case ("WASHINGTON —" over "Washington") is an ordinary word.
        int start = Math.Clamp(position - Neighbourhood, 0, articleText.Length);
        var around = articleText.AsSpan(start, Math.Min(articleText.Length, position + Neighbourhood) - start);
        if (AlsoInLowerCase(around, word)) return false;
        if (word.Length >= 2 && IsAllCapitals(word) && !Lexicon.OrganizationWords.Contains(word) && around.Contains(TitleCase(word), StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>A word that names no one by itself: a weekday or month, a medium, a clause or function word, a reporting verb, a title alone.</summary>
    private static bool IsNonName(string word)
    {
        word = word.Replace('’', '\'');
        // One look-up for the lists a word is a non-name in whatever its case; "King" and "Hill" are names though titles.
        if (NonNameWords.Contains(word) && (!SpeakerResolver.IsKingOrHill(word) || NonNameWordsButTitles.Contains(word))) return true;
        return Lexicon.VerbModifiers.Contains(word) && !char.IsUpper(word[^1]);
    }

    private static readonly HashSet<string> NonNameWordsButTitles = new(
        [.. Lexicon.Days, .. Lexicon.Months, .. Lexicon.MediaWords, .. Lexicon.NotASpeaker, .. Lexicon.Vague, .. Lexicon.Cues.Keys, .. Lexicon.GroupNouns],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> NonNameWords = new([.. NonNameWordsButTitles, .. Lexicon.TitleWords], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "D.C.-based", "GOP-dominated", "Obama-era", "Co-anchor": a compound whose last part in lower case is a participle, a title,
    /// a describing word (compound-tails.tsv) or longer than a syllable describes, it does not name; the short syllables of a
    /// romanised given name ("Do-yeon", "Ji-hoon", "Ing-wen") do.
    /// </summary>
    private static bool IsHyphenatedAdjective(string word)
    {
        int dash = word.LastIndexOf('-');
        if (dash <= 0 || dash == word.Length - 1 || !char.IsLower(word[dash + 1])) return false;
        var tail = word.AsSpan(dash + 1);
        return tail.Length > LongestNameSyllable || tail.EndsWith("ed", StringComparison.Ordinal) || tail.Length > 4 && tail.EndsWith("ing", StringComparison.Ordinal)
               || CompoundTails.Contains(tail) || Lexicon.TitleWordLookup.Contains(tail);
    }

    /// <summary>"kyung", "seong": the longest syllable a romanised given name joins with a hyphen.</summary>
    private const int LongestNameSyllable = 5;


    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundTails = Lexicon.CompoundTails.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"EPA", "NATO", "UNHCR": two to five capital letters, an acronym (an organisation's, when no person has it as a name).</summary>
    public static bool IsAcronym(string word) => word.Length is >= 2 and <= 5 && word.All(char.IsAsciiLetterUpper);

    public static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static string TitleCase(string word) => word[0] + word[1..].ToLowerInvariant();

    /// <summary>The word in lower case, as a whole word, somewhere in the text.</summary>
    private static bool AlsoInLowerCase(ReadOnlySpan<char> text, string word)
    {
        if (word.Length < 3 || IsAllCapitals(word)) return false;
        var lower = word.ToLowerInvariant();
        int offset = 0;
        for (int at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = text[offset..].IndexOf(lower, StringComparison.Ordinal))
        {
            at += offset;
            bool startsWord = at == 0 || !char.IsLetter(text[at - 1]);
            bool endsWord = at + lower.Length == text.Length || !char.IsLetter(text[at + lower.Length]);
            if (startsWord && endsWord) return true;
            offset = at + 1;
        }
        return false;
    }
}
