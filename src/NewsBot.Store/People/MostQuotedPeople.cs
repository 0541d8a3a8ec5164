using System.Text.Json;
using NewsBot.Quotes;

namespace NewsBot.Store.People;

/// <summary>
/// One way a store's speakers are named, counted across articles: the speakers stored with this
/// name, kind, gender and roles (a JSON array, as stored), their quotes and their articles. Names
/// are counted with their gender and roles because "Whitfield" in one article and "Whitfield" in
/// another may be two people, which only those tell apart.
/// </summary>
internal sealed record NameTally(string Name, SpeakerKind Kind, Gender Gender, string RolesJson, int Quotes, int Articles)
{
    public PersonForm Form() => new(Name, Kind, Gender, Roles(), Quotes);

    private IReadOnlyList<string> Roles()
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(RolesJson) ?? [];
        }
        catch (JsonException)
        {
            return []; // roles only help tell people apart; a name without them is still counted
        }
    }
}

/// <summary>
/// The people quoted most, one person per person (<see cref="SamePeople"/>): what every store's
/// MostQuotedAsync answers from the names it counted, so "Donald Trump", "Donald J. Trump" and
/// "Trump" are one line.
/// </summary>
internal static class MostQuotedPeople
{
    /// <summary>The most quoted names a store reads to merge: enough that a surname alone meets its full name, and a person named many ways has them all.</summary>
    public const int NamesRead = 5000;

    public static IReadOnlyList<QuotedPerson> Of(IReadOnlyList<NameTally> names, int limit)
    {
        var person = SamePeople.Group(names.Select(n => n.Form()).ToList());
        return Enumerable.Range(0, names.Count)
            .GroupBy(i => person[i])
            .Select(g => new QuotedPerson(names[g.Key].Name, g.Sum(i => names[i].Quotes), g.Sum(i => names[i].Articles)) { Kind = names[g.Key].Kind })
            .OrderByDescending(p => p.QuoteCount).ThenByDescending(p => p.ArticleCount).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }
}
