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
        turn.Memory.FocusOn(main);
        if (!found.IsQuoted) return SpeakerReplies.MentionedNotQuoted(turn, main);
        var theirs = found.Speakers.SelectMany(turn.Index.QuotesBy).ToList();
        var quote = Which(turn, theirs);
        var article = quote.Article.Article;
        // The attribution (to whom, where), then the sentences just before and after the quote.
        var own = Sentences.Overlapping(article, quote.Quote.Span);
        var before = own.Count > 0 && own[0].Index > 0 ? article.Sentences[own[0].Index - 1] : null;
        var after = own.Count > 0 && own[^1].Index + 1 < article.Sentences.Count ? article.Sentences[own[^1].Index + 1] : null;
        var around = new[] { before, after }.OfType<Quotes.Sentence>()
            .Where(s => article.Paragraphs.ElementAtOrDefault(s.Paragraph) is not { IsChrome: true } && article.Slice(s.Span).Trim() != article.Title.Trim())
            .Select(s => article.Slice(s.Span).Trim()).Where(s => s.Length > 0)
            .Prepend(QuoteFormatter.Context(quote) ?? "").Where(s => s.Length > 0).ToList();
        var name = QuoteFormatter.NameWithRole(main);
        var where = turn.Format.Paragraph(quote.Article, quote.Quote.Paragraph);
        var lead = around.Count == 0
            ? $"The article gives no reason for it: it only reports that {name} said {QuoteFormatter.QuoteText(quote.Quote)} ({where})."
            : $"The article doesn't say why {name} said it. Around the quote {QuoteFormatter.QuoteText(quote.Quote)} ({where}) it says: {QuoteFormatter.Quoted(string.Join(" ", around))}";
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
        return turn.Memory.LastShownOf(theirs).FirstOrDefault() ?? theirs[0];
    }
}
