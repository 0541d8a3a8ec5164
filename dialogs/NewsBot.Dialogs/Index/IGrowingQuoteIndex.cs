using NewsBot.Quotes;

namespace NewsBot.Dialogs.Index;

/// <summary>
/// What <see cref="Articles.ArticleAdder"/> once fed articles added in chat into. Every article now
/// lives in an <see cref="NewsBot.Store.IArticleStore"/> (memory too), so nothing implements this;
/// it stays only while ArticleAdder, owned elsewhere, still names it.
/// </summary>
public interface IGrowingQuoteIndex : IQuoteIndex
{
    bool Add(string key, ArticleQuotes analysis);
}
