using NewsBot.Quotes;

namespace NewsBot.Dialogs.Conversation;

/// <summary>
/// An article's sentences found by position with binary searches (they are in text order), so an
/// answer over an article of thousands of sentences looks up each one in log n, never by a scan.
/// </summary>
public static class Sentences
{
    /// <summary>The sentences that overlap a span, in order.</summary>
    public static IReadOnlyList<Sentence> Overlapping(Article article, TextSpan span)
    {
        var sentences = article.Sentences;
        var found = new List<Sentence>();
        for (int i = FirstEndingAfter(sentences, span.Start); i < sentences.Count && sentences[i].Span.Start < span.End; i++)
            if (sentences[i].Span.Overlaps(span)) found.Add(sentences[i]);
        return found;
    }

    /// <summary>The sentence holding a position, else the first after it; null past the last.</summary>
    public static Sentence? At(Article article, int position)
    {
        var sentences = article.Sentences;
        int i = FirstEndingAfter(sentences, position);
        return i < sentences.Count ? sentences[i] : null;
    }

    /// <summary>The sentences of these paragraphs (from, to inclusive), in order.</summary>
    public static IReadOnlyList<Sentence> InParagraphs(Article article, int from, int to)
    {
        var sentences = article.Sentences;
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (sentences[mid].Paragraph < from) lo = mid + 1;
            else hi = mid;
        }
        var found = new List<Sentence>();
        for (int i = lo; i < sentences.Count && sentences[i].Paragraph <= to; i++) found.Add(sentences[i]);
        return found;
    }

    private static int FirstEndingAfter(IReadOnlyList<Sentence> sentences, int position)
    {
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (sentences[mid].Span.End <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
