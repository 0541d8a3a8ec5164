using NewsBot.Quotes;
using NewsBot.Store.People;

namespace NewsBot.Store.Tests;

/// <summary>The rules that tell whether names are one person, on names as a large corpus gives them.</summary>
public sealed class SamePeopleTests
{
    private static PersonForm Person(string name, int quotes, Gender gender = Gender.Unknown, params string[] roles) =>
        new(name, SpeakerKind.Person, gender, roles, quotes);

    private static Dictionary<string, string> Grouped(params PersonForm[] forms)
    {
        var person = SamePeople.Group(forms);
        return forms.Select((f, i) => (f.Name, Person: forms[person[i]].Name)).ToDictionary(p => p.Name, p => p.Person);
    }

    [Fact]
    public void A_surname_alone_is_the_one_far_more_quoted_of_its_name_and_a_suffix_or_another_given_name_is_someone_else()
    {
        var people = Grouped(
            Person("Donald Trump", 590, Gender.Male), Person("Trump", 460, Gender.Male, "Mr"), Person("Donald J. Trump", 60, Gender.Male),
            Person("Eric Trump", 30, Gender.Male), Person("Ivanka Trump", 12, Gender.Female), Person("Donald Trump Jr.", 5, Gender.Male),
            Person("President Trump", 4));

        Assert.Equal("Donald Trump", people["Trump"]);
        Assert.Equal("Donald Trump", people["Donald J. Trump"]);
        Assert.Equal("Donald Trump", people["President Trump"]);
        Assert.Equal("Eric Trump", people["Eric Trump"]);
        Assert.Equal("Ivanka Trump", people["Ivanka Trump"]);
        Assert.Equal("Donald Trump Jr.", people["Donald Trump Jr."]);
    }

    [Fact]
    public void Between_two_people_of_a_surname_a_role_or_a_gender_decides_and_nothing_else_does()
    {
        var person = SamePeople.Group([
            Person("Dana Whitfield", 4, Gender.Female, "Mayor"), Person("Robert Whitfield", 4, Gender.Male, "builder"),
            Person("Whitfield", 2, Gender.Unknown, "the town's mayor"), Person("Ms. Whitfield", 2, Gender.Female, "Ms"),
            Person("Mr Whitfield", 1, Gender.Male), Person("Whitfield", 1), Person("Whitfield", 1, Gender.Unknown, "Ms")]);

        // The mayor by her role, then by gender; the builder by his; the last two could be either: one name of their own.
        Assert.Equal([0, 1, 0, 0, 1, 5, 5], person);
    }

    [Fact]
    public void Initials_and_middle_names_fit_the_full_name_and_other_given_names_do_not()
    {
        Assert.True(PersonName.Read("D. Whitfield")!.GivenNamesFit(PersonName.Read("Dana Whitfield")!));
        Assert.True(PersonName.Read("Hillary Rodham Clinton")!.GivenNamesFit(PersonName.Read("Hillary Clinton")!));
        Assert.False(PersonName.Read("Bill Clinton")!.GivenNamesFit(PersonName.Read("Hillary Clinton")!));
        Assert.False(PersonName.Read("Donald J. Trump")!.GivenNamesFit(PersonName.Read("Donald K. Trump")!));
        Assert.Equal("whitfield", PersonName.Read("Ms. Whitfield's")!.Key);
        Assert.Null(PersonName.Read("The Eastbrook Water Board of the Alder Valley"));
    }

    [Fact]
    public void Organisations_and_groups_are_never_a_person_and_are_one_only_when_named_alike()
    {
        var forms = new[]
        {
            new PersonForm("Whitfield", SpeakerKind.Organization, Gender.Unknown, [], 3), Person("Whitfield", 2),
            new PersonForm("Eastbrook Water Board", SpeakerKind.Organization, Gender.Unknown, [], 2),
            new PersonForm("eastbrook water board", SpeakerKind.Organization, Gender.Unknown, [], 1),
            new PersonForm("Residents", SpeakerKind.Group, Gender.Unknown, [], 1),
        };

        Assert.Equal([0, 1, 2, 2, 4], SamePeople.Group(forms));
    }
}
