namespace NewsBot.Quotes;

internal enum TokenKind { Word, Punct, QuoteMark }

internal readonly record struct Token(int Start, int End, TokenKind Kind, bool InQuote, WordClass Classes = WordClass.None)
{
    public bool Is(WordClass c) => (Classes & c) != 0;

    public int Length => End - Start;
}

/// <summary>Words (with inner apostrophes, hyphens and dotted acronyms such as U.S.), punctuation and quotation marks.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, TextSpan span, IReadOnlyList<QuoteRegion> regions)
    {
        var tokens = new List<Token>(span.Length / 3 + 4);
        int r = FirstRegionEndingAfter(regions, span.Start);
        int i = span.Start;
        while (i < span.End)
        {
            char c = text[i];
            if (ArticleReader.IsSpace(c)) { i++; continue; }
            while (r < regions.Count && regions[r].Outer.End <= i) r++;
            bool inQuote = r < regions.Count && regions[r].Content.Start <= i && i < regions[r].Content.End;
            if (char.IsLetterOrDigit(c))
            {
                int start = i++;
                while (i < span.End)
                {
                    char d = text[i];
                    if (char.IsLetterOrDigit(d)) { i++; continue; }
                    bool joiner = d is '\'' or '’' or '-' or '.' or '&';
                    if (joiner && i + 1 < span.End && char.IsLetterOrDigit(text[i + 1]) && (d != '.' || IsDottedAcronym(text, start, i))) { i++; continue; }
                    if (d == '.' && IsDottedAcronym(text, start, i) && i - start <= 3 && (i - start) % 2 == 1) { i++; continue; } // U.S. a.m.
                    break;
                }
                tokens.Add(new Token(start, i, TokenKind.Word, inQuote, Lexicon.Classify(text.AsSpan(start, i - start))));
                continue;
            }
            var kind = QuoteChars.IsOpeningLike(c) || QuoteChars.IsClosingLike(c) ? TokenKind.QuoteMark : TokenKind.Punct;
            tokens.Add(new Token(i, i + 1, kind, inQuote));
            i++;
        }
        return tokens;
    }

    private static bool IsDottedAcronym(string text, int start, int dot)
        => dot - start == 1 || (dot - start >= 3 && text[dot - 2] == '.');

    private static int FirstRegionEndingAfter(IReadOnlyList<QuoteRegion> regions, int position)
    {
        int lo = 0, hi = regions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (regions[mid].Outer.End <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
