using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Understanding;
using NewsBot.Quotes;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>What the article is about, as a quote index can tell: its headline, its speakers and each one's main statement.</summary>
public sealed class ArticleAboutAnswer
{
    private const int MainStatementLength = 220;

    public Answer Answer(Turn turn)
    {
        if (turn.Index.Articles.Count == 0) return Conversation.Answer.Plain("I have no articles loaded.");
        var text = new AnswerText(turn.Format);
        var articles = turn.Index.Articles;
        text.Lead(articles.Count == 1
            ? $"{QuoteFormatter.Quoted(articles[0].Title)}{QuoteFormatter.Dated(articles[0])}: {Count(articles[0].Analysis.Quotes.Count, "quote")} from {Count(articles[0].Analysis.QuotedSpeakers.Count(), "speaker")}. Who says what:"
            : $"{Count(turn.Index.ArticlesInPlay, "article")}; who says what in them:");
        foreach (var article in articles)
        {
            if (articles.Count > 1) text.Bullet($"{QuoteFormatter.Quoted(article.Title)}{QuoteFormatter.Dated(article)}:");
            foreach (var speaker in turn.Index.Speakers.Where(s => s.Article == article && s.Speaker.IsQuoted).OrderByDescending(s => s.Speaker.QuoteCount).Take(AnswerThresholds.MostSpeakers))
            {
                var quotes = turn.Index.QuotesBy(speaker);
                var main = quotes.Where(q => q.Quote.Kind != QuoteKind.Indirect && q.Quote.Text.Length <= MainStatementLength).MaxBy(q => q.Quote.Text.Length)
                    ?? quotes.OrderBy(q => q.Quote.Text.Length).First();
                text.Bullet($"{QuoteFormatter.NameWithRole(speaker)}: {QuoteFormatter.QuoteText(main.Quote)}");
            }
        }
        turn.Memory.Answered(new LastQuestion { Ask = nameof(Ask.About) });
        return text.Build();
    }
}
