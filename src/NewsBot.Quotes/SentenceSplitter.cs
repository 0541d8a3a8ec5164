namespace NewsBot.Quotes;

/// <summary>Sentence boundaries inside a paragraph: ., ! or ? (with closing quotes) before a capital or an opening mark, except after abbreviations and initials.</summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
        "st", "jr", "sr", "prof", "rev", "hon", "pres", "supt", "det", "insp", "atty", "messrs", "mmes",
        "inc", "co", "corp", "ltd", "llc", "bros", "dept", "univ", "assn", "vs", "v", "no", "nos", "vol", "fig", "approx", "est", "etc",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
        "wash", "wis", "wyo",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Split(string text, Paragraph paragraph, List<Sentence> sentences)
    {
        int start = paragraph.Span.Start, end = paragraph.Span.End;
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
