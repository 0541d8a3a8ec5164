using NewsBot.Quotes;

namespace NewsBot.Store;

/// <summary>What <see cref="ArticleStore.AddAsync"/> did: the article's id, and whether it was new or its text was already stored.</summary>
public sealed record AddResult(long ArticleId, bool IsNew);

/// <summary>One stored article without its text: what a listing shows.</summary>
public sealed record StoredArticle(
    long Id,
    string Source,
    string Title,
    DateTimeOffset? Published,
    DateTimeOffset Added,
    int SpeakerCount,
    int QuoteCount);

/// <summary>One stored article read back whole: its listing and its speakers and quotes as the engine gave them.</summary>
public sealed record StoredAnalysis(StoredArticle Article, ArticleQuotes Analysis);

/// <summary>A quote found by a search, with the article and speaker it belongs to.</summary>
public sealed record QuoteHit(
    long ArticleId,
    string ArticleTitle,
    string QuoteId,
    string Text,
    string? SpeakerId,
    string SpeakerName,
    QuoteKind Kind);

/// <summary>A speaker (or mentioned person) found by name in one article, with the article's title and date (when known).</summary>
public sealed record SpeakerHit(
    long ArticleId,
    string ArticleTitle,
    DateTimeOffset? ArticlePublished,
    string SpeakerId,
    string Name,
    IReadOnlyList<string> Aliases,
    SpeakerKind Kind,
    int QuoteCount);

/// <summary>
/// A person (or organisation, or group) as quoted across articles: the speakers stored under the names
/// that are one person (see <see cref="People.SamePeople"/>), summed, under their most quoted full name.
/// <see cref="ArticleCount"/> adds up the articles of each name, so an article that names one person
/// in two ways the engine did not join counts twice.
/// </summary>
public sealed record QuotedPerson(string Name, int QuoteCount, int ArticleCount)
{
    public SpeakerKind Kind { get; init; } = SpeakerKind.Person;
}

/// <summary>The result of <see cref="ArticleStore.CheckIntegrityAsync"/>: empty <see cref="Problems"/> means the store is sound.</summary>
public sealed record StoreIntegrity(int Articles, int Speakers, int Quotes, IReadOnlyList<string> Problems)
{
    public bool IsSound => Problems.Count == 0;
}
