using NewsBot.Quotes;
using NewsBot.Store;
using NewsBot.Testing;

namespace NewsBot.Benchmarks;

/// <summary>
/// The PolNeAR train and dev articles analysed once, a store file built from them, and search
/// queries made from the words of their real quotes and the names of their real speakers.
/// </summary>
public sealed class StoreCorpus
{
    public const int QueryCount = 200;

    public IReadOnlyList<ArticleQuotes> Articles { get; }

    private StoreCorpus(IReadOnlyList<ArticleQuotes> articles) => Articles = articles;

    public static StoreCorpus Analyse() => new(
        new[] { "polnear-train", "polnear-dev" }
            .SelectMany(set => Directory.GetFiles(Path.Combine(SharedEval.Folder, set, "text"), "*.txt").Order(StringComparer.Ordinal))
            .Select(file => ArticleLoader.LoadFile(file).Article)
            .OfType<Article>()
            .Select(QuoteEngine.Analyze)
            .ToList());

    public async Task<int> AddAllAsync(IArticleStore store)
    {
        int added = 0;
        foreach (var article in Articles)
            if ((await store.AddAsync(article)).IsNew) added++;
        return added;
    }

    /// <summary>Adds every article with <paramref name="callers"/> adding at once (each takes the next article not yet taken).</summary>
    public async Task<int> AddAllAsync(IArticleStore store, int callers)
    {
        int next = -1, added = 0;
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            for (int i = Interlocked.Increment(ref next); i < Articles.Count; i = Interlocked.Increment(ref next))
                if ((await store.AddAsync(Articles[i])).IsNew) Interlocked.Increment(ref added);
        }));
        return added;
    }

    /// <summary>Two or three neighbouring longer words from quotes spread evenly over the corpus.</summary>
    public IReadOnlyList<string> QuoteQueries()
    {
        var quotes = Articles.SelectMany(a => a.Quotes).ToList();
        return Enumerable.Range(0, QueryCount).Select(i =>
        {
            var words = FtsQuery.Words(quotes[i * quotes.Count / QueryCount].Text).Where(w => w.Length >= 4).ToList();
            return string.Join(" ", words.Skip(words.Count / 3).Take(2 + i % 2));
        }).ToList();
    }

    /// <summary>Quoted speakers' last names spread evenly over the corpus; with <paramref name="prefixes"/>, every other one cut to its first four letters.</summary>
    public IReadOnlyList<string> SpeakerQueries(bool prefixes)
    {
        var names = Articles.SelectMany(a => a.QuotedSpeakers).Select(s => FtsQuery.Words(s.Name)).Where(w => w.Count > 0).Select(w => w[^1]).ToList();
        return Enumerable.Range(0, QueryCount).Select(i =>
        {
            var name = names[i * names.Count / QueryCount];
            return prefixes && i % 2 == 1 && name.Length > 4 ? name[..4] : name;
        }).ToList();
    }
}
