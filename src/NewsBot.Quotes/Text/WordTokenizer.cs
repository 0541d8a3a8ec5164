using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsBot.Quotes.Text;

/// <summary>A folded word and where it stands in the original text (end exclusive).</summary>
public readonly record struct WordToken(string Text, int Start, int End);

/// <summary>
/// Splits text into folded words. <see cref="Tokenize"/> keeps what reads as one word to a person
/// ("won't", "u.s"); <see cref="SearchWords"/> splits as the stores' full-text indexes do (runs of
/// letters, digits and combining marks), so a search is made of the words the index holds.
/// </summary>
public static class WordTokenizer
{
    /// <summary>The folded word tokens of a text with their offsets, without any stemming.</summary>
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>(text.Length / 6 + 1);
        // Large stores tokenise every article they read: the word is built in one reused buffer.
        var word = ArrayPool<char>.Shared.Rent(Math.Max(16, text.Length));
        int length = 0, start = -1, end = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (!TextFold.TryFold(text[i], out char c)) continue;
            bool abbreviationDot = c == '.' && length is > 0 and <= 2 && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (char.IsLetterOrDigit(c) || c == '\'' || abbreviationDot)
            {
                if (start < 0) start = i;
                word[length++] = c;
                end = i + 1;
            }
            else if (length > 0) Flush();
        }
        if (length > 0) Flush();
        ArrayPool<char>.Shared.Return(word);
        return tokens;

        void Flush()
        {
            var trimmed = ((ReadOnlySpan<char>)word.AsSpan(0, length)).Trim("'.");
            if (trimmed.Length > 0) tokens.Add(new WordToken(new string(trimmed), start, end));
            length = 0;
            start = -1;
        }
    }

    /// <summary>The folded words of a text, without offsets.</summary>
    public static List<string> Words(string text) => Tokenize(text).ConvertAll(t => t.Text);

    /// <summary>The words as a full-text index splits them, at most <paramref name="maxWords"/> of at most <paramref name="maxWordLength"/> UTF-16 units, in the text's own case.</summary>
    public static List<string> SearchWords(string? text, int maxWords = int.MaxValue, int maxWordLength = 64)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                if (word.Length + rune.Utf16SequenceLength <= maxWordLength) word.Append(rune.ToString());
                continue;
            }
            Flush();
            if (words.Count == maxWords) return words;
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0 && words.Count < maxWords) words.Add(word.ToString());
            word.Clear();
        }
    }

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
