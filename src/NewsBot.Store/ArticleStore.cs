using NewsBot.Quotes.Text;
using System.Security.Cryptography;
using System.Text;
using NewsBot.Store.Postgres;

namespace NewsBot.Store;

/// <summary>Opens a store, and what every backend shares.</summary>
public static class ArticleStore
{
    /// <summary>Most rows one listing or search returns, whatever the caller asks.</summary>
    public const int MaxLimit = 1000;

    /// <summary>
    /// Opens (creating its tables when missing) the store at <paramref name="location"/>: a PostgreSQL
    /// database when it is a postgres:// or postgresql:// URI or a key=value connection string naming a
    /// Host (or Server), otherwise a SQLite file path.
    /// </summary>
    /// <exception cref="ArticleStoreException">The store cannot be opened or reached, is damaged, or is from a newer version.</exception>
    public static async Task<IArticleStore> OpenAsync(string location, CancellationToken cancellationToken = default) =>
        PostgresLocation.IsPostgres(location)
            ? await PostgresArticleStore.OpenAsync(location, cancellationToken)
            : await SqliteArticleStore.OpenAsync(location, cancellationToken);

    /// <summary>Hex SHA-256 of the text: two articles with the same text are the same article.</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// Whether quote hits of this step come newest first rather than by rank. Hits of the word-for-word
    /// and every-word steps all hold the same words, so a rank would only prefer shorter quotes, at the
    /// cost of scoring every hit: over a large store, thousands of them for common words.
    /// </summary>
    internal static bool NewestFirst(SearchStep step) => step != SearchStep.AnyWord;

    /// <summary>
    /// The searches of <see cref="IArticleStore.FindQuotesAsync"/> and <see cref="IArticleStore.FindArticlesAsync"/>,
    /// in every backend: the words as typed, in order (when <paramref name="textOf"/> gives a hit's text
    /// to look in); else every content word; else, when there are several, any of them. Every-word goes
    /// first all the same: a row with the words in order has every content word too, so when none has
    /// those the phrase, which reads the long lists of words such as "the", is not searched at all, and
    /// when fewer than <paramref name="limit"/> have them, the phrase is looked for in those few.
    /// </summary>
    internal static async Task<IReadOnlyList<T>> SearchInStepsAsync<T>(string? text, int limit, Func<T, string>? textOf, Func<SearchStep, Task<IReadOnlyList<T>>> search)
    {
        var every = await search(SearchStep.EveryWord);
        if (every.Count > 0)
        {
            var words = FtsQuery.Words(text);
            if (textOf is null || words.Count < 2) return every;
            if (every.Count < limit)
                return every.Where(hit => HasPhrase(FtsQuery.AllWords(textOf(hit)), words)).ToList() is { Count: > 0 } found ? found : every;
            return await search(SearchStep.Phrase) is { Count: > 0 } verbatim ? verbatim : every;
        }
        if (FtsQuery.ContentWords(text).Count < 2) return every;
        return await search(SearchStep.AnyWord);
    }

    /// <summary>Most quote hits a search for any of several words ranks: see <see cref="AnyWordPlan"/>.</summary>
    internal const int AnyWordRankingBudget = 6_000;

    /// <summary>
    /// Which words a search for any of several content words ranks: ranking reads every hit, so over a
    /// large store the words are taken rarest first while their hits (<paramref name="counted"/>, each
    /// counted up to just past <paramref name="budget"/>) stay within the budget: a word found in more
    /// quotes than that narrows little. Fewer than two words rank nothing (every hit has the one word),
    /// so then the hits of the rarest word come newest first. Empty when no word is found at all.
    /// </summary>
    internal static (IReadOnlyList<string> Words, bool Ranked) AnyWordPlan(IEnumerable<(string Word, int Quotes)> counted, int budget)
    {
        var found = counted.Where(c => c.Quotes > 0).OrderBy(c => c.Quotes).ToList();
        if (found.Count == 0) return ([], false);
        var ranked = new List<string>();
        int hits = 0;
        foreach (var (word, quotes) in found)
        {
            if ((hits += quotes) > budget) break;
            ranked.Add(word);
        }
        return ranked.Count > 1 ? (ranked, true) : ([found[0].Word], false);
    }

    /// <summary>Words as the stores' quote and article indexes hold them: folded (case, diacritics) and stemmed, so "warns" matches "Warned".</summary>
    internal static List<string> Stems(IEnumerable<string> words) => words.Select(w => PorterStemmer.Stem(TextFold.Fold(w))).ToList();

    /// <summary>Whether <paramref name="phrase"/> stands in <paramref name="words"/>, word after word (any case).</summary>
    internal static bool HasPhrase(IReadOnlyList<string> words, IReadOnlyList<string> phrase)
    {
        for (int start = 0; start + phrase.Count <= words.Count; start++)
        {
            int matched = 0;
            while (matched < phrase.Count && string.Equals(words[start + matched], phrase[matched], StringComparison.OrdinalIgnoreCase)) matched++;
            if (matched == phrase.Count) return true;
        }
        return false;
    }
}

/// <summary>One step of <see cref="ArticleStore.SearchInStepsAsync"/>: what a backend's query must match.</summary>
internal enum SearchStep
{
    Phrase,
    EveryWord,
    AnyWord,
}
