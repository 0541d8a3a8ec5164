using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Language;
using NewsBot.Dialogs.Understanding;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>Who spoke through a medium ("who tweeted?"): each speaker's quote through it.</summary>
public sealed class MediumAnswer
{
    public Answer Answer(Turn turn)
    {
        var medium = turn.Reading.Medium ?? "Twitter";
        var quotes = turn.Index.AllQuotes.Where(q => MediumDetector.SameMedium(QuoteFormatter.MediumOf(q), medium)).ToList();
        if (quotes.Count == 0)
            return Conversation.Answer.Plain($"No one in the article is reported speaking {Markdown.Escape(QuoteFormatter.OnMedium(medium))}.{SpeakerReplies.QuotedPeopleHint(turn.Index)}");
        var bySpeaker = quotes.GroupBy(q => WhoSaidAnswer.PersonOf(turn, q)).Select(g => g.First()).Take(AnswerThresholds.MostSpeakers).ToList();
        foreach (var quote in bySpeaker.AsEnumerable().Reverse())
            turn.FocusOnSpeakerOf(quote);
        var names = JoinAnd(bySpeaker.Select(q => Markdown.Bold(QuoteFormatter.SpeakerName(q))).Distinct());
        var text = new AnswerText(turn.Format).Lead($"{names} {(bySpeaker.Count == 1 ? "is" : "are")} reported speaking {Markdown.Escape(QuoteFormatter.OnMedium(medium))}:");
        foreach (var quote in bySpeaker) text.Quote(quote, withSpeaker: true);
        turn.Memory.Showed(bySpeaker.Select(q => q.Key), []);
        turn.Memory.Answered(new LastQuestion { Ask = nameof(Ask.Medium), Medium = medium, SpeakerKeys = bySpeaker.Select(q => WhoSaidAnswer.PersonOf(turn, q)).ToList() });
        return text.Build(cardTitle: QuoteFormatter.OnMedium(medium));
    }
}
