namespace NewsBot.Cli.Tests;

/// <summary>
/// The engine measured on gold annotations nobody in the project wrote, through the same
/// `extract --format jsonl` + score_quotes.py pipeline the README documents.
/// </summary>
public class ExtractionQualityTests
{
    [Fact]
    public void Seed_article_every_attribution_found_with_the_right_speaker_and_no_false_alarm()
    {
        var scores = EvalScorer.ExtractAndScore("seed");
        Assert.Equal(11, scores.GoldSpeech);
        Assert.Equal(1.0, scores.Recall);
        Assert.Equal(1.0, scores.SpeakerAcc);
        Assert.Equal(0, scores.FalseAlarms);
    }

    /// <summary>A floor under the measured PolNeAR dev figures, so that a change that loses accuracy fails.</summary>
    [Fact]
    public void Polnear_dev_accuracy_does_not_regress()
    {
        var scores = EvalScorer.ExtractAndScore("polnear-dev");
        Assert.Equal(84, scores.Articles);
        Assert.Equal(0, scores.BadOffsets);
        Assert.True(scores.F1 >= 0.85, $"F1 {scores.F1}");
        Assert.True(scores.SpeakerAcc >= 0.885, $"speaker accuracy {scores.SpeakerAcc}");
        Assert.True(scores.Precision >= 0.93, $"precision {scores.Precision}");
        var strict = EvalScorer.ExtractAndScore("polnear-dev", threshold: 0.8);
        Assert.True(strict.F1 >= 0.825, $"F1 at 0.8 {strict.F1}");
    }

    /// <summary>The generated articles of the common attribution shapes: every one found, whole, with its speaker.</summary>
    [Fact]
    public void Patterns_dev_shapes_are_found_whole_with_their_speakers()
    {
        var scores = EvalScorer.ExtractAndScore("patterns-dev", threshold: 0.8);
        Assert.True(scores.F1 >= 0.99, $"F1 at 0.8 {scores.F1}");
        Assert.True(scores.SpeakerAcc >= 0.97, $"speaker accuracy {scores.SpeakerAcc}");
    }
}
