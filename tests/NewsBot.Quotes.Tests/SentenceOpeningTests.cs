using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>What opens a sentence before its subject is no speaker: a time ("Hours later,", "Sunday morning,"), a place with its state and a time ("At a rally in Ames, Iowa, on Sunday,"), a dateline ("LAGOS (AP) —").</summary>
public class SentenceOpeningTests
{
    private static ArticleQuotes Analyze(string sentence) => QuoteEngine.AnalyzeText("Harbour talks\n\nThe quay was quiet on Monday.\n\n" + sentence);

    [Theory]
    [InlineData("Hours later, Okafor returned the compliment, telling reporters, \"We are friends.\"")]
    [InlineData("Two days ago, Okafor praised the plan, saying it would work.")]
    [InlineData("At a rally in Ames, Iowa, on Sunday, Okafor defended the plan, saying that the port must reopen.")]
    [InlineData("In March, Okafor praised the plan, saying it would work.")]
    [InlineData("After a long morning of talks with the owners of the three largest ferry firms, Okafor was blunt, claiming that the port would close.")]
    [InlineData("The day before, at a rally in Salem, Ore., Okafor was just as blunt, claiming that the port would close.")]
    [InlineData("Sunday morning, Okafor praised the plan, saying it would work.")]
    [InlineData("A few hours later, Okafor praised the plan, saying it would work.")]
    [InlineData("LAGOS, Nigeria (AP) — Okafor praised the plan, saying it would work.")]
    [InlineData("Lagos (AFP) – Okafor praised the plan, saying it would work.")]
    [InlineData("LAGOS, March 3 — Okafor praised the plan, saying it would work.")]
    [InlineData("Chastened by the analyses, as well as complaints over the costs, Okafor revised the plan, saying it would work.")]
    public void The_subject_after_the_opening_speaks_in_the_participle_clause(string sentence)
    {
        var result = Analyze(sentence);
        var quote = Assert.Single(result.Quotes);
        Assert.Equal("Okafor", result.SpeakerOf(quote)?.Name);
    }

    [Fact]
    public void A_question_put_to_the_speaker_opens_no_statement_of_theirs()
    {
        var result = Analyze("When asked about the port, Okafor said it would close.");
        var quote = Assert.Single(result.Quotes, q => !q.Rule.StartsWith("asked", StringComparison.Ordinal));
        Assert.Equal("it would close", quote.Text);
        Assert.Equal("Okafor", result.SpeakerOf(quote)?.Name);
        Assert.DoesNotContain(Analyze("Asked whether he would run again, the mayor said no.").Quotes, q => q.Text.StartsWith("Asked", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("When asked whom she supported, Ms. Okafor smiled and said, \"I'm waiting for the vote.\"")]
    [InlineData("Okafor said the port would close. Asked where she would go, she sighed: \"Wherever the work is.\"")]
    public void The_one_asked_answers_not_the_asker(string sentence)
    {
        var result = Analyze(sentence);
        var answer = Assert.Single(result.Quotes, q => q.Text.Contains("wait", StringComparison.Ordinal) || q.Text.Contains("Wherever", StringComparison.Ordinal));
        Assert.Equal("Okafor", result.SpeakerOf(answer)?.Name);
    }

    [Fact]
    public void A_titled_subject_is_who_she_means_next()
    {
        var result = Analyze("Okafor said prices could ease. Mining Minister Aurora Diaz welcomed the agreement. Speaking in Lagos, she said the port would reopen.");
        var quote = Assert.Single(result.Quotes, q => q.Text.Contains("port would reopen", StringComparison.Ordinal));
        Assert.Equal("Aurora Diaz", result.SpeakerOf(quote)?.Name);
    }
}
