using NewsBot.Quotes;

namespace NewsBot.Store;

/// <summary>An analysed article to store, with the engine version that analysed it.</summary>
public sealed record ArticleToAdd(ArticleQuotes Analysed, DateTimeOffset? Published = null, string EngineVersion = Quotes.EngineVersion.Current);

/// <summary>How many stored articles one engine version analysed (null: stored before versions were recorded).</summary>
public sealed record EngineVersionCount(string? EngineVersion, int Articles);

/// <summary>A stored article's text, as it is analysed again: what <see cref="Article.FromText"/> needs.</summary>
public sealed record StoredText(long Id, string Source, string Title, string Text)
{
    public Article ToArticle() => Article.FromText(Text, Source, Title);
}

/// <summary>A stored article analysed again: <see cref="Analysed"/> replaces its speakers and quotes.</summary>
public sealed record Reanalysis(long ArticleId, ArticleQuotes Analysed, string EngineVersion = Quotes.EngineVersion.Current);
