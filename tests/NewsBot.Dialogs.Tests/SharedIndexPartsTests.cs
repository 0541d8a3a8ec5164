using NewsBot.Dialogs.Index;

namespace NewsBot.Dialogs.Tests;

/// <summary>
/// An article's index part is made once and shared by the turns of every conversation, each on its own thread,
/// and makes its quotes' keys, framing and tokens only when a question first needs them: whichever question
/// comes first, and however many at once, each is answered as from parts of its own.
/// </summary>
public sealed class SharedIndexPartsTests
{
    private static readonly string[] Asked =
    [
        "will open in September", "stretched thin", "sinking port", "the harbor open to fishermen", "tolls on the bridge", "traffic crisis",
    ];

    private static IndexedArticle[] Articles() => [TestArticles.Harbor(), TestArticles.School()];

    /// <summary>What a question finds: quotes by their words, by topic, and how much of a quote the words cover.</summary>
    private static string Found(InMemoryQuoteIndex index, string words)
    {
        var quotes = index.FindQuotes(words, 5);
        var about = index.FindQuotesAbout(words, 5);
        var covers = index.AllQuotes.Select(q => $"{index.Cover(words, q):0.000}");
        var keys = index.AllQuotes.Select(q => string.Join(',', index.KeysOf(q).Order(StringComparer.Ordinal)));
        return string.Join(" | ", quotes.Select(m => $"{m.Quote.Key} {m.Score:0.000}"))
            + " || " + string.Join(" | ", about.Select(m => $"{m.Quote.Key} {m.Score:0.000}"))
            + " || " + string.Join(' ', covers) + " || " + string.Join(' ', keys)
            + " || " + string.Join(' ', index.FindPassages(words, 3).Select(p => p.Sentence.Span.Start));
    }

    [Fact]
    public async Task Parts_shared_by_turns_on_several_threads_answer_as_parts_of_their_own()
    {
        var expected = Asked.Select(words => Found(new InMemoryQuoteIndex(Articles()), words)).ToList();
        Assert.All(Asked, words => Assert.NotEmpty(new InMemoryQuoteIndex(Articles()).FindQuotes(words, 5)));

        var shared = Articles().Select(article => new InMemoryQuoteIndex.ArticlePart(article)).ToList();
        const int Turns = 64;
        var found = await Task.WhenAll(Enumerable.Range(0, Turns).Select(i => Task.Run(() =>
            (Asked: i % Asked.Length, Found: Found(InMemoryQuoteIndex.FromParts(shared), Asked[i % Asked.Length])))));

        Assert.All(found, turn => Assert.Equal(expected[turn.Asked], turn.Found));
    }

    [Fact]
    public void A_part_asked_about_a_person_first_then_for_words_finds_what_a_fresh_part_finds()
    {
        var parts = Articles().Select(article => new InMemoryQuoteIndex.ArticlePart(article)).ToList();
        var first = InMemoryQuoteIndex.FromParts(parts);
        Assert.NotEmpty(first.FindSpeakers("Marquez"));
        Assert.All(first.AllQuotes, quote => Assert.NotNull(first.KeysOf(quote)));

        foreach (var words in Asked)
            Assert.Equal(Found(new InMemoryQuoteIndex(Articles()), words), Found(InMemoryQuoteIndex.FromParts(parts), words));
    }
}
