using System.Text;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// An answer's words: the lead (the answer itself, first), the quotes as evidence, and notes. In text
/// the quotes are bullets under the lead; beside a card the text is the lead and notes alone, and the
/// card shows the quotes, so no channel shows the same quotes twice. With several articles in play,
/// bullets are grouped under their article, named once, shortened.
/// </summary>
public sealed class AnswerText(QuoteFormatter format)
{
    private const int ShortTitle = 60;

    private readonly StringBuilder _lead = new();
    private readonly List<string> _bullets = [];
    private readonly List<string> _notes = [];
    private readonly List<string> _evidence = [];
    private string? _cardLead;
    private readonly List<QuoteView> _views = [];
    private string? _lastArticle;

    public AnswerText Lead(string markdown)
    {
        _lead.Append(markdown);
        return this;
    }

    /// <summary>A quote as a bullet, under its article's name when several articles are in play.</summary>
    public AnswerText Quote(QuoteRef quote, bool withSpeaker = false, string? how = null)
    {
        GroupUnder(quote.Article);
        var who = withSpeaker ? $"{format.NameWithRole(quote)}{(how is null ? "" : " " + how)}: " : how is null ? "" : how + ": ";
        _bullets.Add($"- {who}{QuoteFormatter.QuoteText(quote.Quote)} ({format.Paragraph(quote.Article, quote.Quote.Paragraph)})");
        _views.Add(format.View(quote));
        return this;
    }

    public AnswerText Bullet(string markdown)
    {
        _bullets.Add("- " + markdown);
        return this;
    }

    public AnswerText Note(string markdown)
    {
        if (markdown.Length > 0) _notes.Add(markdown);
        return this;
    }

    /// <summary>Evidence that the text shows after the answer, and a card shows instead (the article's sentence around a quote).</summary>
    public AnswerText Evidence(string markdown)
    {
        if (markdown.Length > 0) _evidence.Add(markdown);
        return this;
    }

    /// <summary>A single quote as the card's: the text beside the card says <paramref name="lead"/> (the answer without the quote's words).</summary>
    public AnswerText Card(QuoteRef quote, string lead)
    {
        _views.Add(format.View(quote));
        _cardLead = lead;
        return this;
    }

    private void GroupUnder(IndexedArticle article)
    {
        if (!format.ManyArticles || _lastArticle == article.Key) return;
        _lastArticle = article.Key;
        _bullets.Add($"In {QuoteFormatter.Quoted(Short(article.Title))}{QuoteFormatter.Dated(article)}:");
    }

    private static string Short(string title)
    {
        if (title.Length <= ShortTitle) return title;
        int cut = title.LastIndexOf(' ', ShortTitle);
        return title[..(cut > 20 ? cut : ShortTitle)].TrimEnd(',', ';', ':', ' ') + "\u2026";
    }

    public Answer Build(IReadOnlyList<string>? choices = null, string? cardTitle = null)
    {
        var text = new StringBuilder(_lead.ToString());
        foreach (var bullet in _bullets) text.Append('\n').Append(bullet);
        var notes = _notes.Count > 0 ? "\n\n" + string.Join("\n\n", _notes) : "";
        var evidence = _evidence.Count > 0 ? "\n\n" + string.Join("\n\n", _evidence) : "";
        return new Answer(text + evidence + notes, _views, choices ?? [], cardTitle) { CardText = _views.Count > 0 ? (_cardLead ?? _lead.ToString()) + notes : null };
    }
}
