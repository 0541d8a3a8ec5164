using NewsBot.Quotes;

namespace NewsBot.Cli.Tests;

/// <summary>A short article with its quotes written out by hand, to test output independently of the engine.</summary>
public static class SampleQuotes
{
    public const string Text =
        "Bridge opens\n\nMayor Lena Ortiz opened the bridge on Tuesday.\n\n" +
        "\u201CIt took us nine years,\u201D Ortiz said. The council said the toll would be dropped, and someone shouted \u201Cat last\u201D.";

    public static ArticleQuotes Create()
    {
        var article = Article.FromText(Text, "bridge.txt");
        Speaker[] speakers =
        [
            new("s1", "Lena Ortiz", ["Ortiz", "Mayor Lena Ortiz"], SpeakerKind.Person, ["mayor"], 1, Find("Mayor Lena Ortiz")),
            new("s2", "the council", [], SpeakerKind.Organization, [], 1, Find("The council")),
        ];
        Quote[] quotes =
        [
            new("q1", "s1", "Lena Ortiz", "It took us nine years,", Find("It took us nine years,"), [Find("It took us nine years,")],
                QuoteKind.Direct, "said", Find("said"), null, Find("Ortiz said"), 2, "quote-name-cue", "earlier-name"),
            new("q2", "s2", "the council", "the toll would be dropped", Find("the toll would be dropped"), [Find("the toll would be dropped")],
                QuoteKind.Indirect, "said", null, "statement", null, 2),
            new("q3", null, "", "at last", Find("at last"), [Find("at last")], QuoteKind.Partial, "shouted", null, null, null, 2),
        ];
        return new ArticleQuotes(article, speakers, quotes);
    }

    public static TextSpan Find(string piece)
    {
        int start = Text.IndexOf(piece, StringComparison.Ordinal);
        return new TextSpan(start, start + piece.Length);
    }
}
