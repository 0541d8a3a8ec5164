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

    /// <summary>How many paragraphs before a quote may say where it was said ("In an interview with …" often opens a passage).</summary>
    private const int NearParagraphs = 2;

    /// <summary>Of the speaker's other quotes, how many have their sentences read (the first in the article).</summary>
    private const int MostOtherQuotes = 20;

    private const int MostNamingSentences = 20;

    public Answer Answer(Turn turn) => SpeakerReplies.TryFind(turn, out var found, out var reply) ? Answer(turn, found) : reply!;

    public Answer Answer(Turn turn, Resolution.Found found)
    {
        var main = found.Main;
        var memory = turn.Memory;
        memory.FocusOn(main.Key, main.Speaker.Gender);
        memory.Answered(new LastQuestion { Ask = nameof(Ask.Where), SpeakerKeys = [turn.People.PersonKey(main)] });
        if (!found.IsQuoted) return SpeakerReplies.MentionedNotQuoted(turn, main);
        var theirs = found.Speakers.SelectMany(turn.Index.QuotesBy).ToList();
        var recent = theirs.Where(q => memory.LastQuoteKeys.Contains(q.Key)).ToList();
        var quotes = (recent.Count > 0 ? recent : theirs).Take(AnswerThresholds.PageSize).ToList();
        var places = quotes.Select(q => (Quote: q, Medium: QuoteFormatter.MediumOf(q), Venue: VenueSentence(q, theirs))).ToList();
        var first = places.FirstOrDefault(p => p.Venue is { Named: true });
        if (first.Quote is null) first = places.FirstOrDefault(p => p.Venue is not null || p.Medium is not null);
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

    private sealed record Venue(string Text, int Paragraph, bool Named);

    /// <summary>
    /// The sentence that says where: the quote's own sentences and attribution, then those of the
    /// speaker's other quotes, then the sentences around it, then other sentences naming the speaker;
    /// read without any quoted words (a "speech" inside a quote is no venue). A sentence that names the
    /// venue ("an interview with CNN's Wolf Blitzer", "a Facebook post") wins over one that only says
    /// "in an interview".
    /// </summary>
    private static Venue? VenueSentence(QuoteRef quote, IReadOnlyList<QuoteRef> theirs)
    {
        var article = quote.Article.Article;
        IEnumerable<Sentence> Own(QuoteRef q) => Sentences.Overlapping(article, q.Quote.CueSpan is { } cue ? TextSpan.Cover(q.Quote.Span, cue) : q.Quote.Span);
        var candidates = Own(quote)
            .Concat(theirs.Where(q => q.Article == quote.Article && q != quote).Take(MostOtherQuotes).SelectMany(Own))
            .Concat(Sentences.InParagraphs(article, quote.Quote.Paragraph - NearParagraphs, quote.Quote.Paragraph))
            .Concat(quote.Speaker is { } speaker ? QuoteFormatter.SentencesNaming(article, [speaker.Name, .. speaker.Aliases], MostNamingSentences) : [])
            .DistinctBy(s => s.Index).ToList();
        var quoteSpans = QuotedSpans(quote.Article, candidates);
        Venue? generic = null;
        foreach (var sentence in candidates)
        {
            var narrative = Narrative(article, sentence, quoteSpans);
            if (!MediumDetector.NamesAVenue(narrative)) continue;
            var venue = new Venue(Trimmed(article.Slice(sentence.Span)), sentence.Paragraph, NamesTheVenue(narrative));
            if (venue.Named) return venue;
            generic ??= venue;
        }
        return generic;
    }

    /// <summary>The quoted words within these sentences: the article's quotes in text order, each sentence's found by binary search.</summary>
    private static List<TextSpan> QuotedSpans(IndexedArticle article, IReadOnlyList<Sentence> sentences)
    {
        var pieces = article.Analysis.Quotes.SelectMany(q => q.Pieces.Count > 0 ? q.Pieces : [q.Span]).OrderBy(p => p.Start).ToList();
        var found = new List<TextSpan>();
        foreach (var sentence in sentences)
        {
            int lo = 0, hi = pieces.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (pieces[mid].Start < sentence.Span.Start) lo = mid + 1;
                else hi = mid;
            }
            // Back over pieces that start before the sentence and reach into it, then on until they start past it.
            while (lo > 0 && pieces[lo - 1].End > sentence.Span.Start) lo--;
            for (int i = lo; i < pieces.Count && pieces[i].Start < sentence.Span.End; i++)
                if (pieces[i].Overlaps(sentence.Span)) found.Add(pieces[i]);
        }
        return found;
    }

    /// <summary>A sentence's own words, with every quoted word blanked.</summary>
    private static string Narrative(Article article, Sentence sentence, IReadOnlyList<TextSpan> quoteSpans)
    {
        var text = article.Slice(sentence.Span).ToCharArray();
        foreach (var span in quoteSpans.Where(q => q.Overlaps(sentence.Span)))
            for (int i = Math.Max(span.Start, sentence.Span.Start); i < Math.Min(span.End, sentence.Span.End); i++) text[i - sentence.Span.Start] = ' ';
        return new string(text);
    }

    /// <summary>A venue with a name: a named medium (Twitter, Facebook), or a capitalised name soon after a venue word.</summary>
    private static bool NamesTheVenue(string narrative)
    {
        if (MediumDetector.FromWords(narrative) is "Twitter" or "Facebook" or "Instagram") return true;
        var tokens = Words.TokensWithOffsets(narrative);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!MediumDetector.NamesAVenue(tokens[i].Text)) continue;
            for (int j = i + 1; j < Math.Min(tokens.Count, i + 6); j++)
                if (char.IsUpper(narrative[tokens[j].Start])) return true;
            for (int j = Math.Max(1, i - 3); j < i; j++)
                if (char.IsUpper(narrative[tokens[j].Start]) && !MediumDetector.NamesAVenue(tokens[j].Text)) return true;
        }
        return false;
    }

    private static string Trimmed(string text)
    {
        var t = text.Trim();
        return t.Length <= MostSentenceLength ? t : t[..MostSentenceLength].TrimEnd() + "\u2026";
    }
}
