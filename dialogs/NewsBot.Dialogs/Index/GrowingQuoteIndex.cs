using NewsBot.Quotes;

namespace NewsBot.Dialogs.Index;

/// <summary>An index that takes in articles added while the bot runs (a link or file sent in chat, say).</summary>
public interface IGrowingQuoteIndex : IQuoteIndex
{
    /// <summary>Adds the article under a key of its own; false when an article with the same text is already indexed.</summary>
    bool Add(string key, ArticleQuotes analysis);
}

/// <summary>
/// The in-memory index, able to grow: each addition builds a new <see cref="InMemoryQuoteIndex"/>
/// with the article and swaps it in whole, so a turn reading the index never sees it half-built.
/// Rebuilding is cheap for the handful of articles an in-memory index holds.
/// </summary>
public sealed class GrowingQuoteIndex(IEnumerable<IndexedArticle> articles) : IGrowingQuoteIndex
{
    private readonly Lock _adding = new();
    private volatile InMemoryQuoteIndex _current = new(articles);

    public bool Add(string key, ArticleQuotes analysis)
    {
        lock (_adding)
        {
            var articles = _current.Articles;
            if (articles.Any(a => a.Article.Text == analysis.Article.Text)) return false;
            var unique = key;
            for (int n = 2; articles.Any(a => string.Equals(a.Key, unique, StringComparison.OrdinalIgnoreCase)); n++) unique = $"{key}~{n}";
            _current = new InMemoryQuoteIndex(articles.Append(new IndexedArticle(unique, analysis)));
            return true;
        }
    }

    public IReadOnlyList<IndexedArticle> Articles => _current.Articles;
    public IReadOnlyList<SpeakerRef> Speakers => _current.Speakers;
    public IReadOnlyList<QuoteRef> AllQuotes => _current.AllQuotes;
    public IReadOnlyList<QuoteMatch> FindQuotes(string fragment, int max) => _current.FindQuotes(fragment, max);
    public IReadOnlyList<PassageMatch> FindPassages(string fragment, int max) => _current.FindPassages(fragment, max);
    public IReadOnlyList<NameMatch> FindSpeakers(string typedName) => _current.FindSpeakers(typedName);
    public IReadOnlyList<QuoteMatch> FindQuotesAbout(string topic, int max) => _current.FindQuotesAbout(topic, max);
    public IReadOnlyList<QuoteRef> QuotesBy(SpeakerRef speaker) => _current.QuotesBy(speaker);
    public SpeakerRef? SpeakerByKey(string key) => _current.SpeakerByKey(key);
    public QuoteRef? QuoteByKey(string key) => _current.QuoteByKey(key);
}
