using System.Text;
using System.Text.RegularExpressions;
using NewsBot.Quotes;

namespace NewsBot.Benchmarks;

/// <summary>
/// Makes a corpus of any size out of the real PolNeAR articles: variant k of an article is its
/// text with every quoted or mentioned person renamed, consistently, to other people found in the
/// corpus (first name for first name, surname for surname), and a dateline of its own. So a large
/// corpus keeps real sentences, real quote shapes and real speaker mixes, and each name recurs in
/// hundreds of articles the way a newsroom's regulars do.
/// </summary>
public sealed class ArticleVariants
{
    private static readonly Regex PersonName = new(@"^\p{Lu}\p{Ll}[\p{L}'’-]+( \p{Lu}\.?)?( \p{Lu}\p{Ll}[\p{L}'’-]+)+$", RegexOptions.CultureInvariant);

    private readonly IReadOnlyList<ArticleQuotes> _originals;
    private readonly IReadOnlyList<(string First, string Last)> _people;

    public ArticleVariants(IReadOnlyList<ArticleQuotes> originals)
    {
        _originals = originals;
        _people = originals
            .SelectMany(a => a.Speakers)
            .Where(s => s.Kind == SpeakerKind.Person && PersonName.IsMatch(s.Name))
            .Select(s => s.Name.Split(' '))
            .Select(parts => (parts[0], parts[^1]))
            .Distinct()
            .Order()
            .ToList();
        if (_people.Count < 10) throw new InvalidOperationException("The corpus has too few named people to make variants from.");
    }

    public int PeopleCount => _people.Count;

    /// <summary>Article number <paramref name="index"/> of the enlarged corpus: the originals first, then their variants in turn.</summary>
    public (string Text, string Source, DateTimeOffset Published) Make(int index)
    {
        var original = _originals[index % _originals.Count];
        int round = index / _originals.Count;
        var published = new DateTimeOffset(2016, 1, 1, 6, 0, 0, TimeSpan.Zero).AddMinutes(37L * index % (3L * 365 * 24 * 60));
        string source = $"{Path.GetFileNameWithoutExtension(original.Article.Source)}-v{round}.txt";
        if (round == 0) return (original.Article.Text, source, published);

        var random = new Random(index);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var speaker in original.Speakers.Where(s => s.Kind == SpeakerKind.Person && PersonName.IsMatch(s.Name)))
        {
            var parts = speaker.Name.Split(' ');
            var (first, last) = _people[random.Next(_people.Count)];
            renames.TryAdd(parts[0], first);
            renames.TryAdd(parts[^1], last);
        }
        var text = renames.Count == 0 ? original.Article.Text : Rename(original.Article.Text, renames);
        // The dateline goes after the headline, which stays the title.
        int headlineEnd = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (headlineEnd < 0) headlineEnd = 0;
        return (text.Insert(headlineEnd, $"\n\nPublished {published:MMMM d, yyyy}, edition {round}."), source, published);
    }

    private static string Rename(string text, Dictionary<string, string> renames)
    {
        var pattern = new Regex(@"\b(" + string.Join("|", renames.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);
        var renamed = new StringBuilder(text.Length + 64);
        int at = 0;
        foreach (Match match in pattern.Matches(text))
        {
            renamed.Append(text, at, match.Index - at).Append(renames[match.Value]);
            at = match.Index + match.Length;
        }
        return renamed.Append(text, at, text.Length - at).ToString();
    }
}
