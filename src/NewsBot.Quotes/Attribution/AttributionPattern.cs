namespace NewsBot.Quotes;

/// <summary>
/// One shape of reported speech around a cue ("…," said Hua; Hua said that …; according to Hua, …).
/// The pipeline asks the patterns in order; the first that decides (finds a statement, or rules
/// the cue out) ends the search. <see cref="Name"/> is recorded on what it finds.
/// </summary>
internal abstract class AttributionPattern
{
    public abstract string Name { get; }

    public abstract PatternResult Match(CueSite site);
}

/// <summary>A pattern's answer: a statement (and the last token it used), "not this cue", or "not my shape".</summary>
internal readonly record struct PatternResult(Attribution? Found, int ConsumedTo, bool Decided)
{
    public static PatternResult Pass => default;

    /// <summary>The cue reports nothing here; later patterns are not asked.</summary>
    public static PatternResult Reject => new(null, 0, true);

    public static PatternResult Of(Attribution attribution, int consumedTo) => new(attribution, consumedTo, true);
}
