using System.Buffers;

namespace NewsBot.Quotes;

/// <summary>
/// A stretch of text inside quotation marks. <see cref="Content"/> excludes the marks;
/// <see cref="Outer"/> includes the ones present. A region may run over several paragraphs
/// (an opening mark on each, closed only at the end) or stay unclosed at a paragraph's end.
/// </summary>
internal sealed record QuoteRegion(TextSpan Outer, TextSpan Content, bool Closed, int FirstParagraph, int LastParagraph)
{
    /// <summary>Callers only compare the count with small numbers, so a long quotation is not read to its end.</summary>
    public const int CountedWords = 9;

    /// <summary>The words of the content, counted up to <see cref="CountedWords"/>.</summary>
    public int WordCount { get; init; }
}

internal static class QuoteRegionSearch
{
    /// <summary>Index of the first region (sorted, non-overlapping) that ends after <paramref name="position"/>.</summary>
    public static int FirstEndingAfter(List<QuoteRegion> regions, int position)
    {
        int lo = 0, hi = regions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (regions[mid].Outer.End <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public static QuoteRegion? At(List<QuoteRegion> regions, int position)
    {
        int i = FirstEndingAfter(regions, position);
        return i < regions.Count && regions[i].Outer.Contains(position) ? regions[i] : null;
    }
}

/// <summary>Pairs the quotation marks of an article: “ ” " ‘ ’ ' '' « » „ “, tolerating apostrophes and unbalanced marks.</summary>
internal static class QuoteRegionFinder
{
    /// <summary>Every character <see cref="IsDoubleOpener"/> or <see cref="IsSingleOpener"/> may accept.</summary>
    private static readonly SearchValues<char> OpeningMarks = SearchValues.Create("“«„\"”'’`‘");

    /// <summary>Every character <see cref="IsDoubleCloser"/> may accept.</summary>
    private static readonly SearchValues<char> ClosingMarks = SearchValues.Create("”»“\"'’");

    public static List<QuoteRegion> Find(Article article)
    {
        var text = article.Text;
        var regions = new List<QuoteRegion>();
        int openAt = -1, openParagraph = -1;
        char closer = '\0';
        (int From, int Stop, int End, int Close) lastScan = (-1, -1, -1, -1);
        // Past this position no double quotation closes (within the paragraph being read): looked for once, not once per mark.
        int noDoubleCloserFrom = int.MaxValue;
        foreach (var paragraph in article.Paragraphs)
        {
            if (paragraph.IsChrome) continue;
            int i = paragraph.Span.Start, end = paragraph.Span.End;
            noDoubleCloserFrom = int.MaxValue;
            if (openAt >= 0)
            {
                // An open quote continues into this paragraph only when it starts with an opening mark.
                if (StartsQuote(text, i, end, out int markLength, out _))
                {
                    i += markLength;
                }
                else
                {
                    var last = article.Paragraphs[openParagraph];
                    regions.Add(Make(text, openAt, last.Span.End, closed: false, FindParagraph(article, openAt), last.Index));
                    openAt = -1;
                }
            }
            for (; i < end; i++)
            {
                // Only quotation marks matter here: jump to the next one that could open or close.
                int mark = text.AsSpan(i, end - i).IndexOfAny(openAt < 0 ? OpeningMarks : ClosingMarks);
                if (mark < 0) break;
                i += mark;
                char c = text[i];
                if (openAt < 0)
                {
                    if (IsDoubleOpener(text, i, end, paragraph.Span.Start, out int len, out char expected))
                    {
                        openAt = i; closer = expected; i += len - 1;
                    }
                    else if (IsSingleOpener(text, i, end, paragraph.Span.Start))
                    {
                        // A scan that found no closer up to its stop serves every opener before that stop:
                        // a line of unclosed single quotes is read once, not once per mark.
                        int close;
                        if (lastScan.From < i + 1 && i + 1 < lastScan.Stop && lastScan.End == end) close = lastScan.Close;
                        else
                        {
                            close = FindSingleCloser(text, i + 1, end, ref noDoubleCloserFrom, out int stop);
                            lastScan = (i + 1, stop, end, close);
                        }
                        if (close > 0)
                        {
                            regions.Add(Make(text, i, close + 1, closed: true, paragraph.Index, paragraph.Index));
                            i = close;
                        }
                    }
                }
                else if (IsDoubleCloser(text, i, closer, out int closeLength))
                {
                    regions.Add(Make(text, openAt, i + closeLength, closed: true, FindParagraph(article, openAt), paragraph.Index));
                    openAt = -1;
                    i += closeLength - 1;
                }
            }
            if (openAt >= 0) openParagraph = paragraph.Index;
        }
        if (openAt >= 0)
        {
            var last = article.Paragraphs[openParagraph];
            regions.Add(Make(text, openAt, last.Span.End, closed: false, FindParagraph(article, openAt), last.Index));
        }
        return regions;
    }

    private static int FindParagraph(Article article, int position)
    {
        int lo = 0, hi = article.Paragraphs.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (article.Paragraphs[mid].Span.Start <= position) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    private static QuoteRegion Make(string text, int outerStart, int outerEnd, bool closed, int firstParagraph, int lastParagraph)
    {
        int contentStart = outerStart;
        while (contentStart < outerEnd && (QuoteChars.IsOpeningLike(text[contentStart]) || text[contentStart] == '”')) contentStart++;
        int contentEnd = outerEnd;
        if (closed) while (contentEnd > contentStart && QuoteChars.IsClosingLike(text[contentEnd - 1])) contentEnd--;
        var content = ArticleReader.Trim(text, contentStart, contentEnd);
        return new QuoteRegion(new TextSpan(outerStart, outerEnd), content, closed, firstParagraph, lastParagraph)
        {
            WordCount = CountWords(text, content, atMost: QuoteRegion.CountedWords),
        };
    }

    /// <param name="atMost">Stop counting here: callers that compare with a small number need not read a long span to its end.</param>
    internal static int CountWords(string text, TextSpan span, int atMost = int.MaxValue)
    {
        int words = 0;
        bool inWord = false;
        for (int i = span.Start; i < span.End && words < atMost; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private static bool StartsQuote(string text, int i, int end, out int length, out char expected)
        => IsDoubleOpener(text, i, end, i, out length, out expected);

    private static bool IsDoubleOpener(string text, int i, int end, int paragraphStart, out int length, out char expected)
    {
        char c = text[i];
        length = 1;
        expected = '\0';
        switch (c)
        {
            case '“': expected = '”'; return true;
            case '«': expected = '»'; return true;
            case '„': expected = '“'; return true;
            case '"': expected = '"'; return i + 1 < end && !char.IsWhiteSpace(text[i + 1]) || i == paragraphStart;
            case '”' when i == paragraphStart && i + 1 < end && char.IsLetter(text[i + 1]):
                expected = '”'; return true; // a typo'd opening mark at a paragraph's start
            case '\'' or '’' when i + 1 < end && text[i + 1] == c && (i == paragraphStart || !char.IsLetterOrDigit(text[i - 1])):
                expected = c; length = 2; return true; // two apostrophes, as some papers print quotes
            case '`' when i + 1 < end && text[i + 1] == '`':
                expected = '\''; length = 2; return true;
            default: return false;
        }
    }

    private static bool IsDoubleCloser(string text, int i, char expected, out int length)
    {
        length = 1;
        char c = text[i];
        if (expected is '\'' or '’')
        {
            if (c == expected && i + 1 < text.Length && text[i + 1] == expected) { length = 2; return true; }
            return false;
        }
        if (c == expected) return true;
        // Straight and curly marks are sometimes mixed within one quote.
        return expected == '”' && c == '"' || expected == '"' && c == '”';
    }

    private static bool IsSingleOpener(string text, int i, int end, int paragraphStart)
    {
        char c = text[i];
        if (c is not ('‘' or '\'')) return false;
        bool before = i == paragraphStart || !char.IsLetterOrDigit(text[i - 1]);
        return before && i + 1 < end && char.IsLetter(text[i + 1]);
    }

    /// <summary>The closing mark of a double quotation that opens at <paramref name="open"/> inside a single-quoted one, or -1.</summary>
    private static int InnerDoubleEnd(string text, int open, int end)
    {
        if (open + 1 >= end || char.IsWhiteSpace(text[open + 1])) return -1;
        // Straight and curly marks are mixed as in any quotation (IsDoubleCloser).
        return text.AsSpan(open + 1, end - open - 1).IndexOfAny('”', '"') is int at and >= 0 ? open + 1 + at : -1;
    }

    /// <summary>
    /// A closing single mark (’ or ', whichever opened): not between two letters (an apostrophe), within the
    /// paragraph, before any double mark; -1 when there is none. <paramref name="stop"/> is where the scan ended.
    /// </summary>
    private static int FindSingleCloser(string text, int from, int end, ref int noDoubleCloserFrom, out int stop)
    {
        for (int i = from; i < end; i++)
        {
            stop = i;
            char c = text[i];
            if (c is '“' or '"')
            {
                // 'They called it "a compromise", but …': a quotation of the other kind inside is passed whole.
                int inner = i + 1 >= noDoubleCloserFrom ? -1 : InnerDoubleEnd(text, i, end);
                if (inner < 0)
                {
                    noDoubleCloserFrom = Math.Min(noDoubleCloserFrom, i + 1);
                    return -1;
                }
                i = inner;
                continue;
            }
            if (c is '”') return -1;
            if (c is not ('’' or '\'')) continue;
            bool letterAfter = i + 1 < end && char.IsLetter(text[i + 1]);
            bool letterBefore = i > from && char.IsLetterOrDigit(text[i - 1]);
            if (letterAfter && letterBefore) continue;          // don't, Clinton's
            if (!letterBefore && text[i - 1] is not ('.' or ',' or '!' or '?')) continue;
            if (letterAfter) continue;
            if (i + 1 < end && text[i + 1] == 's' ) continue;
            return i;
        }
        stop = end;
        return -1;
    }
}
