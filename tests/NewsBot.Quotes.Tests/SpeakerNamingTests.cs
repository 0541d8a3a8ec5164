using NewsBot.Quotes;
using static NewsBot.Quotes.Tests.QuoteLookup;

namespace NewsBot.Quotes.Tests;

/// <summary>
/// How a source mention becomes a speaker's name and role, on invented world-news sentences: hyphenated given names,
/// a description with the name set off after it, roles owned by a pronoun, ages, acronyms, connective adverbs,
/// contracted pronouns.
/// </summary>
public class SpeakerNamingTests
{
    [Theory]
    [InlineData("Trade Minister Kim Do-yeon told lawmakers on Monday that the tariff plan would be delayed.", "Kim Do-yeon")]
    [InlineData("Central bank governor Ji-hoon Park said the tariff plan would be delayed.", "Ji-hoon Park")]
    [InlineData("Foreign Minister Jean-Pierre Dumas said the tariff plan would be delayed.", "Jean-Pierre Dumas")]
    public void A_hyphenated_given_name_is_part_of_the_name(string sentence, string name)
    {
        var result = QuoteEngine.AnalyzeText("Tariff talks stall\n\n" + sentence);
        Assert.Equal(name, NameOf(result, "tariff plan would be delayed"));
    }

    [Fact]
    public void A_surname_later_links_to_the_name_with_a_hyphenated_given_name()
    {
        var result = QuoteEngine.AnalyzeText("Tariff talks stall\n\nTrade Minister Kim Do-yeon told lawmakers on Monday that the tariff plan would be delayed.\n\n" +
            "\u201CWe need more time to consult the farmers,\u201D Kim said.");
        Assert.Equal("Kim Do-yeon", NameOf(result, "consult the farmers"));
        Assert.Contains("Trade Minister", SpeakerOf(result, "tariff plan")!.Roles);
    }

    [Theory]
    [InlineData("Co-anchor")]
    [InlineData("Moscow-based")]
    [InlineData("Obama-era")]
    [InlineData("ISIS-sympathetic")]
    public void A_hyphenated_describing_word_is_no_name(string word) =>
        Assert.False(NameValidator.IsPersonName([word], "Nothing else here.", 0, seenBefore: false));

    [Fact]
    public void An_article_before_a_quoted_phrase_is_no_speaker()
    {
        var result = QuoteEngine.AnalyzeText("Harbour vote\n\nPedro Brennan spoke at the quay. He promised to rebuild the “old” pier and he, once again, pledged a “harbour revolution” and said that the fleet would return.");
        Assert.DoesNotContain(result.Quotes, q => result.SpeakerOf(q)?.Name is "a" or "the");
        Assert.Contains(result.Quotes, q => q.Text.Contains("the fleet would return", StringComparison.Ordinal) && result.SpeakerOf(q)?.Name == "Pedro Brennan");
    }

    [Fact]
    public void An_article_before_a_quoted_title_and_its_noun_opens_the_source()
    {
        var result = QuoteEngine.AnalyzeText("Harbour vote\n\nThe plan would cost about $3 million a year, according to the \"Harbour for all\" document the council released.");
        Assert.Contains(result.Quotes, q => q.Text.Contains("would cost", StringComparison.Ordinal));
    }

