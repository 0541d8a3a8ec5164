namespace NewsBot.Cli.Tests;

public class EvalScorerTests
{
    [Fact]
    public void Evaluation_data_is_found_beside_the_repository()
    {
        Assert.True(File.Exists(Path.Combine(EvalScorer.EvalFolder, "score_quotes.py")));
        Assert.True(Directory.Exists(Path.Combine(EvalScorer.GoldFolder("seed"), "ann")));
    }

    [Fact]
    public void Seed_article_goes_through_extract_and_the_python_scorer()
    {
        var scores = EvalScorer.ExtractAndScore("seed");
        Assert.Equal(1, scores.Articles);
        Assert.Equal(0, scores.Missing);
        Assert.Equal(0, scores.BadOffsets);
        Assert.True(scores.GoldSpeech > 0);
        Assert.Equal(0.3, scores.Threshold);
    }

    [Fact]
    public void Scorer_counts_an_article_whose_line_is_absent_as_missing()
    {
        var predictions = Path.GetTempFileName();
        try
        {
            File.WriteAllText(predictions, "{\"file\": \"elsewhere/unknown.txt\", \"error\": \"unknown.txt does not exist\"}\n");
            var scores = EvalScorer.Score(EvalScorer.GoldFolder("seed"), predictions);
            Assert.Equal(1, scores.Missing);
            Assert.Equal(0, scores.Predicted);
        }
        finally
        {
            File.Delete(predictions);
        }
    }
}
