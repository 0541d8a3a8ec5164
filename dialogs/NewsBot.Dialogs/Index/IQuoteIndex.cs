namespace NewsBot.Dialogs.Index;

/// <summary>
/// What the conversation asks of the articles it knows. The in-memory implementation serves a
/// handful of articles; a persistent store over a large corpus can implement the same questions.
/// </summary>
public interface IQuoteIndex
{
    IReadOnlyList<IndexedArticle> Articles { get; }

    /// <summary>
    /// How many articles the conversation draws on: more than one and answers name each quote's
    /// article. A working set taken from a large store holds a few articles but speaks for them all.
    /// </summary>
    int ArticlesInPlay => Articles.Count;

    /// <summary>Every speaker, quoted or only mentioned, in article order.</summary>
    IReadOnlyList<SpeakerRef> Speakers { get; }

    /// <summary>Quotes whose words fit the fragment (verbatim or paraphrased), best first.</summary>
    IReadOnlyList<QuoteMatch> FindQuotes(string fragment, int max, CancellationToken cancellationToken = default);

    /// <summary>Article sentences that fit the fragment, best first, for text no quote covers.</summary>
    IReadOnlyList<PassageMatch> FindPassages(string fragment, int max, CancellationToken cancellationToken = default);

    /// <summary>Speakers whose name, surname, alias or a close spelling fits the typed name, best first.</summary>
    IReadOnlyList<NameMatch> FindSpeakers(string typedName);

    /// <summary>Quotes about a topic, best first.</summary>
    IReadOnlyList<QuoteMatch> FindQuotesAbout(string topic, int max, CancellationToken cancellationToken = default);

    /// <summary>How much of the words a quote says (with the words framing it), every word counting in full; 1 for a word-for-word hit.</summary>
    double Cover(string words, QuoteRef quote);

    /// <summary>The keys of the quote's own words, as the index made them (empty for a quote it does not hold).</summary>
    IReadOnlySet<string> KeysOf(QuoteRef quote);

    IReadOnlyList<QuoteRef> QuotesBy(SpeakerRef speaker);

    IReadOnlyList<QuoteRef> AllQuotes { get; }

    SpeakerRef? SpeakerByKey(string key);

    /// <summary>
    /// Who a speaker is across the articles: one key for every speaker that is the same person
    /// ("Donald Trump" in one article, "Trump" in another), by default their folded name.
    /// </summary>
    string PersonKey(SpeakerRef speaker) => NameKey(speaker);

    /// <summary>A speaker's folded name, honorifics and possessive left out: "Ms. Whitfield's" is "whitfield".</summary>
    static string NameKey(SpeakerRef speaker) => string.Join(' ', Language.NameMatcher.NameWords(speaker.Speaker.Name));

    QuoteRef? QuoteByKey(string key);
}
