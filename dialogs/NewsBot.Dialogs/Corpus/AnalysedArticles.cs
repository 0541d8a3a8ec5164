using System.Globalization;
using NewsBot.Dialogs.Index;
using NewsBot.Store;

namespace NewsBot.Dialogs.Corpus;

/// <summary>
/// Stored articles read back as <see cref="IndexedArticle"/>s (keyed by their store id) with their
/// part of an index made, the most recently used kept in memory so the articles conversations keep
/// returning to are read and indexed once.
/// </summary>
public sealed class AnalysedArticles(IArticleStore store, int capacity = AnalysedArticles.DefaultCapacity)
{
    /// <summary>
    /// A part keeps what a question about a person needs (about 60 KB an article over the 1M corpus; one a who-said
    /// question read keeps its tokens and framing too), so this many hold the articles of a few hundred recent
    /// questions in about the memory 1,024 parts made whole once took.
    /// </summary>
    public const int DefaultCapacity = 2048;

    private readonly Dictionary<long, LinkedListNode<(long Id, InMemoryQuoteIndex.ArticlePart Part)>> _byId = [];
    private readonly LinkedList<(long Id, InMemoryQuoteIndex.ArticlePart Part)> _recent = new();
    private readonly Lock _lock = new();

    /// <summary>The key an article has in the index and in conversation memory: its store id.</summary>
    public static string Key(long articleId) => articleId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The store id in a speaker or quote key ("42#q3"), or null when the key is not a store key.</summary>
    public static long? IdOf(string? key)
    {
        if (key is null) return null;
        int hash = key.IndexOf('#');
        return long.TryParse(hash < 0 ? key : key[..hash], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>The articles with these ids, in the order given; ids no longer stored are left out.</summary>
    public async Task<IReadOnlyList<InMemoryQuoteIndex.ArticlePart>> GetAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct().ToList();
        var found = new Dictionary<long, InMemoryQuoteIndex.ArticlePart>();
        lock (_lock)
        {
            foreach (var id in wanted)
                if (_byId.TryGetValue(id, out var node))
                {
                    _recent.Remove(node);
                    _recent.AddFirst(node);
                    found[id] = node.Value.Part;
                }
        }
        var missing = wanted.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            // One read for all of them: a what-said turn reads several articles, three statements instead of three each.
            foreach (var (info, analysis) in await store.GetManyAsync(missing, cancellationToken))
            {
                var part = new InMemoryQuoteIndex.ArticlePart(new IndexedArticle(Key(info.Id), analysis, info.Published));
                found[info.Id] = part;
                Remember(info.Id, part);
            }
        }
        return wanted.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    private void Remember(long id, InMemoryQuoteIndex.ArticlePart part)
    {
        lock (_lock)
        {
            if (_byId.ContainsKey(id)) return;
            _byId[id] = _recent.AddFirst((id, part));
            while (_byId.Count > capacity && _recent.Last is { } oldest)
            {
                _recent.RemoveLast();
                _byId.Remove(oldest.Value.Id);
            }
        }
    }
}
