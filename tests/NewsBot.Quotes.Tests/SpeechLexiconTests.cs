using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

public class SpeechLexiconTests
{
    [Theory]
    [InlineData("denied", "deny")]
    [InlineData("urges", "urge")]
    [InlineData("conceding", "concede")]
    [InlineData("said", "say")]
    [InlineData("bragged", "brag")]
    [InlineData("slammed", "slam")]
    [InlineData("labelled", "label")]
    [InlineData("snapped", "snap")]
    [InlineData("emailed", "email")]
    [InlineData("reckoned", "reckon")]
    public void A_reporting_verb_in_any_tense_has_its_lemma(string word, string lemma) => Assert.Equal(lemma, SpeechLexicon.LemmaOf(word));

    [Fact]
    public void A_word_that_does_not_report_speech_has_no_lemma()
    {
        Assert.Null(SpeechLexicon.LemmaOf("bridge"));
        Assert.False(SpeechLexicon.IsReportingVerb("bridge"));
    }

    [Fact]
    public void The_forms_of_a_lemma_are_all_its_tenses() =>
        Assert.Equal(["denied", "denies", "deny", "denying"], SpeechLexicon.FormsOf("deny").Order(StringComparer.Ordinal));

    [Fact]
    public void Words_are_classed_as_the_engine_classes_them()
    {
        Assert.Equal("Twitter", SpeechLexicon.MediumOf("tweeted"));
        Assert.True(SpeechLexicon.IsPhrasalReportingVerb("called", "for"));
        Assert.False(SpeechLexicon.IsPhrasalReportingVerb("called", "off"));
        Assert.True(SpeechLexicon.IsTitleOrRoleWord("senator"));
        Assert.True(SpeechLexicon.IsOrganizationWord("ministry"));
        Assert.True(SpeechLexicon.IsGroupNoun("officials"));
        Assert.False(SpeechLexicon.IsTitleOrRoleWord("bridge"));
    }

    [Fact]
    public void A_speaker_has_the_gender_the_article_shows()
    {
        var result = QuoteEngine.AnalyzeText("Lena Ortiz, the mayor, opened the bridge.\n\n“The river no longer divides us,” she said.");
        Assert.Equal(Gender.Female, Assert.Single(result.QuotedSpeakers).Gender);
    }

    [Theory]
    [InlineData("de", true)]
    [InlineData("ter", true)]
    [InlineData("al-Assad", true)]
    [InlineData("De", false)]
    [InlineData("said", false)]
    public void Name_particles_are_the_engine_s(string word, bool particle) => Assert.Equal(particle, SpeechLexicon.IsNameParticle(word));
}
