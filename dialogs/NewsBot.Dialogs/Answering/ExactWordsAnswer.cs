using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// "Exact words?": the quotes just shown, or those of the person named, each as the article writes it: the
/// whole sentence with its attribution, so what is in quotation marks and what is the reporter's is plain.
/// </summary>
public sealed class ExactWordsAnswer
{
    private const int MostQuotes = 3;

    public Answer Answer(Turn turn)
    {
        var r = turn.Reading;
        List<QuoteRef> quotes;
        if (r.HasSpeaker)
        {
            if (!SpeakerReplies.TryFind(turn, out var found, out var reply)) return reply!;
            turn.Memory.FocusOn(found.Main);
            if (!found.IsQuoted) return SpeakerReplies.MentionedNotQuoted(turn, found.Main);
            var theirs = found.Speakers.SelectMany(turn.Index.QuotesBy).ToList();
            var recent = turn.Memory.LastShownOf(theirs);
            quotes = recent.Count > 0 ? recent : theirs;
        }
        else quotes = turn.Memory.LastQuoteKeys.Select(turn.Index.QuoteByKey).OfType<QuoteRef>().ToList();
        if (quotes.Count == 0)
            return Conversation.Answer.Plain("Which quote? Ask **who said \"...\"** or **what did X say?** first, then **exact words?**");
        // The words in quotation marks first (they are what was said word for word), and one sentence once.
        quotes = quotes.OrderBy(q => q.Quote.Kind == Quotes.QuoteKind.Indirect ? 1 : 0)
            .DistinctBy(q => QuoteFormatter.Context(q) ?? q.Key).Take(MostQuotes).ToList();
        var speakers = quotes.Select(q => WhoSaidAnswer.PersonOf(turn, q)).Distinct().Count();
        var text = new AnswerText(turn.Format).Lead(speakers == 1
            ? $"{turn.Format.NameWithRole(quotes[0])}, in the article's words:"
            : "In the article's words:");
        foreach (var quote in quotes)
        {
            var who = speakers == 1 ? "" : $"{turn.Format.NameWithRole(quote)}: ";
            var words = QuoteFormatter.Context(quote) is { } context ? QuoteFormatter.Quoted(context) : QuoteFormatter.QuoteText(quote.Quote);
            text.Bullet($"{who}{words} ({turn.Format.Paragraph(quote.Article, quote.Quote.Paragraph)})");
        }
        foreach (var quote in quotes.AsEnumerable().Reverse()) turn.FocusOnSpeakerOf(quote);
        turn.Memory.Showed(quotes.Select(q => q.Key), []);
        return text.Build(cardTitle: "In the article's words");
    }
}
