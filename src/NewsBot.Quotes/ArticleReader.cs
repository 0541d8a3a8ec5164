namespace NewsBot.Quotes;

/// <summary>Splits plain text into paragraphs and sentences. (Replaced by the full reader.)</summary>
internal static class ArticleReader
{
    public static Article Read(string text, string source, string? title)
    {
        var paragraphs = new List<Paragraph>();
        int start = 0;
        foreach (var line in text.Split('\n'))
        {
            var span = new TextSpan(start, start + line.Length);
            if (line.Trim().Length > 0) paragraphs.Add(new Paragraph(paragraphs.Count, span, false));
            start += line.Length + 1;
        }
        var sentences = paragraphs.Select((p, i) => new Sentence(i, p.Index, p.Span)).ToList();
        title ??= paragraphs.Count > 0 ? text[paragraphs[0].Span.Start..paragraphs[0].Span.End].Trim() : "";
        return new Article(source, text, title, paragraphs, sentences);
    }
}
