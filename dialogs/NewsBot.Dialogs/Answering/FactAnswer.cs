using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;
using NewsBot.Dialogs.Understanding;
using NewsBot.Quotes;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// "How many firefighters will Canada hire?": the bot knows no facts of its own, so it gives the article's
/// sentences that fit the question best, word for word, and whom the article attributes each to when a
/// quote covers it. The speaker of the best one takes the focus, so "who said that?" follows on.
/// </summary>
public sealed class FactAnswer
{
    private const int MostPassages = 3;

    /// <summary>Another sentence is shown beside the best when it fits this share of it.</summary>
    private const double OtherShare = 0.8;

    public Answer Answer(Turn turn)
    {
        var words = turn.Reading.Content ?? turn.Reading.Text;
        var asTyped = turn.Index.FindPassages(words, MostPassages, turn.Cancellation);
        // "how many people died?" finds "23 people were killed": the sentence that fits best in any of the words' forms
        var found = FactWords.Variants(words)
            .SelectMany(variant => turn.Index.FindPassages(variant, MostPassages, turn.Cancellation)).Concat(asTyped)
            .GroupBy(p => (p.Article.Key, p.Sentence.Index)).Select(g => g.MaxBy(p => p.Score)!)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Sentence.Span.Start).Take(MostPassages).ToList();
        var passages = found.Where(p => p.Score >= AnswerThresholds.Passage).ToList();
        // Fewer of the words: offered as the closest the article comes, not as the answer
        bool closest = passages.Count == 0;
        // (in the words as typed: another form of one word is no evidence of a weak match)
        if (closest) passages = asTyped.Take(1).Where(p => p.Score >= AnswerThresholds.Closest).ToList();
        if (passages.Count == 0)
            return Conversation.Answer.Plain($"I couldn't find that in the article: no sentence says {QuoteFormatter.Quoted(Echo(words))}. "
                + "I answer from the article's own words; try **who said …** with a few of them, or **who is quoted?**");
        // The headline says it in brief: a body sentence that fits about as well says it with its source.
        if (passages.Count > 1 && IsHeadline(passages[0]) && passages[1].Score >= passages[0].Score * OtherShare)
            passages = [passages[1], passages[0], .. passages.Skip(2)];
        var best = passages[0];
        var source = QuoteIn(best);
        var text = new AnswerText(turn.Format).Lead($"{(closest ? "The closest the article comes" : "The article says")}: {turn.Format.Passage(best.Article, best.Sentence)}{Attribution(turn, source)}");
        foreach (var other in passages.Skip(1).Where(p => p.Score >= best.Score * OtherShare && !IsHeadline(p)))
            text.Bullet($"{turn.Format.Passage(other.Article, other.Sentence)}{Attribution(turn, QuoteIn(other))}");
        if (source is not null)
        {
            turn.FocusOnSpeakerOf(source);
            turn.Memory.Showed([source.Key], []);
        }
        turn.Memory.Answered(new LastQuestion
        {
            Ask = nameof(Ask.Fact), Content = best.Article.Article.Slice(best.Sentence.Span).Trim(),
            SpeakerKeys = source?.SpeakerRef is { } s ? [turn.People.PersonKey(s)] : [],
        });
        return text.Build();
    }

    /// <summary>The quote with a speaker that covers most of the sentence, if any.</summary>
    private static QuoteRef? QuoteIn(PassageMatch passage)
    {
        var analysis = passage.Article.Analysis;
        var sentence = passage.Sentence.Span;
        var quote = analysis.Quotes
            .Where(q => q.Span.Overlaps(sentence) && (analysis.SpeakerOf(q) is not null || q.SpeakerName is { Length: > 0 }))
            .Where(q => q.CueSpan is { } cue && cue.Start >= sentence.Start && cue.End <= sentence.End || 2 * Overlap(q.Span, sentence) >= sentence.Length)
            .MaxBy(q => Overlap(q.Span, sentence));
        return quote is null ? null : new QuoteRef(passage.Article, quote, analysis.SpeakerOf(quote));
    }

    private static bool IsHeadline(PassageMatch passage) =>
        passage.Sentence.Paragraph == 0 && passage.Article.Article.Slice(passage.Sentence.Span).Trim() == passage.Article.Article.Title.Trim();

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static string Attribution(Turn turn, QuoteRef? quote) =>
        quote is null ? "" : $" It attributes this to {turn.Format.NameWithRole(quote)}.";
}
