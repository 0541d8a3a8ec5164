using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;
using NewsBot.Dialogs.Understanding;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// Where (how, when) someone said it: the medium the engine gives or the article's words name, with
/// the article's own sentence that says so — the attribution, else a nearby sentence about the speaker
/// that names an interview, a show, a statement. Refers back to the quotes just shown.
/// </summary>
public sealed class WhereAnswer
{
    private const int MostSentenceLength = 400;

    public Answer Answer(Turn turn) => SpeakerReplies.TryFind(turn, out var found, out var reply) ? Answer(turn, found) : reply!;

    public Answer Answer(Turn turn, Resolution.Found found)
    {
        var main = found.Main;
        var memory = turn.Memory;
        memory.FocusOn(main.Key, main.Speaker.Gender);
        memory.Answered(new LastQuestion { Ask = nameof(Ask.Where), SpeakerKeys = [Gazetteer.PersonKey(main)] });
        if (!found.IsQuoted) return SpeakerReplies.MentionedNotQuoted(turn, main);
        var theirs = found.Speakers.SelectMany(turn.Index.QuotesBy).ToList();
        var recent = theirs.Where(q => memory.LastQuoteKeys.Contains(q.Key)).ToList();
        var quotes = (recent.Count > 0 ? recent : theirs).Take(AnswerThresholds.PageSize).ToList();
        var places = quotes.Select(q => (Quote: q, Medium: QuoteFormatter.MediumOf(q), Venue: VenueSentence(q))).ToList();
        var first = places.FirstOrDefault(p => p.Venue is not null || p.Medium is not null);
        if (first.Quote is null) first = places[0];
        var name = QuoteFormatter.NameWithRole(main);
        var how = first.Medium is { } medium ? $" {Markdown.Escape(QuoteFormatter.OnMedium(medium))}" : "";
        var text = new AnswerText(turn.Format);
        if (first.Venue is { } venue)
            text.Lead($"{name} said it{how}; the article: {QuoteFormatter.Quoted(venue.Text)} ({turn.Format.Paragraph(first.Quote.Article, venue.Paragraph)})");
        else if (first.Medium is not null)
            text.Lead($"{name} said it{how}: {QuoteFormatter.QuoteText(first.Quote.Quote)} ({turn.Format.Paragraph(first.Quote.Article, first.Quote.Quote.Paragraph)})");
        else
            text.Lead($"The article doesn't say where {name} said it; it reports: {QuoteFormatter.Quoted(Trimmed(QuoteFormatter.Context(first.Quote) ?? first.Quote.Quote.Text))} ({turn.Format.Paragraph(first.Quote.Article, first.Quote.Quote.Paragraph)})");
        memory.Showed(quotes.Select(q => q.Key), []);
        return text.Build(cardTitle: $"Where {main.Speaker.Name} said it");
    }

    private sealed record Venue(string Text, int Paragraph);

    /// <summary>
    /// The sentence that says where: the quote's own sentences and its attribution, then the sentences
    /// around it in its paragraph and the one before, then other sentences that name the speaker.
    /// </summary>
    private static Venue? VenueSentence(QuoteRef quote)
    {
        var article = quote.Article.Article;
        var own = article.Sentences.Where(s => s.Span.Overlaps(quote.Quote.Span) || quote.Quote.CueSpan is { } cue && s.Span.Overlaps(cue)).ToList();
        var near = article.Sentences.Where(s => !own.Contains(s) && (s.Paragraph == quote.Quote.Paragraph || s.Paragraph == quote.Quote.Paragraph - 1)).ToList();
        var naming = quote.Speaker is { } speaker
            ? QuoteFormatter.SentencesNaming(article, [speaker.Name, .. speaker.Aliases], 20).Where(s => !own.Contains(s) && !near.Contains(s)).ToList()
            : [];
        foreach (var sentence in own.Concat(near).Concat(naming))
        {
            var words = own.Contains(sentence) ? QuoteFormatter.Surroundings(article, quote.Quote) : article.Slice(sentence.Span);
            if (!MediumDetector.NamesAVenue(words)) continue;
            return new Venue(Trimmed(article.Slice(sentence.Span)), sentence.Paragraph);
        }
        return null;
    }

    private static string Trimmed(string text)
    {
        var t = text.Trim();
        return t.Length <= MostSentenceLength ? t : t[..MostSentenceLength].TrimEnd() + "\u2026";
    }
}
