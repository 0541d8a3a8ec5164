using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsBot.Quotes;

internal enum TokenKind : byte { Word, Punct, QuoteMark }

internal readonly record struct Token(int Start, int End, TokenKind Kind, bool InQuote, WordClass Classes = WordClass.None)
{
    public bool Is(WordClass c) => (Classes & c) != 0;

    public int Length => End - Start;
}

/// <summary>
/// Every sentence's tokens, by sentence index, in one array rented from the shared pool: an
/// article's tokens live only while it is analysed, so the array goes back when this is disposed.
/// </summary>
internal sealed class ArticleTokens(Token[] buffer, int[] sentenceStarts, WordClass[] sentenceClasses) : IDisposable
{
    // A huge article's array (over 12 MB) is left to the collector rather than kept in the pool.
    private const int MaxPooledTokens = 1 << 20;

    internal static Token[] Rent(int length) => length <= MaxPooledTokens ? ArrayPool<Token>.Shared.Rent(length) : new Token[length];

    internal static void Return(Token[] tokens)
    {
        if (tokens.Length <= MaxPooledTokens) ArrayPool<Token>.Shared.Return(tokens);
    }

    private Token[]? _buffer = buffer;

    public ArraySegment<Token> this[int sentence] => new(_buffer ?? throw new ObjectDisposedException(nameof(ArticleTokens)),
        sentenceStarts[sentence], sentenceStarts[sentence + 1] - sentenceStarts[sentence]);

    /// <summary>Every word class among the sentence's tokens: whether a sentence may report speech at all is one test.</summary>
    public WordClass ClassesIn(int sentence) => sentenceClasses[sentence];

    public void Dispose()
    {
        if (_buffer is not null) Return(_buffer);
        _buffer = null;
    }
}

/// <summary>Words (with inner apostrophes, hyphens and dotted acronyms such as U.S.), punctuation and quotation marks.</summary>
internal static class Tokenizer
{
    public static ArticleTokens Tokenize(Article article, List<QuoteRegion> regions)
    {
        var text = article.Text;
        var sentences = article.Sentences;
        // About one token in five characters of prose; the buffer grows if an article has more.
        var tokens = ArticleTokens.Rent(text.Length / 4 + 16);
        var starts = new int[sentences.Count + 1];
        var classes = new WordClass[sentences.Count];
        int count = 0;
        foreach (var sentence in sentences)
        {
            starts[sentence.Index] = count;
            var span = sentence.Span;
            int end = span.End;
            WordClass inSentence = WordClass.None;
            // The region that may hold the next token, its bounds read once rather than at every token.
            int r = QuoteRegionSearch.FirstEndingAfter(regions, span.Start);
            var region = r < regions.Count ? regions[r] : null;
            int i = span.Start;
            while (i < end)
            {
                char c = text[i];
                if (ArticleReader.IsSpace(c)) { i++; continue; }
                while (region is not null && region.Outer.End <= i) region = ++r < regions.Count ? regions[r] : null;
                bool inQuote = region is not null && region.Content.Start <= i && i < region.Content.End;
                if (count == tokens.Length) tokens = Grow(tokens);
                if (char.IsLetterOrDigit(c))
                {
                    int start = i;
                    i += Math.Max(1, Math.Min(AsciiLettersAndDigits(text, start), end - start));
                    while (i < end)
                    {
                        char d = text[i];
                        if (char.IsLetterOrDigit(d)) { i++; continue; }
                        // "2,000", "3.5": a comma or point between digits is part of the number, not a clause's comma.
                        if (d is ',' or '.' && char.IsAsciiDigit(text[i - 1]) && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[start])) { i++; continue; }
                        bool joiner = d is '\'' or '’' or '-' or '.' or '&';
                        if (joiner && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && (d != '.' || IsDottedAcronym(text, start, i))) { i++; continue; }
                        if (d == '.' && IsDottedAcronym(text, start, i) && i - start <= 3 && (i - start) % 2 == 1) { i++; continue; } // U.S. a.m.
                        // "Nurses' union": a plural possessive, unless the mark closes a quotation.
                        if (d is '\'' or '’' && text[i - 1] is 's' && i + 1 < end && text[i + 1] == ' ' && !ClosesRegion(regions, r, i)) { i++; break; }
                        break;
                    }
                    var wordClasses = Lexicon.ClassifyAt(text, start, i - start);
                    inSentence |= wordClasses;
                    tokens[count++] = new Token(start, i, TokenKind.Word, inQuote, wordClasses);
                    continue;
                }
                var kind = QuoteChars.IsOpeningLike(c) || QuoteChars.IsClosingLike(c) ? TokenKind.QuoteMark : TokenKind.Punct;
                tokens[count++] = new Token(i, i + 1, kind, inQuote);
                i++;
            }
            classes[sentence.Index] = inSentence;
        }
        starts[sentences.Count] = count;
        return new ArticleTokens(tokens, starts, classes);
    }

    private static readonly Vector256<ushort> LetterRange = Vector256.Create((ushort)26), DigitRange = Vector256.Create((ushort)10);

    /// <summary>
    /// How many of the (up to 16) characters at <paramref name="start"/> are ASCII letters or digits, counted in one vector:
    /// a loop over the letters of each word mispredicted its last. The loop after takes over at the first other character.
    /// </summary>
    private static int AsciiLettersAndDigits(string text, int start)
    {
        var rest = text.AsSpan(start);
        if (rest.Length < Vector256<ushort>.Count) return 0;
        var chars = Vector256.Create<ushort>(MemoryMarshal.Cast<char, ushort>(rest));
        var letters = Vector256.LessThan((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), LetterRange);
        var digits = Vector256.LessThan(chars - Vector256.Create((ushort)'0'), DigitRange);
        return BitOperations.TrailingZeroCount(~(letters | digits).ExtractMostSignificantBits());
    }

    private static bool ClosesRegion(List<QuoteRegion> regions, int r, int position)
        => r < regions.Count && regions[r].Closed && regions[r].Outer.End - 1 == position;

    private static Token[] Grow(Token[] tokens)
    {
        var larger = ArticleTokens.Rent(tokens.Length * 2);
        tokens.CopyTo(larger, 0);
        ArticleTokens.Return(tokens);
        return larger;
    }

    private static bool IsDottedAcronym(string text, int start, int dot)
        => dot - start == 1 || (dot - start >= 3 && text[dot - 2] == '.');
}
