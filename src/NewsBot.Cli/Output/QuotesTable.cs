using System.Text;
using NewsBot.Quotes;

namespace NewsBot.Cli.Output;

/// <summary>A readable listing of one article's quotes: speaker, kind, offsets, and the quote cut to one line.</summary>
public static class QuotesTable
{
    private const int SpeakerWidth = 24;
    private const int KindWidth = 8;
    private const int OffsetsWidth = 14;
    private const int QuoteWidth = 72;

    public static string Render(string file, ArticleQuotes result)
    {
        var table = new StringBuilder();
        var quoted = result.QuotedSpeakers.Count();
        table.AppendLine($"== {file}: {Count(result.Quotes.Count, "quote")} by {Count(quoted, "speaker")}");
        if (result.Quotes.Count == 0) return table.AppendLine("   (no quotes found)").ToString();
        table.AppendLine(Row("SPEAKER", "KIND", "OFFSETS", "QUOTE"));
        foreach (var quote in result.Quotes)
        {
            var speaker = string.IsNullOrWhiteSpace(quote.SpeakerName) ? "(unknown)" : quote.SpeakerName;
            table.AppendLine(Row(speaker, quote.Kind.ToString().ToLowerInvariant(), quote.Span.ToString(), quote.Text));
        }
        return table.ToString();
    }

    private static string Row(string speaker, string kind, string offsets, string quote) =>
        $"{Cell(speaker, SpeakerWidth)} {Cell(kind, KindWidth)} {Cell(offsets, OffsetsWidth)} {Cell(quote, QuoteWidth).TrimEnd()}";

    /// <summary>One line of exactly <paramref name="width"/> characters: white space collapsed, cut with an ellipsis.</summary>
    private static string Cell(string text, int width)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= width) return flat.PadRight(width);
        var cut = char.IsHighSurrogate(flat[width - 2]) ? width - 2 : width - 1;
        return string.Concat(flat.AsSpan(0, cut), "\u2026").PadRight(width);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
