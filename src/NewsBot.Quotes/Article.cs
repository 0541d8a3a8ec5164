namespace NewsBot.Quotes;

public sealed record Paragraph(int Index, TextSpan Span, bool IsChrome);

public sealed record Sentence(int Index, int Paragraph, TextSpan Span);

/// <summary>
/// An article's text with its paragraphs and sentences. Offsets everywhere in the engine index
/// <see cref="Text"/>: the input itself for plain text, the extracted text for HTML.
/// </summary>
public sealed class Article
{
    public string Source { get; }
    public string Text { get; }
    public string Title { get; }
    public IReadOnlyList<Paragraph> Paragraphs { get; }
    public IReadOnlyList<Sentence> Sentences { get; }

    internal Article(string source, string text, string title, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences)
    {
        Source = source;
        Text = text;
        Title = title;
        Paragraphs = paragraphs;
        Sentences = sentences;
    }

    public string Slice(TextSpan span) => Text[span.Start..span.End];

    /// <param name="title">The title when the source states one (an HTML &lt;title&gt;); otherwise the first line is taken.</param>
    public static Article FromText(string text, string source = "inline", string? title = null) => ArticleReader.Read(text, source, title);
}
