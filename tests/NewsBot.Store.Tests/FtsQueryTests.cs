namespace NewsBot.Store.Tests;

public class FtsQueryTests
{
    [Theory]
    [InlineData("\"nine years!\"", "\"nine\" AND \"years\"")]
    [InlineData("NEAR(a* OR b)", "\"NEAR\" AND \"a\" AND \"OR\" AND \"b\"")]
    [InlineData("Ortiz's \U0001F600 bridge", "\"Ortiz\" AND \"s\" AND \"bridge\"")]
    [InlineData("Müller 北京", "\"Müller\" AND \"北京\"")]
    public void Only_words_reach_the_match_expression_each_one_quoted(string text, string expected) =>
        Assert.Equal(expected, FtsQuery.AllOf(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n")]
    [InlineData("\"*^():-+")]
    [InlineData("\U0001F600\U0001F44D")]
    public void Text_without_words_is_no_query(string? text)
    {
        Assert.Null(FtsQuery.AllOf(text));
        Assert.Null(FtsQuery.AnyOf(text));
    }

    [Fact]
    public void The_last_word_may_be_a_prefix_and_long_input_is_capped()
    {
        Assert.Equal("\"Lena\" AND \"Ort\"*", FtsQuery.AllOf("Lena Ort", lastIsPrefix: true));
        var words = FtsQuery.Words(string.Join(" ", Enumerable.Range(0, 500).Select(i => $"w{i}")) + " " + new string('x', 10_000));
        Assert.Equal(FtsQuery.MaxWords, words.Count);
        Assert.Equal("w31", words[^1]);
        Assert.Equal(FtsQuery.MaxWordLength, Assert.Single(FtsQuery.Words(new string('x', 10_000))).Length);
    }

    [Fact]
    public void Searches_for_content_leave_out_function_words_unless_nothing_else_is_left()
    {
        Assert.Equal("\"took\" AND \"nine\" AND \"years\"", FtsQuery.AllOf("It took us all of nine years", content: true));
        Assert.Equal(["to", "be", "or", "to", "be"], FtsQuery.ContentWords("to be or to be"));
        // A negation carries meaning (the one stop list of the text toolkit keeps it).
        Assert.Equal(["not"], FtsQuery.ContentWords("to be or not to be"));
        Assert.Equal(["The", "Who"], FtsQuery.ContentWords("The Who"));
    }

    [Fact]
    public void A_phrase_keeps_every_word_in_order_and_no_punctuation()
    {
        Assert.Equal("\"it s a long and meaningful call\"", FtsQuery.Phrase("\u201CIt's a \"long\" and meaningful call!\u201D")!.ToLowerInvariant());
        Assert.Null(FtsQuery.Phrase("?! \u2014"));
    }
}