    [Fact]
    public void A_description_followed_by_the_name_set_off_by_commas_is_the_named_person()
    {
        var result = QuoteEngine.AnalyzeText("Election race tightens\n\nThe mayor unveiled a housing plan on Monday.\n\n" +
            "His opponent, former health minister Valentina Rojas, said his plan would hurt small exporters.");
        var speaker = SpeakerOf(result, "hurt small exporters");
        Assert.Equal("Valentina Rojas", speaker?.Name);
        Assert.Contains("former health minister", speaker!.Roles);
        Assert.DoesNotContain(result.Speakers, s => s.Name.Contains("opponent", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_role_owned_by_a_pronoun_is_not_shown_with_the_pronoun()
    {
        var result = QuoteEngine.AnalyzeText("Labour figures due\n\nThe Brandvik Institute said on Monday that wages had stalled.\n\n" +
            "Its director, Marta Klein, said the institute would publish its figures next week.");
        var speaker = SpeakerOf(result, "publish its figures");
        Assert.Equal("Marta Klein", speaker?.Name);
        Assert.DoesNotContain(speaker!.Roles, r => r.StartsWith("Its", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Brandvik Institute director", speaker.Roles);
    }

    [Fact]
    public void An_age_in_parentheses_is_not_a_role()
    {
        var result = QuoteEngine.AnalyzeText("Port to reopen\n\nTunde Okafor said the port would reopen in March.\n\n\u201CWe are ready,\u201D said Okafor (54).");
        var speaker = SpeakerOf(result, "We are ready");
        Assert.Equal("Tunde Okafor", speaker?.Name);
        Assert.DoesNotContain("54", speaker!.Roles);
    }

    [Fact]
    public void An_unknown_acronym_is_an_organisation_and_she_does_not_refer_to_it()
    {
        var result = QuoteEngine.AnalyzeText("Water declared safe\n\nInspector Mirela Costa visited the plant on Monday.\n\n" +
            "The EPA said the water was safe.\n\nShe added that testing would continue.");
        Assert.Equal(SpeakerKind.Organization, SpeakerOf(result, "water was safe")?.Kind);
        Assert.NotEqual("EPA", NameOf(result, "testing would continue"));
    }

    [Fact]
    public void A_connective_adverb_opening_the_sentence_is_no_speaker()
    {
        var result = QuoteEngine.AnalyzeText("Vote count\n\nSenator Ilse Varga said the count was fair.\n\nLikewise Varga said the vote was a mistake.");
        Assert.DoesNotContain(result.Speakers, s => s.Name.StartsWith("Likewise", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("He\u2019s said the deal was fair.", "Tomas Lind")]
    [InlineData("She's said the deal was fair.", "Anna Berg")]
    public void A_contracted_pronoun_before_said_is_the_pronoun(string sentence, string name)
    {
        var result = QuoteEngine.AnalyzeText("Deal signed\n\nTomas Lind signed the deal on Monday, and Anna Berg welcomed it.\n\n" +
            "Lind said the deal would hold. Berg said it was overdue.\n\n" + sentence);
        Assert.Equal(name, NameOf(result, "deal was fair"));
    }

    [Fact]
    public void A_surname_alone_means_the_person_of_that_name_who_has_spoken_not_a_relative_mentioned_since()
    {
        var result = QuoteEngine.AnalyzeText("Senator rejects endorsement\n\nSenator Pavel Horak said on Monday that he would not endorse the nominee.\n\n" +
            "The nominee had mocked his wife, Lenka Horak, and his father, Josef Horak, during the primary.\n\n" +
            "\u201CI will not support a man who attacked my family,\u201D Horak said.\n\n\u201CThat day it became personal,\u201D he added.");
        Assert.Equal("Pavel Horak", NameOf(result, "attacked my family"));
        Assert.Equal("Pavel Horak", NameOf(result, "became personal"));
    }

    [Fact]
    public void An_organisation_keeps_its_full_name_and_the_capitals_of_its_proper_name()
    {
        var lower = QuoteEngine.AnalyzeText("Curfew to end\n\nThe federal home ministry said the curfew would be lifted on Friday.");
        Assert.Equal("federal home ministry", NameOf(lower, "curfew would be lifted"));
        var both = QuoteEngine.AnalyzeText("Curfew to end\n\nThe federal home ministry said the curfew would be lifted on Friday.\n\n" +
            "The Federal Home Ministry said later that schools would reopen.");
        Assert.Equal("Federal Home Ministry", NameOf(both, "curfew would be lifted"));
        Assert.Equal("Federal Home Ministry", NameOf(both, "schools would reopen"));
    }

    [Theory]
    [InlineData("Once he was mayor, Mr. Lind made housing a priority, announcing a rent cap two days after taking office.", "rent cap")]
    [InlineData("And he\u2019s said the deal was fair.", "deal was fair")]
    public void A_pronoun_after_a_conjunction_is_the_pronoun(string sentence, string quote)
    {
        var result = QuoteEngine.AnalyzeText("Deal signed\n\nTomas Lind said on Monday that the deal would hold.\n\n" + sentence);
        Assert.Equal("Tomas Lind", NameOf(result, quote));
    }

    [Fact]
    public void An_adverb_after_the_name_is_not_part_of_it()
    {
        var result = QuoteEngine.AnalyzeText("Housing plan\n\nTomas Lind won the mayoral race in May.\n\n" +
            "Mr. Lind generally backed the council during his first term, and said he did not support the new tax.");
        Assert.Equal("Tomas Lind", NameOf(result, "did not support the new tax"));
        Assert.DoesNotContain(result.Speakers, s => s.Name.EndsWith("generally", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_noun_given_before_the_name_links_a_later_mention_of_the_role()
    {
        var result = QuoteEngine.AnalyzeText("Port accounts\n\nThe harbour treasurer, Ines Moller, spoke for an hour on Monday.\n\n" +
            "The treasurer said the port was solvent for the first time in years.");
        Assert.Equal("Ines Moller", NameOf(result, "port was solvent"));
    }

    [Fact]
    public void A_person_given_a_role_noun_in_an_appositive_is_the_he_that_follows()
    {
        var result = QuoteEngine.AnalyzeText("Ferry vote\n\n\u201COur members will not accept it,\u201D Liam Castellano added.\n\n" +
            "Kenji Haddad, the school board chair, arrived late to the meeting.\n\n\u201CWe are broke, and everyone knows it,\u201D he said.\n\n" +
            "Like Haddad, the ferry board\u2019s Tove Brandt, a retired pilot, voted against it.");
        Assert.Equal("Kenji Haddad", NameOf(result, "We are broke"));
        Assert.DoesNotContain(result.Speakers, s => s.Name.StartsWith("Like", StringComparison.Ordinal) || s.Name.Contains("board", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"We have been clear,\" a State Department spokesperson said.", "State Department spokesperson")]
    [InlineData("The State Bar said in a statement that hearings would resume.", "State Bar")]
    public void A_capitalised_cue_that_is_mostly_a_noun_is_part_of_a_name(string sentence, string speaker)
    {
        var result = QuoteEngine.AnalyzeText("Talks resume\n\n" + sentence);
        Assert.Equal(speaker, result.SpeakerOf(Assert.Single(result.Quotes))?.Name);
    }

    [Fact]
    public void A_cue_word_after_a_compound_adjective_is_a_noun()
    {
        var result = QuoteEngine.AnalyzeText("Radio days\n\nJoe Marsh, a Leeds-based talk radio host known across the north, recalled that the station had nearly closed.");
        var quote = Assert.Single(result.Quotes);
        Assert.Equal("the station had nearly closed", quote.Text);
        Assert.Equal("Joe Marsh", result.SpeakerOf(quote)?.Name);
    }
}
