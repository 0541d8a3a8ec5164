namespace NewsBot.Store;

/// <summary>
/// What an archive needs beyond <see cref="IArticleStore"/>: articles written many to a
/// transaction, and analysed again when the engine changes, in place (same ids, so links and
/// answers keep pointing at them) while the store goes on answering. Both database backends are one.
/// </summary>
public interface IArchiveStore : IArticleStore
{
    /// <summary>
    /// Adds the articles in one transaction: after it each is stored (new, or found already stored
    /// under the id returned), and on a failure, a cancellation or a killed process none of them is.
    /// </summary>
    /// <returns>One result per article, in the order given.</returns>
    Task<IReadOnlyList<AddResult>> AddManyAsync(IReadOnlyList<ArticleToAdd> articles, CancellationToken cancellationToken = default);

    /// <summary>How many stored articles each engine version analysed.</summary>
    Task<IReadOnlyList<EngineVersionCount>> EngineVersionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The texts of articles that <paramref name="engineVersion"/> analysed (null: no version recorded), in id order after <paramref name="afterId"/>.</summary>
    Task<IReadOnlyList<StoredText>> TextsAnalysedByAsync(string? engineVersion, long afterId, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces each article's speakers and quotes, and their search entries, by its new analysis,
    /// and records the version that made it; all in one transaction, so a reader sees each article
    /// either as it was or as it is now. An id that is not stored is passed over.
    /// </summary>
    Task ReplaceAnalysesAsync(IReadOnlyList<Reanalysis> analyses, CancellationToken cancellationToken = default);
}
