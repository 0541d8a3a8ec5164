using System.Text;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Language;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// "Export the quotes": every quote of the articles in play (one article, or all of a small
/// store), or one person's quotes however each article names them, as a spreadsheet. The answer
/// says what the file holds; the channel decides how it is handed over (<see cref="Hosting.ExportRenderer"/>).
/// Over a large store without one article chosen it asks which, rather than export thousands.
/// </summary>
public sealed class ExportAnswer
{
    private const int FileNameLength = 40;

    public Answer Answer(Turn turn)
    {
        var index = turn.Index;
        if (index.ArticlesInPlay == 0) return Conversation.Answer.Plain("I have no articles, so no quotes to export yet.");
        if (turn.Reading.HasSpeaker) return SpeakerReplies.TryFind(turn, out var found, out var reply) ? OfPerson(turn, found) : reply!;
        if (index.ArticlesInPlay > index.Articles.Count || index.Articles.Count > QuoteExport.MostArticles)
            return Conversation.Answer.Plain($"I have {index.ArticlesInPlay:N0} articles: which one's quotes? Say **use the article about** a topic (or **use article** and its number), " +
                "then **export the quotes**; or **export quotes by** someone.");
        var articles = index.Articles.Select(a => new ExportedArticle(a.Key, [])).ToList();
        int count = index.AllQuotes.Count;
        var what = index.Articles.Count == 1
            ? $"the {Count(count, "quote")} of {QuoteFormatter.Quoted(index.Articles[0].Title)}"
            : $"the {Count(count, "quote")} of {Count(index.Articles.Count, "article")}";
        var name = index.Articles.Count == 1 ? index.Articles[0].Title : "all articles";
        return Exported(new QuoteExport(articles, count, FileName(name), what));
    }

    private static Answer OfPerson(Turn turn, Understanding.Resolution.Found found)
    {
        var main = found.Main;
        turn.Memory.FocusOn(main.Key, main.Speaker.Gender);
        var quoted = found.Speakers.Where(s => s.Speaker.IsQuoted).ToList();
        if (quoted.Count == 0) return SpeakerReplies.MentionedNotQuoted(turn, main);
        var articles = quoted.GroupBy(s => s.Article.Key).Select(g => new ExportedArticle(g.Key, g.Select(s => s.Speaker.Id).Distinct().ToList())).ToList();
        int count = quoted.Sum(s => turn.Index.QuotesBy(s).Count);
        var what = $"{QuoteFormatter.NameWithRole(main)}'s {Count(count, "quote")}{(articles.Count > 1 ? $" from {Count(articles.Count, "article")}" : "")}";
        // Over a large store the turn read only the newest articles that quote them: say so.
        if (turn.Index.ArticlesInPlay > turn.Index.Articles.Count) what += $" in the {Count(articles.Count, "article")} I read for this (the newest that quote them, of {turn.Index.ArticlesInPlay:N0})";
        return Exported(new QuoteExport(articles, count, FileName(main.Speaker.Name), what));
    }

    private static Answer Exported(QuoteExport export)
    {
        if (export.QuoteCount == 0) return Conversation.Answer.Plain("I found no quotes there to export.");
        return new Answer(Lead(export), [], []) { Export = export };
    }

    /// <summary>What an export's message says where the file comes with it.</summary>
    public static string Lead(QuoteExport export)
    {
        var lead = $"Here are {export.Description} as a spreadsheet (CSV: speaker, role, quote, kind, paragraph, article, date).";
        return export.QuoteCount > QuoteExport.MostRows
            ? lead + $" The file holds the first {QuoteExport.MostRows:N0} of the {export.QuoteCount:N0}, in the articles' order."
            : lead;
    }

    /// <summary>"quotes-dana-whitfield.csv": letters and digits of what is exported, for the file's name.</summary>
    public static string FileName(string of)
    {
        var slug = new StringBuilder();
        foreach (var c in Words.Fold(of))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= FileNameLength) break;
        }
        var name = slug.ToString().Trim('-');
        return name.Length == 0 ? "quotes.csv" : $"quotes-{name}.csv";
    }
}
