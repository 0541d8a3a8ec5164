using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Understanding;

namespace NewsBot.Dialogs.Answering;

/// <summary>Everything one turn's answer is made from: the articles in play, the question read, the memory, the budget.</summary>
public sealed class Turn(IQuoteIndex index, Reading reading, ConversationMemory memory, CancellationToken cancellationToken = default)
{
    public IQuoteIndex Index { get; } = index;
    public Reading Reading { get; } = reading;
    public ConversationMemory Memory { get; } = memory;
    public CancellationToken Cancellation { get; } = cancellationToken;
    public QuoteFormatter Format { get; } = new(index);
    public Gazetteer People { get; } = new(index);

    /// <summary>This turn with another reading (a choice answered, "and Trump?" asked again).</summary>
    public Turn With(Reading other) => new(Index, other, Memory, Cancellation);

    /// <summary>
    /// An answer settled on the speaker of this quote: the focus moves to them. A quote the engine names a speaker for
    /// only by the words of the article ("Len Burman", no speaker behind it) focuses on the person of that name the
    /// articles know, else on the name itself.
    /// </summary>
    public void FocusOnSpeakerOf(QuoteRef quote)
    {
        if (quote.SpeakerRef is { } speaker) Memory.FocusOn(speaker);
        else if (quote.Quote.SpeakerName is { Length: > 0 } name && Language.NameMatcher.NameWords(name).Count > 0)
        {
            if (People.Resolve(name) is Resolution.Found found) Memory.FocusOn(found.Main);
            else if (name.Any(char.IsUpper)) Memory.FocusOnMention(name);
        }
    }
}

/// <summary>Every threshold the answers use, in one place.</summary>
public static class AnswerThresholds
{
    /// <summary>A quote covering this much of the words asked is the answer, said plainly.</summary>
    public const double Strong = 0.55;

    /// <summary>Below <see cref="Strong"/> but above this: given as the closest match, not as what was said.</summary>
    public const double Closest = 0.34;

    /// <summary>Another speaker is named beside the best when their quote fits this share of the best one.</summary>
    public const double AlsoShare = 0.9;

    /// <summary>With "did anyone", "which democrats", a topic: every speaker whose quote fits this share of the best.</summary>
    public const double SeveralShare = 0.6;

    /// <summary>A sentence no quote covers is offered when it covers this much of the words asked.</summary>
    public const double Passage = 0.6;

    /// <summary>A quote is about a topic when it covers this much of the topic's words.</summary>
    public const double Topic = 0.34;

    /// <summary>Below <see cref="Topic"/>, a quote still is about it when it fits <see cref="SeveralShare"/> of the best and at least this much.</summary>
    public const double TopicFloor = 0.2;

    /// <summary>A question of a few words that is a name at least this well is "what did they say?".</summary>
    public const double NameAlone = 0.6;

    /// <summary>Words asked without a request are taken as "who said" when a quote covers this much of them.</summary>
    public const double WordsAlone = 0.6;

    /// <summary>"Did X say …": word for word at this cover.</summary>
    public const double WordForWord = 0.95;

    /// <summary>"Did X say …": said in other words at this cover; below it no yes is given (a verdict needs more than a closest match).</summary>
    public const double InOtherWords = 0.7;

    /// <summary>Quotes shown at once; "more" pages on.</summary>
    public const int PageSize = 5;

    /// <summary>Most quotes one question weighs (the best by words first): bounds the work of a turn whatever an article holds.</summary>
    public const int MostCandidates = 200;

    /// <summary>Most speakers named in one answer.</summary>
    public const int MostSpeakers = 8;
}
