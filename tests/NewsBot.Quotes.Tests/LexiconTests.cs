using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>The lexicon's embedded word lists: loaded whole, each word once, no word in two lists that contradict each other.</summary>
public class LexiconTests
{
    [Fact]
    public void Every_list_loads_without_a_problem() => Assert.Empty(Lexicon.Problems);

    [Fact]
    public void The_lists_the_engine_reads_are_all_embedded()
    {
        Assert.Contains("say", Lexicon.Cues.Keys);
        Assert.NotEmpty(Lexicon.PhrasalCues);
        Assert.Contains("senator", Lexicon.PersonTitles);
        Assert.Contains("former", Lexicon.TitleWords);
        Assert.DoesNotContain("former", Lexicon.PersonTitles);
        Assert.Contains("ministry", Lexicon.OrganizationWords);
        Assert.Contains("officials", Lexicon.GroupNouns);
        Assert.Contains("she", Lexicon.Pronouns);
        Assert.Contains("tuesday", Lexicon.Days);
        Assert.Contains("calif", Lexicon.Abbreviations);
        Assert.Equal(Gender.Female, Lexicon.GivenNameGender("Nadia"));
        Assert.Equal(Gender.Male, Lexicon.GivenNameGender("Pedro"));
        Assert.Null(Lexicon.GivenNameGender("May"));
        Assert.False(Lexicon.IsGivenName("May"));
        Assert.True(Lexicon.IsGivenName("Terry"));
        Assert.Null(Lexicon.GivenNameGender("Terry"));
        Assert.Equal(Gender.Female, Lexicon.TitleGender("Spokeswoman"));
        Assert.Equal(Gender.Male, Lexicon.TitleGender("Mr"));
        Assert.Null(Lexicon.TitleGender("senator"));
        Assert.Equal("senator", Lexicon.FullTitle("sen"));
    }

    [Fact]
    public void A_word_listed_twice_or_a_form_of_two_verbs_is_reported()
    {
        var files = LexiconFiles.FromText(
            ("groups", "# comment\nofficials\nvoters\nOfficials\n"),
            ("cues", "say\tclause\t-\t-\tsay says said saying\nutter\tclause\t-\t-\tutter said\n"));

        Assert.Contains(files.Problems, p => p.Contains("'Officials' is listed twice", StringComparison.Ordinal));
        Assert.Contains(files.Problems, p => p.Contains("'said' belongs to both 'say' and 'utter'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_without_forms_gets_the_regular_ones()
    {
        var files = LexiconFiles.FromText(("cues", "deny\tclause\tlistener\t-\t-\nurge\tclause-or-object\t-\t-\t-\n"));

        Assert.Empty(files.Problems);
        Assert.Equal("deny", files.Cues["denied"].Lemma);
        Assert.True(files.Cues["denies"].TakesListener);
        Assert.Equal("urge", files.Cues["urging"].Lemma);
    }

    public static TheoryData<string, string> ExclusiveLists => new()
    {
        { "pronoun", "title" }, { "pronoun", "organisation" }, { "pronoun", "group" },
        { "day-or-month", "title" }, { "day-or-month", "organisation" }, { "day-or-month", "group" }, { "day-or-month", "not-a-speaker" },
        { "given-name", "title" }, { "given-name", "organisation" }, { "given-name", "day-or-month" }, { "given-name", "not-a-speaker" },
        { "given-name", "group" }, { "given-name", "medium" }, { "medium", "title" }, { "given-name", "nationality" },
    };

    [Theory]
    [MemberData(nameof(ExclusiveLists))]
    public void No_word_is_in_two_lists_that_contradict_each_other(string first, string second) =>
        Assert.Empty(ListNamed(first).Intersect(ListNamed(second), StringComparer.OrdinalIgnoreCase));

    private static HashSet<string> ListNamed(string name) => name switch
    {
        "pronoun" => Lexicon.Pronouns,
        "title" => Lexicon.TitleWords,
        "organisation" => Lexicon.OrganizationWords,
        "group" => Lexicon.GroupNouns,
        "day-or-month" => [.. Lexicon.Days, .. Lexicon.Months],
        "not-a-speaker" => Lexicon.NotASpeaker,
        "given-name" => [.. Lexicon.GivenNameList],
        "medium" => Lexicon.MediaWords,
        "nationality" => Lexicon.Nationalities,
        _ => throw new ArgumentException(name),
    };
}
