namespace NewsBot.Quotes;

/// <summary>
/// Whether words are written as a title or a headline writes them ("Face the Nation", "Rubio Says Abandoning Reform Was A Sign
/// Of Leadership"): three in four of the words that count start with a capital or a digit; the small words a title leaves in
/// lower case ("the", "of") do not count.
/// </summary>
internal static class TitleCase
{
    /// <summary>The words that count in <paramref name="span"/> and how many of them are capitalised.</summary>
    public static (int Words, int Capitalised) Count(string text, TextSpan span)
    {
        int words = 0, capitalised = 0;
        for (int i = span.Start; i < span.End; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > span.Start && char.IsLetterOrDigit(text[i - 1]))) continue;
            if (words > 0 && IsSmallTitleWord(text, i)) continue;
            words++;
            if (char.IsUpper(text[i]) || char.IsDigit(text[i])) capitalised++;
        }
        return (words, capitalised);
    }

    public static bool MostlyCapitalised((int Words, int Capitalised) count) => count.Words > 0 && count.Capitalised * 4 >= count.Words * 3;

    // In lower case only, as a title writes them: a capitalised "The" opens the title and counts.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SmallTitleWords =
        new HashSet<string>(Lexicon.SmallTitleWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsSmallTitleWord(string text, int start)
    {
        int end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return SmallTitleWords.Contains(text.AsSpan(start, end - start));
    }
}
