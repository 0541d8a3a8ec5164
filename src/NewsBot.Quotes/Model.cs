namespace NewsBot.Quotes;

/// <summary>A half-open range [Start, End) of UTF-16 code units in an article's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool IsEmpty => End <= Start;
    public bool Contains(int position) => position >= Start && position < End;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
    public static TextSpan Cover(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));
    public override string ToString() => $"[{Start},{End})";
}

public enum SpeakerKind { Person, Organization, Group }

/// <summary>A person's grammatical gender as the article shows it (titles, given names, the pronouns that refer back).</summary>
public enum Gender { Unknown, Female, Male }

/// <summary>How a quote reaches the reader: verbatim, a verbatim fragment inside reported speech, both, or paraphrase.</summary>
public enum QuoteKind { Direct, Partial, Mixed, Indirect }

/// <summary>Someone the article mentions; a speaker when <see cref="QuoteCount"/> is above zero.</summary>
public sealed record Speaker(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    SpeakerKind Kind,
    IReadOnlyList<string> Roles,
    int QuoteCount,
    TextSpan FirstMention,
    Gender Gender = Gender.Unknown)
{
    public bool IsQuoted => QuoteCount > 0;
}

/// <summary>
/// One statement attributed to one speaker. <see cref="Span"/> covers the content from its first
/// piece to its last; <see cref="Pieces"/> are the content pieces themselves (a quote split around
/// its attribution has two). <see cref="Text"/> is the pieces' text joined by " … ".
/// <see cref="Rule"/> names the attribution pattern that found it ("quote-cue-name", "according-to", …)
/// and <see cref="SpeakerRule"/> the rule that named its speaker ("name", "pronoun", "role-noun", …);
/// both are empty for a quote made elsewhere (a store that predates them).
/// </summary>
public sealed record Quote(
    string Id,
    string? SpeakerId,
    string SpeakerName,
    string Text,
    TextSpan Span,
    IReadOnlyList<TextSpan> Pieces,
    QuoteKind Kind,
    string Cue,
    TextSpan? CueSpan,
    string? Medium,
    TextSpan? SpeakerMention,
    int Paragraph,
    string Rule = "",
    string SpeakerRule = "");

/// <summary>What the engine knows about one article: its text, speakers and quotes.</summary>
public sealed record ArticleQuotes(Article Article, IReadOnlyList<Speaker> Speakers, IReadOnlyList<Quote> Quotes)
{
    public Speaker? SpeakerOf(Quote quote) => quote.SpeakerId is null ? null : Speakers.FirstOrDefault(s => s.Id == quote.SpeakerId);
    public IEnumerable<Quote> QuotesBy(Speaker speaker) => Quotes.Where(q => q.SpeakerId == speaker.Id);
    public IEnumerable<Speaker> QuotedSpeakers => Speakers.Where(s => s.IsQuoted);
    public IEnumerable<Speaker> MentionedOnly => Speakers.Where(s => !s.IsQuoted);
}
