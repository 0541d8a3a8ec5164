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
        foreach (var token in nameTokens)
        {
            var bare = token.TrimEnd('.', ',');
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

    /// <summary>"D.C.-based", "GOP-dominated": a compound whose last part is a lower-case word describes, it does not name.</summary>
    private static bool IsHyphenatedAdjective(string word)
    {
        int dash = word.LastIndexOf('-');
        return dash > 0 && dash < word.Length - 1 && char.IsLower(word[dash + 1]);
    }

    private static bool IsAllCapitals(string word)
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
