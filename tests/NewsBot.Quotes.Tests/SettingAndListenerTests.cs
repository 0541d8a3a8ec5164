using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>
/// What stands between a cue and what was said, or after it: a listener with a place ("told a crowd at the
/// Kasarani terminal that …"), a place name with its commas, a capitalised body that looks like a verb
/// ("Republican State Committee"), and a phrase of time after the attribution ("…, the minister said on
/// Wednesday, after the worst season on record"), which is the writer's, not a second thing said.
/// </summary>
public class SettingAndListenerTests
{
    private static ArticleQuotes Analyze(string body) => QuoteEngine.AnalyzeText("Headline of the story\n\n" + body);

    private static IEnumerable<string> Texts(ArticleQuotes result) => result.Quotes.Select(q => q.Text);

    [Fact]
    public void A_time_phrase_after_the_attribution_is_not_content_and_the_content_before_is_kept()
    {
        var result = Analyze("Canada will hire 1,000 firefighters, Minister Claire Beaulieu said on Wednesday, after the worst fire season on record.");
        var quote = Assert.Single(result.Quotes);
        Assert.Equal("Canada will hire 1,000 firefighters", quote.Text);
        Assert.Equal("Claire Beaulieu", result.SpeakerOf(quote)?.Name);
    }

    [Theory]
    [InlineData("outside the building")]
    [InlineData("amid the uproar")]
    [InlineData("following the vote")]
    public void A_place_or_time_after_the_cue_is_the_setting_of_the_quote_before_it(string setting)
    {
        var result = Analyze($"Pedro Brennan said the levy would help both ports.\n\n“I don’t think it is do or die,” he said {setting}.");
        var quote = Assert.Single(result.Quotes, q => q.Text.Contains("do or die", StringComparison.Ordinal));
        Assert.Equal("Pedro Brennan", result.SpeakerOf(quote)?.Name);
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void A_listener_with_a_place_is_neither_content_nor_part_of_it()
    {
        var told = Analyze("\"This is the day,\" Samuel Otieno told a crowd at the Kasarani terminal.");
        Assert.Equal(["\"This is the day,\""], Texts(told));
        var that = Analyze("Samuel Otieno told a crowd at the Kasarani terminal that the lanes were open.");
        Assert.Equal(["the lanes were open"], Texts(that));
    }

    [Fact]
    public void A_place_name_with_commas_and_a_body_named_like_a_verb_stand_in_the_setting()
    {
        var commas = Analyze("Mira Castell is telling diners at a cafe in Brno, South Moravia, this morning that the vote will be close.");
        Assert.Equal(["the vote will be close"], Texts(commas));
        var body = Analyze("Anton Weller is telling guests at the Ohio State Republican Committee's dinner how he rebuilt the old theatre.");
        Assert.Equal(["how he rebuilt the old theatre"], Texts(body));
    }

    [Theory]
    [InlineData("The premier of Westland, Dara Quill, welcomed the plan but said the towns needed money sooner.", "Dara Quill")]
    [InlineData("The interior minister, Hector Valdane, defended the police, saying officers had come under attack.", "Hector Valdane")]
    [InlineData("But the other candidate on the stage, former Minister of Transport Ines Olwen, drew a contrast, saying the towns needed money sooner.", "Ines Olwen")]
    [InlineData("The rival candidate in the by-election, former Deputy Mayor Colm Dreyer, struck back, saying the fund had been spent.", "Colm Dreyer")]
    public void A_role_set_off_by_the_name_after_it_gives_the_name_to_a_later_cue(string sentence, string speaker)
    {
        var result = Analyze("\"We asked for more money,\" Finance Minister Clara Bowe said.\n\n" + sentence);
        var quote = Assert.Single(result.Quotes, q => !q.Text.Contains("money,", StringComparison.Ordinal));
        Assert.Equal(speaker, result.SpeakerOf(quote)?.Name);
    }

    [Theory]
    [InlineData("Bakers in Port Elin said flour deliveries had been late for weeks.", "Bakers")]
    [InlineData("Teachers at the Hollin school said the roof leaked.", "Teachers")]
    public void A_plural_of_doers_opening_the_sentence_is_the_speaker_not_the_place_after_it(string sentence, string speaker)
    {
        // a headline that writes the word in lower case must not make it a rejected name
        var result = QuoteEngine.AnalyzeText($"A plan divides {speaker.ToLowerInvariant()} and anglers\n\n{sentence}");
        var found = result.SpeakerOf(Assert.Single(result.Quotes));
        Assert.Equal(speaker, found?.Name);
        Assert.Equal(SpeakerKind.Group, found?.Kind);
    }

    [Fact]
    public void A_clause_after_the_attributions_comma_is_the_writers()
    {
        var result = Analyze("Wheat stocks will last three months, Minister Sherif Dalloul said on Sunday, as the largest importer tries to protect its bread program.");
        Assert.Equal(["Wheat stocks will last three months"], result.Quotes.Select(q => q.Text));
    }

    [Theory]
    [InlineData("The wells are dry, the supply ministry said.", "supply ministry")]
    [InlineData("The wells are dry, the assembly said.", "assembly")]
    [InlineData("The wells are dry, the family said.", "family")]
    public void A_noun_in_ly_after_the_article_is_no_adverb(string sentence, string speaker)
    {
        var result = Analyze(sentence);
        Assert.Contains(speaker, result.SpeakerOf(Assert.Single(result.Quotes))?.Name ?? "(none)", StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_a_particle_set_off_after_a_possessive_role_is_the_speaker()
    {
        var result = Analyze("The weather agency said the heat would last. Its spokesman, Ruben del Campo, said nights were also unusually warm.");
        var quote = Assert.Single(result.Quotes, q => q.Text.Contains("nights", StringComparison.Ordinal));
        Assert.Equal("Ruben del Campo", result.SpeakerOf(quote)?.Name);
    }

    [Theory]
    [InlineData("The drug is safe, according to the Food and Drug Administration.", "Food and Drug Administration")]
    [InlineData("At least 23 people were killed, according to the Disaster Risk Reduction and Management Council.", "Disaster Risk Reduction and Management Council")]
    public void A_bodys_name_may_hold_and(string sentence, string speaker)
    {
        var result = Analyze(sentence);
        Assert.Equal(speaker, result.SpeakerOf(Assert.Single(result.Quotes))?.Name);
    }

    [Theory]
    [InlineData("Kestrel Foods said in a filing with the Securities and Exchange Commission that profits fell by a third.")]
    [InlineData("Kestrel Foods said in a letter to the court on Friday that profits fell by a third.")]
    [InlineData("Kestrel Foods said in a statement to the regulator that profits fell by a third.")]
    [InlineData("Kestrel Foods said in a filing that profits fell by a third.")]
    public void A_medium_with_its_addressee_stands_before_the_that_clause(string sentence)
    {
        var quote = Assert.Single(Analyze(sentence).Quotes);
        Assert.Equal("profits fell by a third", quote.Text);
    }

    [Theory]
    [InlineData("Kestrel Foods said that profits fell.", "profits fell")]
    [InlineData("The mayor admitted that costs rose.", "costs rose")]
    public void A_two_word_clause_after_that_is_a_statement(string sentence, string said)
        => Assert.Equal(said, Assert.Single(Analyze(sentence).Quotes).Text);

    [Theory]
    [InlineData("Grace Mwangi wrote on X, formerly Twitter, that the vote was rigged.")]
    [InlineData("Grace Mwangi said, however, that the vote was rigged.")]
    public void An_aside_set_off_by_commas_before_that_is_not_what_was_said(string sentence)
    {
        var result = Analyze(sentence);
        var quote = Assert.Single(result.Quotes);
        Assert.Equal("the vote was rigged", quote.Text);
        Assert.Equal("Grace Mwangi", result.SpeakerOf(quote)?.Name);
    }

    [Fact]
    public void Can_between_the_speaker_and_the_cue_is_an_auxiliary()
    {
        var result = Analyze("The inquiry took a year. And I can now say, with some relief, that the harbour is safe.");
        var quote = Assert.Single(result.Quotes);
        Assert.Equal("the harbour is safe", quote.Text);
        Assert.NotEqual("I can now", result.SpeakerOf(quote)?.Name);
    }
}
