using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Language;
using NewsBot.Dialogs.Understanding;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// A question no request word explains: tried as a name ("Kirby?", "Kirby on the call?"), then as
/// words to find in the quotes, and only then answered with a short note of what can be asked.
/// </summary>
public sealed class UnrecognisedAnswer
{
    private const int MostNameWords = 4;

    public Answer Answer(Turn turn)
    {
        var r = turn.Reading;
        if (r.Speaker is { } name && Words.Tokens(name).Count <= MostNameWords
            && turn.Index.FindSpeakers(name) is { Count: > 0 } names && names[0].Score >= AnswerThresholds.NameAlone)
            return new SpeakerQuotesAnswer().Answer(turn.With(r with { Ask = Ask.WhatSaid }));
        var words = r.Content ?? r.Text;
        if (Words.Keys(words).Count >= 2
            && turn.Index.FindQuotes(words, 1, turn.Cancellation) is [var best] && best.Score >= AnswerThresholds.WordsAlone)
            return new WhoSaidAnswer().Answer(turn.With(r with { Ask = Ask.WhoSaid, Content = words, Topic = null, Speaker = null }));
        return new HelpText(turn.Index).NotUnderstood();
    }
}
