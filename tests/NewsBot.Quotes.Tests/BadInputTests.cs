using System.Text;
using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>Input no article should hold: a sensible result or none, never an exception, offsets always inside the text.</summary>
public class BadInputTests
{
    private static void AssertSound(string text)
    {
        var result = QuoteEngine.AnalyzeText(text);
        foreach (var quote in result.Quotes)
        {
            Assert.InRange(quote.Span.Start, 0, text.Length);
            Assert.InRange(quote.Span.End, quote.Span.Start, text.Length);
            Assert.All(quote.Pieces, p => Assert.InRange(p.End, p.Start, text.Length));
        }
    }

    [Fact]
    public void A_line_of_a_hundred_thousand_quotation_marks() => AssertSound("Marks\n\n" + new string('"', 100_000) + " said Ada Holm.");

    [Fact]
    public void Mixed_quotation_marks_without_end() => AssertSound(string.Concat(Enumerable.Repeat("“‘«„\"' said “ ", 20_000)));

    [Fact]
    public void Deeply_nested_quotations()
    {
        var text = new StringBuilder("Nesting\n\nAda Holm said ");
        for (int i = 0; i < 5_000; i++) text.Append(i % 2 == 0 ? "“we said " : "‘they said ");
        text.Append("stop");
        for (int i = 0; i < 5_000; i++) text.Append(i % 2 == 0 ? "’" : "”");
        AssertSound(text.Append('.').ToString());
    }

    [Fact]
    public void Unbalanced_quotations_over_many_paragraphs() =>
        AssertSound(string.Concat(Enumerable.Repeat("“The harbour will reopen, said Ada Holm.\n\n", 5_000)));

    [Fact]
    public void Single_quotes_that_never_close() => AssertSound("Singles\n\n" + string.Concat(Enumerable.Repeat("‘a said 'tis ", 20_000)));

    [Fact]
    public void Control_characters_and_lone_surrogates() =>
        AssertSound("Odd\n\n\u0000\u0001\u0002 \uD800 said \uDC00 “ \u200B\uFEFF\u202E according to \u0007 the said said said.");

    [Fact]
    public void A_paragraph_of_a_million_characters_with_cues_and_names()
    {
        var sentence = "“The plan is dead,” said Ada Holm, the mayor, after the vote, and Officials said Part of it would go. ";
        AssertSound("Long\n\n" + string.Concat(Enumerable.Repeat(sentence, 1_000_000 / sentence.Length)));
    }
}
