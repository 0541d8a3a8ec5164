using System.Text.Json;
using NewsBot.Cli.Output;

namespace NewsBot.Cli.Tests;

public class QuotesJsonlTests
{
    private static JsonElement Parse(string line)
    {
        Assert.DoesNotContain('\n', line);
        return JsonDocument.Parse(line).RootElement;
    }

    private static string[] Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void Article_line_has_exactly_the_scorer_shape()
    {
        var line = Parse(QuotesJsonl.Line("news/bridge.txt", SampleQuotes.Create()));
        Assert.Equal(["file", "speakers", "quotes"], Keys(line));
        Assert.Equal("news/bridge.txt", line.GetProperty("file").GetString());

        var ortiz = line.GetProperty("speakers")[0];
        Assert.Equal(["id", "name", "aliases", "kind", "roles", "quoteCount"], Keys(ortiz));
        Assert.Equal("s1", ortiz.GetProperty("id").GetString());
        Assert.Equal("Lena Ortiz", ortiz.GetProperty("name").GetString());
        Assert.Equal(["Ortiz", "Mayor Lena Ortiz"], ortiz.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("person", ortiz.GetProperty("kind").GetString());
        Assert.Equal(["mayor"], ortiz.GetProperty("roles").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(1, ortiz.GetProperty("quoteCount").GetInt32());
        Assert.Equal("organization", line.GetProperty("speakers")[1].GetProperty("kind").GetString());

        var quotes = line.GetProperty("quotes");
        Assert.Equal(3, quotes.GetArrayLength());
        var first = quotes[0];
        Assert.Equal(["id", "speakerId", "speaker", "text", "start", "end", "kind", "cue", "medium", "rule", "speakerRule"], Keys(first));
        Assert.Equal("quote-name-cue", first.GetProperty("rule").GetString());
        Assert.Equal("earlier-name", first.GetProperty("speakerRule").GetString());
        Assert.Equal("q1", first.GetProperty("id").GetString());
        Assert.Equal("s1", first.GetProperty("speakerId").GetString());
        Assert.Equal("Lena Ortiz", first.GetProperty("speaker").GetString());
        Assert.Equal("It took us nine years,", first.GetProperty("text").GetString());
        Assert.Equal("said", first.GetProperty("cue").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("medium").ValueKind);
        Assert.Equal(["direct", "indirect", "partial"], quotes.EnumerateArray().Select(q => q.GetProperty("kind").GetString()));
        Assert.Equal("statement", quotes[1].GetProperty("medium").GetString());
        Assert.Equal(JsonValueKind.Null, quotes[2].GetProperty("speakerId").ValueKind);
    }

    [Fact]
    public void Offsets_are_utf16_indexes_into_the_article_text_end_exclusive()
    {
        var result = SampleQuotes.Create();
        foreach (var quote in Parse(QuotesJsonl.Line("bridge.txt", result)).GetProperty("quotes").EnumerateArray())
        {
            int start = quote.GetProperty("start").GetInt32(), end = quote.GetProperty("end").GetInt32();
            Assert.Equal(quote.GetProperty("text").GetString(), result.Article.Text[start..end]);
        }
    }

    [Fact]
    public void Non_ascii_text_is_written_as_itself_and_survives_a_round_trip()
    {
        var line = QuotesJsonl.Line("caf\u00E9/\u201Cq\u201D.txt", SampleQuotes.Create());
        Assert.Contains("\u201CIt took us", SampleQuotes.Text);
        Assert.Contains("caf\u00E9/\u201Cq\u201D.txt", line);
        Assert.Equal("caf\u00E9/\u201Cq\u201D.txt", Parse(line).GetProperty("file").GetString());
    }

    [Fact]
    public void Error_line_names_the_file_and_the_problem()
    {
        var line = Parse(QuotesJsonl.ErrorLine("gone.txt", "gone.txt does not exist"));
        Assert.Equal(["file", "error"], Keys(line));
        Assert.Equal("gone.txt does not exist", line.GetProperty("error").GetString());
    }

    [Fact]
    public void Lone_surrogate_in_a_file_name_does_not_break_the_line()
    {
        var line = Parse(QuotesJsonl.ErrorLine("bad\uD800name.txt", "x"));
        Assert.StartsWith("bad", line.GetProperty("file").GetString());
    }
}
