using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>The packed table of given names answers as the dictionary it is made from: ordinally, every name, and no other word.</summary>
public class GivenNameTableTests
{
    private static readonly Dictionary<string, Gender> Names = new(StringComparer.Ordinal)
    {
        ["Nadia"] = Gender.Female, ["Pedro"] = Gender.Male, ["Al"] = Gender.Male, ["Bartholomew"] = Gender.Male,
        ["Anne-Marie"] = Gender.Female, ["José"] = Gender.Male, ["Zz"] = Gender.Female, ["Kim"] = Gender.Unknown,
    };

    [Theory]
    [InlineData("Nadia", Gender.Female)]
    [InlineData("Pedro", Gender.Male)]
    [InlineData("Al", Gender.Male)]
    [InlineData("Zz", Gender.Female)]
    [InlineData("Bartholomew", Gender.Male)] // longer than ten letters: kept apart
    [InlineData("Anne-Marie", Gender.Female)] // a hyphen does not pack
    [InlineData("José", Gender.Male)]
    [InlineData("Kim", Gender.Unknown)] // a name given to both
    public void A_listed_name_has_its_gender(string name, Gender gender)
        => Assert.Equal(gender, new GivenNameTable(Names).Find(name));

    [Theory]
    [InlineData("nadia")]
    [InlineData("NADIA")]
    [InlineData("Nadi")]
    [InlineData("Nadias")]
    [InlineData("Jose")]
    [InlineData("Bartholomews")]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("Al's")]
    public void Another_word_is_not_a_given_name(string word)
        => Assert.Null(new GivenNameTable(Names).Find(word));

    [Fact]
    public void The_lexicon_finds_every_listed_name_and_no_other_spelling_of_it()
    {
        var listed = Lexicon.GivenNameList.ToHashSet(StringComparer.Ordinal);
        foreach (var name in listed)
        {
            Assert.True(Lexicon.IsGivenName(name));
            foreach (var other in new[] { name.ToUpperInvariant(), name.ToLowerInvariant(), name + "s", name[..^1] })
                if (!listed.Contains(other)) Assert.False(Lexicon.IsGivenName(other));
        }
    }
}
