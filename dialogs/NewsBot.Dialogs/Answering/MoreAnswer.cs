using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>"More", "what else": the next page of what the last answer was about.</summary>
public sealed class MoreAnswer
{
    public Answer Answer(Turn turn)
    {
        var memory = turn.Memory;
        var quotes = memory.MoreQuoteKeys.Select(turn.Index.QuoteByKey).OfType<QuoteRef>().ToList();
        if (quotes.Count == 0)
        {
            // "More" or "what else?" after an answer about one person: what else they said, or everything again when that was all.
            if (memory.FocusedSpeakerKey is not null && (turn.Reading.Else || memory.Last?.Ask == nameof(Understanding.Ask.WhatSaid)))
                return new SpeakerQuotesAnswer().Answer(turn.With(turn.Reading with { Ask = Understanding.Ask.WhatSaid, SpeakerIsPronoun = true, Else = true }));
            return Conversation.Answer.Plain("That's all I have for that question. Ask another, or type **help**.");
        }
        var page = quotes.Take(AnswerThresholds.PageSize).ToList();
        var rest = quotes.Skip(AnswerThresholds.PageSize).ToList();
        var speakers = page.Select(q => q.SpeakerRef).OfType<SpeakerRef>().DistinctBy(s => s.Key).ToList();
        var text = new AnswerText(turn.Format).Lead(speakers.Count == 1 ? $"More from {QuoteFormatter.NameWithRole(speakers[0])}:" : "More:");
        foreach (var quote in page) text.Quote(quote, withSpeaker: speakers.Count != 1);
        memory.Showed(page.Select(q => q.Key), rest.Select(q => q.Key));
        foreach (var speaker in speakers) memory.MarkShown(speaker.Key, page.Where(q => q.SpeakerRef?.Key == speaker.Key).Select(q => q.Key));
        if (speakers.Count == 1) memory.FocusOn(speakers[0]);
        if (rest.Count > 0) text.Note($"{Count(rest.Count, "more quote")}: say **more**.");
        return text.Build(rest.Count > 0 ? ["more"] : [], "More quotes");
    }
}
