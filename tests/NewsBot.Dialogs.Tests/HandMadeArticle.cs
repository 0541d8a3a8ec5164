using NewsBot.Dialogs.Index;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Tests;

/// <summary>
/// Builds an analysed article by hand (the engine's output as the tests need it): speakers and
/// quotes are placed by finding their words in the text, so spans and paragraphs are real.
/// </summary>
public sealed class HandMadeArticle(string key, string text)
{
    private readonly List<(string Id, string Name, string[] Aliases, SpeakerKind Kind, string[] Roles, Gender Gender)> _speakers = [];
    private readonly List<(string? SpeakerId, string Text, string Cue, string? Medium, QuoteKind Kind)> _quotes = [];

    public HandMadeArticle Speaker(string id, string name, string[]? aliases = null, string[]? roles = null, SpeakerKind kind = SpeakerKind.Person, Gender gender = Gender.Unknown)
    {
        _speakers.Add((id, name, aliases ?? [], kind, roles ?? [], gender));
        return this;
    }

    public HandMadeArticle Quote(string? speakerId, string words, string cue = "said", string? medium = null, QuoteKind kind = QuoteKind.Direct)
    {
        _quotes.Add((speakerId, words, cue, medium, kind));
        return this;
    }

    public IndexedArticle Build()
    {
        var article = Article.FromText(text, key);
        var quotes = _quotes.Select((q, i) =>
        {
            int start = text.IndexOf(q.Text, StringComparison.Ordinal);
            if (start < 0) throw new ArgumentException($"quote not in text: {q.Text}");
            var span = new TextSpan(start, start + q.Text.Length);
            var paragraph = article.Paragraphs.First(p => p.Span.Contains(start)).Index;
            var name = _speakers.FirstOrDefault(s => s.Id == q.SpeakerId).Name ?? "";
            return new Quote($"q{i}", q.SpeakerId, name, q.Text, span, [span], q.Kind, q.Cue, null, q.Medium, null, paragraph);
        }).ToList();
        var speakers = _speakers.Select(s =>
        {
            int first = text.IndexOf(s.Name, StringComparison.Ordinal);
            if (first < 0) first = s.Aliases.Select(a => text.IndexOf(a, StringComparison.Ordinal)).FirstOrDefault(x => x >= 0);
            return new Speaker(s.Id, s.Name, s.Aliases, s.Kind, s.Roles, quotes.Count(q => q.SpeakerId == s.Id), new TextSpan(first, first + s.Name.Length), s.Gender);
        }).ToList();
        return new IndexedArticle(key, new ArticleQuotes(article, speakers, quotes));
    }
}

/// <summary>Articles written for these tests (invented events and people).</summary>
public static class TestArticles
{
    public const string HarborText = """
Harbor council backs ferry plan

Mayor Elena Marquez said on Tuesday that the city would not pour money into a sinking port, promising instead to "build a ferry network that serves every neighborhood."

"We did not create this traffic crisis, nor will we add fuel to it," Marquez told reporters at a press briefing.

Port director Samuel Okafor tweeted that the plan was "bold but affordable."

Council member Daniel Park said the vote "came too fast for the east side."

Grace Park, who chairs the Harbor Business Association, said the deal was "*fine* for <b>now</b> but _costly_ later."

The Harbor Business Association warned in a statement that tolls on the bridge would hurt small shops during the truce between the unions and the port.

Marquez added that the first boats would sail in spring, and that "nobody will pay more than two dollars a ride."

She also said the city hoped to "keep the harbor open to fishermen."

Marquez promised ferries that are "quiet," "clean" and "on time," and said the city had "learned from the last plan."

Governor Tom Whitfield has not commented on the plan.
""";

    public static IndexedArticle Harbor() => new HandMadeArticle("harbor.txt", HarborText)
        .Speaker("marquez", "Elena Marquez", ["Marquez", "Mayor Elena Marquez"], ["Mayor"], gender: Gender.Female)
        .Speaker("okafor", "Samuel Okafor", ["Okafor"], ["Port director"], gender: Gender.Male)
        .Speaker("dpark", "Daniel Park", ["Park"], ["Council member"], gender: Gender.Male)
        .Speaker("gpark", "Grace Park", ["Park"], ["chair of the Harbor Business Association"], gender: Gender.Female)
        .Speaker("hba", "Harbor Business Association", ["the Harbor Business Association"], [], SpeakerKind.Organization)
        .Speaker("whitfield", "Tom Whitfield", ["Whitfield"], ["Governor"])
        .Quote("marquez", "the city would not pour money into a sinking port", "said", kind: QuoteKind.Indirect)
        .Quote("marquez", "We did not create this traffic crisis, nor will we add fuel to it", "told reporters at a press briefing")
        .Quote("okafor", "bold but affordable", "tweeted", "Twitter")
        .Quote("dpark", "came too fast for the east side")
        .Quote("gpark", "*fine* for <b>now</b> but _costly_ later.")
        .Quote("hba", "tolls on the bridge would hurt small shops during the truce between the unions and the port", "warned in a statement", kind: QuoteKind.Indirect)
        .Quote("marquez", "nobody will pay more than two dollars a ride", "added")
        .Quote("marquez", "keep the harbor open to fishermen", "said")
        .Quote("marquez", "quiet", "promised")
        .Quote("marquez", "clean", "promised")
        .Quote("marquez", "on time", "promised")
        .Quote("marquez", "learned from the last plan", "said")
        .Build();

    public const string SchoolText = """
District opens two new schools

Superintendent Rosa Lindqvist said the schools "will open in September with room for 900 pupils."

Teachers' union leader Marcus Bell said staff were "stretched thin" and asked for more hiring.
""";

    public static IndexedArticle School() => new HandMadeArticle("school.txt", SchoolText)
        .Speaker("lindqvist", "Rosa Lindqvist", ["Lindqvist"], ["Superintendent"])
        .Speaker("bell", "Marcus Bell", ["Bell"], ["Teachers' union leader"])
        .Quote("lindqvist", "will open in September with room for 900 pupils")
        .Quote("bell", "stretched thin")
        .Build();

    public static InMemoryQuoteIndex HarborIndex() => new([Harbor()]);
}
