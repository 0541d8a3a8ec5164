using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Understanding;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// "Why did X say …?": the bot does not read minds, so it says so and gives what the article itself
/// puts around the quote (the sentences before and after it), framed as the article's context.
/// </summary>
public sealed class WhyAnswer
{
    public Answer Answer(Turn turn) => SpeakerReplies.TryFind(turn, out var found, out var reply) ? Answer(turn, found) : reply!;

    private static Answer Answer(Turn turn, Resolution.Found found)
    {
        var main = found.Main;
        turn.Memory.FocusOn(main.Key, main.Speaker.Gender);
        if (!found.IsQuoted) return SpeakerReplies.MentionedNotQuoted(turn, main);
        var theirs = found.Speakers.SelectMany(turn.Index.QuotesBy).ToList();
        var quote = Which(turn, theirs);
        var article = quote.Article.Article;
        var around = article.Sentences
            .Where(s => s.Paragraph == quote.Quote.Paragraph || s.Paragraph == quote.Quote.Paragraph - 1 || s.Paragraph == quote.Quote.Paragraph + 1)
            .Where(s => !s.Span.Overlaps(quote.Quote.Span))
            .Select(s => article.Slice(s.Span).Trim()).Where(s => s.Length > 0).Take(3).ToList();
        var name = QuoteFormatter.NameWithRole(main);
        var lead = around.Count == 0
            ? $"The article gives no reason for it beyond {name}'s own words: {QuoteFormatter.QuoteText(quote.Quote)} ({turn.Format.Paragraph(quote.Article, quote.Quote.Paragraph)})."
            : $"The article doesn't say why in {name}'s own words; around the quote {QuoteFormatter.QuoteText(quote.Quote)} it says: {QuoteFormatter.Quoted(string.Join(" ", around))} ({turn.Format.Paragraph(quote.Article, quote.Quote.Paragraph)}).";
        turn.Memory.Showed([quote.Key], []);
        return Conversation.Answer.Plain(lead);
    }

    /// <summary>The quote asked about: the one that fits the words given, else the one just shown, else their first.</summary>
    private static QuoteRef Which(Turn turn, List<QuoteRef> theirs)
    {
        var keys = theirs.Select(q => q.Key).ToHashSet();
        if (turn.Reading.Content is { Length: > 0 } words
            && turn.Index.FindQuotes(words, AnswerThresholds.MostCandidates, turn.Cancellation).FirstOrDefault(m => keys.Contains(m.Quote.Key) && m.Score >= AnswerThresholds.Closest) is { } match)
            return match.Quote;
        return theirs.FirstOrDefault(q => turn.Memory.LastQuoteKeys.Contains(q.Key)) ?? theirs[0];
    }
}
