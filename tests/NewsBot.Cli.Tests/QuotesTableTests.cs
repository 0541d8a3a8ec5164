using NewsBot.Cli.Output;
using NewsBot.Quotes;

namespace NewsBot.Cli.Tests;

public class QuotesTableTests
{
    [Fact]
    public void Table_lists_speaker_kind_offsets_and_quote_per_row()
    {
        var lines = QuotesTable.Render("bridge.txt", SampleQuotes.Create()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("== bridge.txt: 3 quotes by 2 speakers", lines[0]);
        Assert.Matches(@"^SPEAKER\s+KIND\s+OFFSETS\s+QUOTE$", lines[1]);
        var span = SampleQuotes.Find("It took us nine years,");
        Assert.Matches($@"^Lena Ortiz\s+direct\s+\[{span.Start},{span.End}\)\s+It took us nine years,$", lines[2]);
        Assert.Matches(@"^the council\s+indirect\s+", lines[3]);
        Assert.Matches(@"^\(unknown\)\s+partial\s+", lines[4]);
    }

    [Fact]
    public void Long_quotes_are_cut_to_one_line_with_an_ellipsis()
    {
        var text = "\u201C" + string.Join("\n", Enumerable.Repeat("word", 60)) + "\u201D she said.";
        var article = Article.FromText(text);
        var quote = new Quote("q1", null, "A speaker with an extraordinarily long name indeed", text[1..^11], new TextSpan(1, text.Length - 11),
            [new TextSpan(1, text.Length - 11)], QuoteKind.Direct, "said", null, null, null, 0);
        var lines = QuotesTable.Render("long.txt", new ArticleQuotes(article, [], [quote])).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith("\u2026", lines[2]);
        Assert.Equal(24 + 1 + 8 + 1 + 14 + 1 + 72, lines[2].Length);
        Assert.StartsWith("A speaker with an extra\u2026 direct", lines[2]);
    }

    [Fact]
    public void Article_without_quotes_says_so()
    {
        var render = QuotesTable.Render("calm.txt", new ArticleQuotes(Article.FromText("Nothing was said."), [], []));
        Assert.Contains("== calm.txt: 0 quotes by 0 speakers", render);
        Assert.Contains("(no quotes found)", render);
    }
}
