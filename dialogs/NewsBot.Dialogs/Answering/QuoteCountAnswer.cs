using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Understanding;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>How many quotes there are, or how many times someone is quoted.</summary>
public sealed class QuoteCountAnswer
{
    public Answer Answer(Turn turn)
    {
        if (!turn.Reading.HasSpeaker)
        {
            int quotes = turn.Index.AllQuotes.Count;
            int speakers = turn.Index.Speakers.Where(s => s.Speaker.IsQuoted).Select(turn.People.PersonKey).Distinct().Count();
            return Conversation.Answer.Plain($"I found {Count(quotes, "quote")} from {Count(speakers, "speaker")}{Where(turn)}. Ask **who was quoted?** for the list.");
        }
        if (!SpeakerReplies.TryFind(turn, out var found, out var reply)) return reply!;
        turn.Memory.FocusOn(found.Main);
        int count = found.Speakers.Sum(s => s.Speaker.QuoteCount);
        return Conversation.Answer.Plain(count == 0
            ? $"{QuoteFormatter.NameWithRole(found.Main)} is mentioned but not quoted{Where(turn)}."
            : $"{QuoteFormatter.NameWithRole(found.Main)} is quoted {Times(count)}{SpeakerReplies.InArticles(turn, found.Speakers)}. Ask **what did {SpeakerQuotesAnswer.They(found.Main)} say?** to see the quotes.");
    }

    private static string Where(Turn turn) => turn.Index.ArticlesInPlay == 1 ? " in this article" : $" across {turn.Index.ArticlesInPlay} articles";
}
