using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;
using NewsBot.Dialogs.Understanding;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// The one place a question is routed: read once (<see cref="QuestionReader"/>), a pending choice
/// answered, "and X?" turned into the question before about X, then one answer class per request.
/// Pure C#: no Bot Framework types, so it is tested and reused without a turn context.
/// </summary>
public sealed class QuestionRouter
{
    private readonly WhoSaidAnswer _whoSaid = new();
    private readonly RelationAnswer _relation = new();
    private readonly SpeakerQuotesAnswer _whatSaid = new();
    private readonly WhoIsAnswer _whoIs = new();
    private readonly WhereAnswer _where = new();
    private readonly WhyAnswer _why = new();
    private readonly FactAnswer _fact = new();
    private readonly CheckAnswer _check = new();
    private readonly QuotedPeopleAnswer _quoted = new();
    private readonly QuoteCountAnswer _count = new();
    private readonly ArticleAboutAnswer _about = new();
    private readonly MediumAnswer _medium = new();
    private readonly MoreAnswer _more = new();
    private readonly SmallTalkAnswer _smallTalk = new();
    private readonly UnrecognisedAnswer _unrecognised = new();
    private readonly ExportAnswer _export = new();
    private readonly ExactWordsAnswer _exact = new();

    public Answer Answer(IQuoteIndex index, string question, ConversationMemory memory, CancellationToken cancellationToken = default) =>
        Answer(new Turn(index, QuestionReader.Read(question), memory, cancellationToken));

    public Answer Answer(Turn turn)
    {
        turn.Cancellation.ThrowIfCancellationRequested();
        turn.Memory.CountTurn();
        var pending = turn.Memory.TakePending();
        if (pending is not null && Chosen(turn, pending) is { } chosen)
            return Route(turn.With(new Reading(Enum.Parse<Ask>(pending.Ask), turn.Reading.Text)
            {
                Speaker = chosen.Speaker.Name, Topic = pending.Topic, Content = pending.Content, Medium = pending.Medium,
            }));
        return Route(turn);
    }

    private Answer Route(Turn turn) => turn.Reading.Ask switch
    {
        Ask.Help or Ask.Greeting or Ask.Thanks => _smallTalk.Answer(turn),
        Ask.More => _more.Answer(turn),
        Ask.Again => Route(turn.With(AskedAgain(turn))),
        Ask.WhoSaid when turn.Reading.HasObject && turn.Reading.Stance != Stance.None => _relation.Answer(turn) ?? _whoSaid.Answer(turn),
        Ask.WhoSaid => _whoSaid.Answer(turn),
        Ask.Medium => _medium.Answer(turn),
        Ask.WhatSaid => _whatSaid.Answer(turn),
        Ask.WhoIs => _whoIs.Answer(turn),
        Ask.Where => _where.Answer(turn),
        Ask.Why => _why.Answer(turn),
        // "… according to the police": what that source said on it, when the articles know them as a speaker
        Ask.Fact when turn.Reading.HasSpeaker && SpeakerReplies.Resolve(turn) is Resolution.Found => _whatSaid.Answer(turn.With(turn.Reading with { Ask = Ask.WhatSaid })),
        Ask.Fact => _fact.Answer(turn),
        Ask.Check => _check.Answer(turn),
        Ask.Quoted => _quoted.Answer(turn),
        Ask.CountQuotes => _count.Answer(turn),
        Ask.About => _about.Answer(turn),
        Ask.Export => _export.Answer(turn),
        Ask.Exact => _exact.Answer(turn),
        _ => _unrecognised.Answer(turn),
    };

    /// <summary>"And Trump?": the question last answered, about the person named now (what they said, when it asked who).</summary>
    private static Reading AskedAgain(Turn turn)
    {
        var r = turn.Reading;
        var last = turn.Memory.Last;
        var ask = last is not null && Enum.TryParse<Ask>(last.Ask, out var before) && before is Ask.WhatSaid or Ask.WhoIs or Ask.Where or Ask.CountQuotes or Ask.Why
            ? before : Ask.WhatSaid;
        return r with { Ask = ask, Topic = ask == Ask.WhatSaid ? last?.Topic : null, Medium = last?.Medium, Verb = ask == Ask.WhatSaid ? last?.Verb : null };
    }

    /// <summary>The person a reply to "which one?" names (a button's text or a typed name), when it is one of those offered.</summary>
    private static SpeakerRef? Chosen(Turn turn, PendingQuestion pending)
    {
        if (turn.Reading.Ask is not (Ask.Unknown or Ask.Again)) return null;
        var options = pending.SpeakerKeys.Select(turn.Index.SpeakerByKey).OfType<SpeakerRef>().ToList();
        var scored = options.Select(o => (Option: o, Score: NameMatcher.Score(turn.Reading.Text, o.Speaker.Name))).OrderByDescending(x => x.Score).ToList();
        if (scored.Count == 0 || scored[0].Score < 0.5) return null;
        if (scored.Count > 1 && scored[1].Score >= scored[0].Score - 0.01) return null;
        return scored[0].Option;
    }
}
