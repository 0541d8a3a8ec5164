using System.Text.Json;
using NewsBot.Quotes;
using NewsBot.Testing;

namespace NewsBot.Store.Tests;

/// <summary>Articles for the store tests: short ones composed here, and PolNeAR texts read from ../shared/eval.</summary>
public static class Stories
{
    public const string Bridge =
        "Bridge opens after nine years\n\n" +
        "Mayor Lena Ortiz opened the Millbrook bridge on Tuesday.\n\n" +
        "\u201CIt took us nine years, but we never gave up,\u201D Ortiz told reporters.\n\n" +
        "\u201CWe are delighted,\u201D said Tom Reyes, who runs the bakery by the river.\n";

    public static IEnumerable<string> PolnearTexts(string set = "polnear-train") =>
        Directory.EnumerateFiles(Path.Combine(SharedEval.Folder, set, "text"), "*.txt").Order(StringComparer.Ordinal);

    /// <summary>
    /// An article with hand-made speakers and quotes (independent of the engine's quality): every
    /// quote is the sentence that contains its phrase, and its speaker the given name.
    /// </summary>
    public static ArticleQuotes Made(string text, params (string Speaker, string Phrase)[] quotes)
    {
        var article = Article.FromText(text, "made.txt");
        var names = quotes.Select(q => q.Speaker).Distinct().ToList();
        var speakers = names.Select((name, i) => new Speaker(
            $"s{i}", name, [name.Split(' ')[^1]], SpeakerKind.Person, ["spokesperson"],
            quotes.Count(q => q.Speaker == name), Span(text, name))).ToList();
        var made = quotes.Select((q, i) =>
        {
            var span = Span(text, q.Phrase);
            var half = span.Start + span.Length / 2;
            return new Quote($"q{i}", $"s{names.IndexOf(q.Speaker)}", q.Speaker, q.Phrase, span,
                [new TextSpan(span.Start, half), new TextSpan(half, span.End)], (QuoteKind)(i % 4), "said",
                i % 2 == 0 ? null : new TextSpan(0, 4), i % 3 == 0 ? "statement" : null,
                i % 2 == 0 ? Span(text, q.Speaker) : null, i);
        }).ToList();
        return new ArticleQuotes(article, speakers, made);
    }

    private static TextSpan Span(string text, string phrase)
    {
        int at = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{phrase}' is not in the story");
        return new TextSpan(at, at + phrase.Length);
    }

    /// <summary>Everything an <see cref="ArticleQuotes"/> holds, as one comparable string.</summary>
    public static string Snapshot(ArticleQuotes quotes) => JsonSerializer.Serialize(new
    {
        quotes.Article.Source,
        quotes.Article.Title,
        quotes.Article.Text,
        quotes.Article.Paragraphs,
        quotes.Article.Sentences,
        quotes.Speakers,
        quotes.Quotes,
    });
}
