namespace NewsBot.Dialogs.Tests;

/// <summary>
/// Who said it, asked in other words than the quote's: of two quotes that share the question's words, the one that
/// keeps a phrase of the question side by side ("the city budget") is the closer paraphrase, wherever it stands.
/// </summary>
public sealed class ParaphraseTests : IDisposable
{
    private const string Budget = """
        Parks spending rises as revenue stalls

        Councilman Piet Ames welcomed the new spending on playgrounds. "Our budget for the city parks is bigger than ever, and the city should be proud of it," Ames said.

        Economist Lara Voss was less cheerful. "The city budget has gone flat for three years," Voss said at a forum on Tuesday.

        Parks director Jun Okada said the first playground would open in June.
        """;

    private const string Trade = """
        Port traffic slows after tariff rise

        Shipping agent Mei Larkin said container numbers were down. "Trade through the port has been falling since spring, and the port cannot cut more jobs," Larkin said.

        Port chairman Aron Falk said the slowdown was temporary. "The port trade will bounce back by winter," Falk told reporters.
        """;

    private const string Stadium = """
        Council puts off stadium decision

        "The mayor's office has asked the council to wait on the stadium," aide Tomas Reyes said on Monday.

        Critic Wanda Holm said the request told its own story. "The mayor's office wants this stadium badly," Holm said.

        Holm added: "They are scared, because the numbers never added up."
        """;

    private readonly InProcessBot _stadium = InventedNews.Bot(Stadium);
    private readonly InProcessBot _budget = InventedNews.Bot(Budget);
    private readonly InProcessBot _trade = InventedNews.Bot(Trade);

    public void Dispose()
    {
        _budget.Dispose();
        _stadium.Dispose();
        _trade.Dispose();
    }

    [Theory]
    [InlineData("who said the city budget is basically standing still", "Voss", "Ames")]
    [InlineData("who claimed the city budget stopped growing?", "Voss", "Ames")]
    public Task The_quote_that_keeps_a_phrase_of_the_question_is_the_closer(string question, string speaker, string other) =>
        FirstNames(_budget, question, speaker, other);

    [Theory]
    [InlineData("who said port trade will recover", "Falk", "Larkin")]
    [InlineData("who expects the port trade to pick up again?", "Falk", "Larkin")]
    public Task The_phrase_wins_over_the_same_words_apart(string question, string speaker, string other) =>
        FirstNames(_trade, question, speaker, other);

    [Theory]
    [InlineData("who said the mayor's office is scared about the stadium", "Holm", "Reyes")]
    [InlineData("who claimed the mayor's office was frightened over the stadium?", "Holm", "Reyes")]
    [InlineData("who says the mayor's office is afraid of the stadium", "Holm", "Reyes")]
    [InlineData("who said the mayor's office asked the council to wait", "Reyes", "Holm")]
    public Task Of_speakers_whose_best_quotes_tie_the_one_who_says_the_rest_elsewhere_said_it(string question, string speaker, string other) =>
        NamedFirst(_stadium, question, speaker, other);

    /// <summary>The answer names <paramref name="speaker"/>, and <paramref name="other"/> (if at all) only after them.</summary>
    private static async Task NamedFirst(InProcessBot bot, string question, string speaker, string other)
    {
        var first = (await bot.NewConversation().SendAsync(question)).Text.Split("\n\n")[0];
        int at = first.IndexOf(speaker, StringComparison.Ordinal), otherAt = first.IndexOf(other, StringComparison.Ordinal);
        Assert.True(at >= 0 && (otherAt < 0 || at < otherAt), $"{speaker} should be named first: {first}");
    }

    private static async Task FirstNames(InProcessBot bot, string question, string speaker, string other)
    {
        var first = (await bot.NewConversation().SendAsync(question)).Text.Split("\n\n")[0];
        Assert.Contains(speaker, first, StringComparison.Ordinal);
        Assert.DoesNotContain(other, first, StringComparison.Ordinal);
    }
}
