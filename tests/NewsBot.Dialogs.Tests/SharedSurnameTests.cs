namespace NewsBot.Dialogs.Tests;

/// <summary>
/// A surname two people of a story share, each quoted a few times: the one the headline names in full is whom a bare
/// surname means; with no headline to tell, the bot still asks which one.
/// </summary>
public sealed class SharedSurnameTests : IDisposable
{
    private const string Headlined = """
        Governor Alma Brandt signs the water bill

        Governor Alma Brandt signed the water bill on Friday. "Every town will have clean water by 2030," Alma Brandt said at the ceremony.

        Her brother, Jonas Brandt, who runs a bottling plant, said the bill would cost his company dearly. "We were never asked," Jonas Brandt said.

        "This is the proudest day of my term," Alma Brandt said. She added that the first grants would go out in March.

        Jonas Brandt told reporters he would take the state to court. "We will see them in court," he said.
        """;

    private const string Untold = """
        Water bill divides the valley

        The water bill passed on Friday. "Every town will have clean water by 2030," Governor Alma Brandt said at the ceremony.

        Her brother, Jonas Brandt, who runs a bottling plant, said the bill would cost his company dearly. "We were never asked," Jonas Brandt said.

        "This is the proudest day of my term," Alma Brandt said.

        "We will see them in court," Jonas Brandt said.
        """;

    private readonly InProcessBot _headlined = InventedNews.Bot(Headlined);
    private readonly InProcessBot _untold = InventedNews.Bot(Untold);

    public void Dispose()
    {
        _headlined.Dispose();
        _untold.Dispose();
    }

    [Theory]
    [InlineData("what did brandt say?")]
    [InlineData("what did Brandt say about the water bill")]
    [InlineData("where did brandt say it")]
    public async Task The_surname_means_the_one_the_headline_names(string question)
    {
        var reply = (await _headlined.NewConversation().SendAsync(question)).Text;
        Assert.DoesNotContain("Which one", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Alma Brandt", reply.Split("\n\n")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_headline_naming_either_the_bot_asks_which()
    {
        var reply = (await _untold.NewConversation().SendAsync("what did brandt say?")).Text;
        Assert.Contains("Which one", reply, StringComparison.OrdinalIgnoreCase);
    }
}
