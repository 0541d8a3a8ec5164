namespace NewsBot.Quotes;

/// <summary>Splits plain text into paragraphs (one per non-blank line) and sentences, and marks site chrome.</summary>
internal static class ArticleReader
{
    public static Article Read(string text, string source, string? title)
    {
        var paragraphs = new List<Paragraph>();
        var sentences = new List<Sentence>();
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var span = Trim(text, lineStart, lineEnd);
            if (!span.IsEmpty)
            {
                var paragraph = new Paragraph(paragraphs.Count, span, SiteChrome.IsChrome(text, span));
                paragraphs.Add(paragraph);
                if (!paragraph.IsChrome) SentenceSplitter.Split(text, paragraph, sentences);
            }
            lineStart = lineEnd + 1;
        }
        title ??= paragraphs.FirstOrDefault(p => !p.IsChrome) is { } first ? text[first.Span.Start..first.Span.End] : "";
        return new Article(source, text, ArticleTitles.Shorten(title), paragraphs, sentences);
    }

    internal static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';
}
