namespace NewsBot.Dialogs.Tests;

/// <summary>
/// "Which senator said …" keeps to senators among the quotes that fit the words: a senator's quote that hardly fits
/// does not push out the one that says them, when the engine did not see its speaker as a senator.
/// </summary>
public sealed class SpeakerKindRestrictionTests : IDisposable
{
    private const string Bank = """
        Lawmakers grill bank chief

        Sen. Tom Reed (D-Ohio) opened the hearing. "The bank owes its customers an apology," Reed said.

        "Why isn't this proof that the bank is too big to manage, too big to regulate?" asked Dan Colby, a former regulator.
        """;

    private readonly InProcessBot _bank = InventedNews.Bot(Bank);

    public void Dispose() => _bank.Dispose();

    [Fact]
    public async Task A_senator_whose_quote_hardly_fits_does_not_hide_the_quote_that_does()
    {
        var first = (await _bank.NewConversation().SendAsync("which senator asked whether the bank is simply too big to manage properly")).Text.Split("\n\n")[0];
        Assert.Contains("Dan Colby", first, StringComparison.Ordinal);
        Assert.DoesNotContain("couldn't find", first, StringComparison.Ordinal);
    }
}
