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
        memory.FocusOn(main);
        memory.Answered(new LastQuestion { Ask = nameof(Ask.Where), SpeakerKeys = [turn.People.PersonKey(main)] });
        if (!found.IsQuoted) return SpeakerReplies.MentionedNotQuoted(turn, main);
        var named = found.Speakers.SelectMany(turn.Index.QuotesBy).ToList();
        var recent = Matching(turn, named) is { } asked ? [asked] : memory.LastShownOf(named);
        var theirs = named.Concat(Described(named)).ToList();
        var quotes = (recent.Count > 0 ? recent : theirs).Take(AnswerThresholds.PageSize).ToList();
        var name = QuoteFormatter.NameWithRole(main);
        // "who did he tell?": the sentence that says whom, of the quotes just shown, else of any of theirs
        if (turn.Reading.AsksListener && quotes.Concat(theirs).Select(q => (Quote: q, Told: TellingSentence(q))).FirstOrDefault(x => x.Told is not null) is { Told: { } told } heard)
        {
            memory.Showed([heard.Quote.Key], []);
            return new AnswerText(turn.Format)
                .Lead($"{name} said it; the article: {QuoteFormatter.Quoted(told.Text)} ({turn.Format.Paragraph(heard.Quote.Article, told.Paragraph)})")
                .Build(cardTitle: $"Whom {main.Speaker.Name} told");
        }
        if (turn.Reading.AsksWhen && quotes.Select(q => (Quote: q, Time: TimeSentence(q))).FirstOrDefault(x => x.Time is not null) is { Time: { } time } dated)
        {
            memory.Showed([dated.Quote.Key], []);
            return new AnswerText(turn.Format)
                .Lead($"{name} said it; the article: {QuoteFormatter.Quoted(time.Text)} ({turn.Format.Paragraph(dated.Quote.Article, time.Paragraph)})")
                .Build(cardTitle: $"When {main.Speaker.Name} said it");
        }
        var places = quotes.Select(q => (Quote: q, Medium: QuoteFormatter.MediumOf(q), Venue: VenueSentence(q, theirs))).ToList();
        // The venue the quote just shown names in its own sentences; else the first named venue; else what its own sentences say; else any.
        bool justShown = recent.Count > 0;
        var first = justShown && places[0].Venue is { Own: true, Named: true } ? places[0] : default;
        if (first.Quote is null) first = places.FirstOrDefault(p => p.Venue is { Named: true });
        if (first.Quote is null && justShown && (places[0].Venue is { Own: true } || places[0].Medium is not null)) first = places[0];
        if (first.Quote is null) first = places.FirstOrDefault(p => p.Venue is not null || p.Medium is not null);
        if (first.Quote is null) first = places[0];
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

    /// <summary>The quote of theirs the question's words fit ("where did he say nato is obsolete"), or null.</summary>
    private static QuoteRef? Matching(Turn turn, IReadOnlyList<QuoteRef> theirs)
    {
        if (turn.Reading.Content is not { Length: > 0 } words || Words.Keys(words).Count == 0) return null;
        var keys = theirs.Select(q => q.Key).ToHashSet();
        return turn.Index.FindQuotes(words, AnswerThresholds.MostCandidates, turn.Cancellation)
            .FirstOrDefault(m => keys.Contains(m.Quote.Key) && m.Score >= AnswerThresholds.Closest)?.Quote;
    }

    /// <summary>
    /// Quotes the article gives to a description of the speaker rather than their name: a quote whose speaker has no
    /// proper name ("Obama's former campaign strategist") in the sentence right after one quoting this speaker ("David
    /// Axelrod called on Dean to apologize. “…,” Obama's former campaign strategist said in an interview with CNN").
    /// News names a person once and then describes them; where they said it is often told with the description.
    /// </summary>
    private static IEnumerable<QuoteRef> Described(IReadOnlyList<QuoteRef> theirs)
    {
        foreach (var group in theirs.GroupBy(q => q.Article))
        {
            var article = group.Key;
            var ids = group.Select(q => q.Quote.Id).ToHashSet(StringComparer.Ordinal);
            var sentences = group.SelectMany(q => Sentences.Overlapping(article.Article, q.Quote.Span)).Select(s => s.Index).ToHashSet();
            foreach (var quote in article.Analysis.Quotes)
            {
                if (ids.Contains(quote.Id) || article.Analysis.SpeakerOf(quote) is not { } speaker || !IsDescription(speaker)) continue;
                if (Sentences.Overlapping(article.Article, quote.Span) is { Count: > 0 } own && sentences.Contains(own[0].Index - 1))
                    yield return new QuoteRef(article, quote, speaker);
            }
        }
    }

    /// <summary>
    /// The sentence that says when: the quote's own sentences and attribution, then those just before it about the speaker,
    /// whose narrative (not the words in quotation marks) names a time ("he said in August", "Trump warned in Everett recently").
    /// </summary>
    private static Venue? TimeSentence(QuoteRef quote) => SentenceSaying(quote, TimeWords.NameATime);

    /// <summary>The quote's own sentence whose narrative says whom the speaker told ("Shah told InsideSources", "she told reporters").</summary>
    private static Venue? TellingSentence(QuoteRef quote) => SentenceSaying(quote, NamesWhomTold, near: false);

    private static Venue? SentenceSaying(QuoteRef quote, Func<string, bool> says, bool near = true)
    {
        var article = quote.Article.Article;
        var around = near ? Sentences.InParagraphs(article, quote.Quote.Paragraph - 1, quote.Quote.Paragraph).Where(s => AboutTheSpeaker(article, s, quote)) : [];
        var candidates = QuoteSetting.SentencesOf(article, quote.Quote, quote.Speaker).Concat(around).DistinctBy(s => s.Index).ToList();
        var quoteSpans = QuotedSpans(quote.Article, candidates);
        return candidates.Where(s => says(Narrative(article, s, quoteSpans)))
            .Select(s => new Venue(Trimmed(article.Slice(s.Span)), s.Paragraph, Named: true, Own: true)).FirstOrDefault();
    }

    /// <summary>"told reporters", "told InsideSources", "tells the BBC": a verb of telling and then whom, not a clause ("told him that").</summary>
    private static bool NamesWhomTold(string narrative)
    {
        var tokens = Words.Tokens(narrative);
        for (int i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i] is "told" or "tells" or "tell" or "telling" && tokens[i + 1] is not ("that" or "it" or "so" or "him" or "her" or "them" or "us" or "me" or "you"))
                return true;
        return false;
    }

    /// <param name="Own">The quote's own sentences say it (not another quote's, nor a sentence near it).</param>
    private sealed record Venue(string Text, int Paragraph, bool Named, bool Own);

    /// <summary>
    /// The sentence that says where: the quote's own sentences and attribution, then the sentences about
    /// the speaker just before it, then those of the speaker's other quotes, then other sentences naming them;
    /// read without the words in quotation marks (a "speech" inside them is no venue). A sentence that names the
    /// venue ("an interview with CNN's Wolf Blitzer", "a Facebook post") wins over one that only says
    /// "in an interview".
    /// </summary>
    private static Venue? VenueSentence(QuoteRef quote, IReadOnlyList<QuoteRef> theirs)
    {
        var article = quote.Article.Article;
        IEnumerable<Sentence> Own(QuoteRef q) => QuoteSetting.SentencesOf(article, q.Quote, q.Speaker);
        var own = Own(quote).ToList();
        var ownIndexes = own.Select(s => s.Index).ToHashSet();
        var near = Sentences.InParagraphs(article, quote.Quote.Paragraph - NearParagraphs, quote.Quote.Paragraph).Where(s => AboutTheSpeaker(article, s, quote));
        var candidates = own
            .Concat(near)
            .Concat(theirs.Where(q => q.Article == quote.Article && q != quote).Take(MostOtherQuotes).SelectMany(Own))
            .Concat(quote.Speaker is { } speaker ? QuoteFormatter.SentencesNaming(article, [speaker.Name, .. speaker.Aliases], MostNamingSentences) : [])
            .DistinctBy(s => s.Index).ToList();
        var quoteSpans = QuotedSpans(quote.Article, candidates);
        Venue? generic = null;
        foreach (var sentence in candidates)
        {
            var narrative = Narrative(article, sentence, quoteSpans);
            if (!MediumDetector.NamesAVenue(narrative)) continue;
            var venue = new Venue(Trimmed(article.Slice(sentence.Span)), sentence.Paragraph, NamesTheVenue(narrative), ownIndexes.Contains(sentence.Index));
            if (venue.Named) return venue;
            if (venue.Own && generic is not { Own: true }) generic = venue;
            generic ??= venue;
        }
        return generic;
    }

    /// <summary>
    /// Whether a sentence near a quote is about its speaker: it names them, or it has a pronoun of theirs
    /// ("In an interview, she said …") and names no one else the article quotes.
    /// </summary>
    private static bool AboutTheSpeaker(Article article, Sentence sentence, QuoteRef quote)
    {
        if (quote.Speaker is not { } speaker) return false;
        var words = Words.Tokens(article.Slice(sentence.Span));
        var names = QuoteSetting.SpeakerWords(speaker, quote.Article.Analysis.Speakers);
        if (words.Any(w => names.Contains(w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w))) return true;
        var pronouns = speaker.Gender switch { Gender.Female => ["she", "her"], Gender.Male => ["he", "his", "him"], _ => new[] { "they", "he", "she" } };
        if (!words.Any(pronouns.Contains)) return false;
        // Others by name: a "speaker" the engine knows only by a role ("the nominee") may well be this one.
        var others = quote.Article.Analysis.Speakers.Where(s => s.Id != speaker.Id && s.IsQuoted && HasProperName(s)).SelectMany(s => QuoteSetting.SpeakerWords(s)).ToHashSet();
        return !words.Any(others.Contains);
    }

    /// <summary>A person known only by a description, not one that says whose they are ("his spokesman" is someone else).</summary>
    private static bool IsDescription(Speaker speaker) =>
        speaker.Kind == SpeakerKind.Person && !HasProperName(speaker)
        && Words.Tokens(speaker.Name).FirstOrDefault() is not ("his" or "her" or "their" or "its");

    private static bool HasProperName(Speaker speaker) => speaker.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts && char.IsUpper(parts[^1][0]);

    /// <summary>The quoted words within these sentences: the article's quotes in text order, each sentence's found by binary search.</summary>
    private static List<TextSpan> QuotedSpans(IndexedArticle article, IReadOnlyList<Sentence> sentences)
    {
        // Only the words in quotation marks: reported speech is the article's own narrative.
        var pieces = article.Analysis.Quotes.Where(q => q.Kind != QuoteKind.Indirect).SelectMany(q => q.Pieces.Count > 0 ? q.Pieces : [q.Span]).OrderBy(p => p.Start).ToList();
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
