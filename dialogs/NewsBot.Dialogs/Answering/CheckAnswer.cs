using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Understanding;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// "Did Kirby say the White House knew in advance?": a verdict with its evidence. Said word for word;
/// said in other words (the words shown); said by someone else (who); or not in the articles. Never a
/// yes for words no quote of theirs supports.
/// </summary>
public sealed class CheckAnswer
{
    public Answer Answer(Turn turn)
    {
        var claim = turn.Reading.Quoted ?? turn.Reading.Content;
        if (claim is null || Language.Words.Keys(claim).Count == 0) return new SpeakerQuotesAnswer().Answer(turn);
        var r = turn.Reading;
        var resolution = r.Speaker is { } typed ? turn.People.Resolve(typed) : turn.People.ResolvePronoun(r.PronounGender, turn.Memory);
        var matches = turn.Index.FindQuotes(claim, AnswerThresholds.MostCandidates, turn.Cancellation);
        if (resolution is not Resolution.Found found)
        {
            if (resolution is Resolution.Ambiguous ambiguous) return SpeakerReplies.AskWhich(turn, ambiguous);
            var anyone = matches.FirstOrDefault();
            var who = r.Speaker is null ? "them" : Markdown.Bold(AsName(r.Speaker));
            if (anyone is not null && turn.Index.Cover(claim, anyone.Quote) >= AnswerThresholds.InOtherWords)
                return Verdict(turn, anyone.Quote, $"Not {who}: no one of that name is quoted here, but {turn.Format.Line(anyone.Quote)}");
            return resolution is Resolution.OnlyInText inText ? SpeakerReplies.MentionedInTextOnly(turn, inText) : SpeakerReplies.NoOneNamed(turn, r.Speaker);
        }
        var main = found.Main;
        turn.Memory.FocusOn(main);
        var person = turn.People.PersonKey(main);
        var theirs = matches.Where(m => m.Quote.SpeakerRef is { } s && turn.People.PersonKey(s) == person).ToList();
        // A verdict is strict: every word the claim has counts, also those no article uses.
        var best = theirs.FirstOrDefault() is { } top ? top with { Score = turn.Index.Cover(claim, top.Quote) } : null;
        var name = QuoteFormatter.NameWithRole(main);
        // Reported speech is the article's paraphrase: it can say so, never that these were their words.
        if (best is not null && best.Score >= AnswerThresholds.InOtherWords && best.Quote.Quote.Kind == Quotes.QuoteKind.Indirect)
            return Verdict(turn, best.Quote, $"Yes, the article reports it, in its own words: {name} said {QuoteFormatter.QuoteText(best.Quote.Quote)} ({Place(turn, best.Quote)}).");
        if (best is not null && best.Score >= AnswerThresholds.WordForWord && WordForWord(claim, best.Quote))
            return Verdict(turn, best.Quote, $"Yes, word for word: {name} said {QuoteFormatter.QuoteText(best.Quote.Quote)} ({Place(turn, best.Quote)}).");
        if (best is not null && best.Score >= AnswerThresholds.InOtherWords)
            return Verdict(turn, best.Quote, $"Yes, in other words: {name} said {QuoteFormatter.QuoteText(best.Quote.Quote)} ({Place(turn, best.Quote)}).");
        var other = matches.Where(m => m.Quote.SpeakerRef is null || turn.People.PersonKey(m.Quote.SpeakerRef) != person).Take(1)
            .FirstOrDefault(m => turn.Index.Cover(claim, m.Quote) >= AnswerThresholds.InOtherWords);
        if (other is not null)
            return Verdict(turn, other.Quote, $"Not {name}: {turn.Format.NameWithRole(other.Quote)} said that: {QuoteFormatter.QuoteText(other.Quote.Quote)} ({Place(turn, other.Quote)}).");
        if (!found.IsQuoted) return SpeakerReplies.MentionedNotQuoted(turn, main);
        if (best is not null && best.Score >= AnswerThresholds.Closest)
            return Verdict(turn, best.Quote, $"Not that I can find: the closest {name} comes is {QuoteFormatter.QuoteText(best.Quote.Quote)} ({Place(turn, best.Quote)}).");
        return Conversation.Answer.Plain($"No: nothing {name} is quoted as saying is like {QuoteFormatter.Quoted(Echo(claim))}. Ask **what did {Markdown.Escape(main.Speaker.Name)} say?** for what {SpeakerQuotesAnswer.They(main)} did say.");
    }

    /// <summary>Whether the quote holds the claim's words one after another (case and punctuation aside): only then "word for word".</summary>
    private static bool WordForWord(string claim, QuoteRef quote)
    {
        var said = string.Join(' ', Language.Words.Tokens(quote.Quote.Text));
        var asked = string.Join(' ', Language.Words.Tokens(claim));
        return asked.Length > 0 && (" " + said + " ").Contains(" " + asked + " ", StringComparison.Ordinal);
    }

    private static string Place(Turn turn, QuoteRef quote) =>
        turn.Format.ManyArticles ? $"{turn.Format.Paragraph(quote.Article, quote.Quote.Paragraph)} of {QuoteFormatter.Quoted(quote.Article.Title)}" : turn.Format.Paragraph(quote.Article, quote.Quote.Paragraph);

    private static Answer Verdict(Turn turn, QuoteRef quote, string lead)
    {
        turn.FocusOnSpeakerOf(quote);
        turn.Memory.Showed([quote.Key], []);
        // Beside the card (which shows the quote) the verdict alone: up to its colon.
        var verdict = lead.Contains(": ", StringComparison.Ordinal) ? lead[..lead.IndexOf(": ", StringComparison.Ordinal)] + "." : lead;
        var text = new AnswerText(turn.Format).Lead(lead).Card(quote, verdict);
        if (QuoteFormatter.Context(quote) is { } context) text.Evidence($"In the article: {QuoteFormatter.Quoted(context)}");
        return text.Build(cardTitle: "Checked against the article");
    }
}
