using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Conversation;

/// <summary>Words for quotes and speakers: names with roles, quotes in the article's words, where they stand.</summary>
public sealed class QuoteFormatter(IQuoteIndex index)
{
    private bool ManyArticles => index.Articles.Count > 1;

    public static string? MainRole(SpeakerRef speaker) => speaker.Speaker.Roles.FirstOrDefault(r => !string.IsNullOrWhiteSpace(r));

    /// <summary>"**Hua Chunying** (Chinese Foreign Ministry Spokesperson)".</summary>
    public static string NameWithRole(SpeakerRef speaker)
    {
        var role = MainRole(speaker);
        return role is null ? Markdown.Bold(speaker.Speaker.Name) : $"{Markdown.Bold(speaker.Speaker.Name)} ({Markdown.Escape(role)})";
    }

    public static string SpeakerName(QuoteRef quote) => quote.Speaker?.Name ?? (string.IsNullOrWhiteSpace(quote.Quote.SpeakerName) ? "an unnamed source" : quote.Quote.SpeakerName);

    public string NameWithRole(QuoteRef quote) =>
        quote.SpeakerRef is { } speaker ? NameWithRole(speaker) : Markdown.Bold(SpeakerName(quote));

    /// <summary>The quote's own words in curly quotes, escaped.</summary>
    public static string Quoted(string text) => "\u201c" + Markdown.Escape(text.Trim()) + "\u201d";

    /// <summary>"(paragraph 5)" or "(paragraph 5 of “Title”)" when several articles are loaded.</summary>
    public string Where(IndexedArticle article, int paragraphIndex)
    {
        var number = ParagraphNumber(article, paragraphIndex);
        var paragraph = number > 0 ? $"paragraph {number}" : "the article";
        return ManyArticles ? $"({paragraph} of {Quoted(article.Title)})" : $"({paragraph})";
    }

    /// <summary>Paragraphs as a reader counts them: page chrome left out, from 1.</summary>
    public static int ParagraphNumber(IndexedArticle article, int paragraphIndex) =>
        article.Article.Paragraphs.Count(p => !p.IsChrome && p.Index <= paragraphIndex);

    /// <summary>One line: who (role) said “…” (paragraph n).</summary>
    public string Line(QuoteRef quote, string verb = "said")
    {
        var medium = MediumOf(quote);
        var how = medium is null ? verb : $"{verb} ({Markdown.Escape(OnMedium(medium))})";
        return $"{NameWithRole(quote)} {how}: {Quoted(quote.Quote.Text)} {Where(quote.Article, quote.Quote.Paragraph)}";
    }

    /// <summary>Just the quote and where it stands, for lists under one speaker.</summary>
    public string Bullet(QuoteRef quote) => $"- {Quoted(quote.Quote.Text)} {Where(quote.Article, quote.Quote.Paragraph)}";

    public QuoteView View(QuoteRef quote) => new(
        SpeakerName(quote),
        quote.SpeakerRef is { } s ? MainRole(s) : null,
        quote.Quote.Text.Trim(),
        ParagraphNumber(quote.Article, quote.Quote.Paragraph),
        MediumOf(quote),
        ManyArticles ? quote.Article.Title : null);

    public static string OnMedium(string medium) => medium switch
    {
        "Twitter" or "Facebook" or "Instagram" => "on " + medium,
        _ => "in " + medium,
    };

    /// <summary>
    /// The medium the engine gives, else one read from the cue and the words around the quote
    /// (never from the quote's own words, which may talk about statements or tweets).
    /// </summary>
    public static string? MediumOf(QuoteRef quote)
    {
        var q = quote.Quote;
        if (!string.IsNullOrWhiteSpace(q.Medium)) return MediumDetector.FromWords(q.Medium) ?? q.Medium.Trim();
        var fromCue = MediumDetector.FromWords(q.Cue);
        if (fromCue is not null) return fromCue;
        return MediumDetector.FromWords(Surroundings(quote.Article.Article, q));
    }

    /// <summary>The sentences holding the quote, with the quoted words themselves removed.</summary>
    public static string Surroundings(Article article, Quote quote)
    {
        var sentences = article.Sentences.Where(s => s.Span.Overlaps(quote.Span)).ToList();
        if (sentences.Count == 0) return "";
        var span = new TextSpan(sentences[0].Span.Start, sentences[^1].Span.End);
        var text = article.Slice(span).ToCharArray();
        foreach (var piece in quote.Pieces.Count > 0 ? quote.Pieces : [quote.Span])
            for (int i = Math.Max(piece.Start, span.Start); i < Math.Min(piece.End, span.End); i++) text[i - span.Start] = ' ';
        return new string(text);
    }

    /// <summary>The sentence of an article that holds a position, for showing context.</summary>
    public static Sentence? SentenceAt(Article article, int position) =>
        article.Sentences.FirstOrDefault(s => s.Span.Contains(position)) ?? article.Sentences.FirstOrDefault(s => s.Span.Start >= position);

    public string Passage(IndexedArticle article, Sentence sentence) =>
        $"{Quoted(article.Article.Slice(sentence.Span))} {Where(article, sentence.Paragraph)}";
}
