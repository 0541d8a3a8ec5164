using System.Text.RegularExpressions;

namespace NewsBot.Quotes;

/// <summary>Sentence boundaries inside a paragraph: ., ! or ? (with closing quotes) before a capital or an opening mark, except after abbreviations and initials.</summary>
internal static partial class SentenceSplitter
{
    /// <summary>"WASHINGTON (AP) — ", "BEDFORD, N.H. (AP) — ", "NAIROBI, Kenya — ": the place and agency before a story's first sentence.</summary>
    [GeneratedRegex(@"\G[A-Z][A-Z.’'\- ]*[A-Z.](?:,(?: [A-Z][\w.]*){1,3})?(?: \([\w ]{1,30}\))? ?(?:—|–|--?) ", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    /// <summary>"Guwahati: ", "NEW DELHI: ": a place and a colon before a story's first sentence, as Indian papers print it.</summary>
    [GeneratedRegex(@"\G[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?: (?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex ColonDateline();

    /// <summary>Where the first sentence of a paragraph starts: after a dateline ("WASHINGTON (AP) — ", "Guwahati: " in an article's first paragraphs), or at its start.</summary>
    public static int AfterDateline(string text, Paragraph paragraph)
    {
        int start = paragraph.Span.Start, end = paragraph.Span.End;
        if (end - start <= 12 || !char.IsUpper(text[start])) return start;
        var dateline = char.IsUpper(text[start + 1]) ? Dateline().Match(text, start, Math.Min(end - start, 80)) : Match.Empty;
        if (!dateline.Success && paragraph.Index is >= 1 and <= 3) dateline = ColonDateline().Match(text, start, Math.Min(end - start, 40));
        return dateline.Success && dateline.Index + dateline.Length < end ? dateline.Index + dateline.Length : start;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Lexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Split(string text, Paragraph paragraph, List<Sentence> sentences)
    {
        int start = AfterDateline(text, paragraph), end = paragraph.Span.End;
        for (int i = start; i < end; i++)
        {
            int stop = text.AsSpan(i, end - i).IndexOfAny('.', '!', '?');
            if (stop < 0) break;
            i += stop;
            char c = text[i];
            int after = i + 1;
            while (after < end && (QuoteChars.IsClosingLike(text[after]) || text[after] is ')' or '.' or '!' or '?')) after++;
            if (after >= end) break;
            if (!ArticleReader.IsSpace(text[after])) continue;
            int next = after;
            while (next < end && ArticleReader.IsSpace(text[next])) next++;
            if (next >= end) break;
            char n = text[next];
            if (!(char.IsUpper(n) || char.IsDigit(n) || QuoteChars.IsOpeningLike(n) || n is '(' or '[' or '—' or '–')) continue;
            if (c == '.' && IsAbbreviation(text, start, i)) continue;
            AddSentence(text, paragraph, sentences, start, after);
            start = next;
            i = next - 1;
        }
        AddSentence(text, paragraph, sentences, start, end);
    }

    private static void AddSentence(string text, Paragraph paragraph, List<Sentence> sentences, int start, int end)
    {
        var span = ArticleReader.Trim(text, start, end);
        if (!span.IsEmpty) sentences.Add(new Sentence(sentences.Count, paragraph.Index, span));
    }

    /// <summary>The word before the period is a known abbreviation, an initial ("J."), or dotted ("U.S.", "a.m.").</summary>
    private static bool IsAbbreviation(string text, int paragraphStart, int period)
    {
        int wordStart = period;
        while (wordStart > paragraphStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        if (word.Contains('.')) return true;
        return AbbreviationLookup.Contains(word);
    }
}
