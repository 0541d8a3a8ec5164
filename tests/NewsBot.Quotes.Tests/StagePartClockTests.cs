using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>The parts of the attribution and speaker stages tell the thread's clock, when the stage report sets one, what they cost.</summary>
public class StagePartClockTests
{
    private sealed class CountingClock : StagePartClock
    {
        public Dictionary<StagePart, int> Ends { get; } = [];

        public override StageMark Begin() => new(0, 0);

        public override void End(StagePart part, StageMark begun) => Ends[part] = Ends.GetValueOrDefault(part) + 1;
    }

    private const string Text = "Mayor Lena Ortiz opened the bridge on Monday.\n\n" +
                                "“The river no longer divides this town,” Ortiz said.\n\n" +
                                "Ortiz said the work was done, and Ruiz said the toll would go.\n\n" +
                                "“It will be busy,” she said. “We planned for that.”";

    [Fact]
    public void Each_part_of_a_stage_is_timed_on_the_thread_that_set_a_clock()
    {
        var clock = new CountingClock();
        StagePartClock.OfThisThread = clock;
        try { QuoteEngine.AnalyzeText(Text); }
        finally { StagePartClock.OfThisThread = null; }

        Assert.Equal(Enum.GetValues<StagePart>().ToHashSet(), clock.Ends.Keys.ToHashSet());
        Assert.Equal(1, clock.Ends[StagePart.UnclaimedQuotes]);
        Assert.Equal(1, clock.Ends[StagePart.Result]);
        Assert.Equal(4, clock.Ends[StagePart.Mentions]);
    }

    [Fact]
    public void Without_a_clock_the_engine_finds_the_same()
    {
        var clock = new CountingClock();
        StagePartClock.OfThisThread = clock;
        ArticleQuotes timed;
        try { timed = QuoteEngine.AnalyzeText(Text); }
        finally { StagePartClock.OfThisThread = null; }
        var untimed = QuoteEngine.AnalyzeText(Text);

        Assert.Equal(timed.Quotes.Select(q => (q.Text, q.SpeakerName)), untimed.Quotes.Select(q => (q.Text, q.SpeakerName)));
    }
}
