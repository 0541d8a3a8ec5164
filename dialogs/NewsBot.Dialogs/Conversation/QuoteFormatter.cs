using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Conversation;

/// <summary>Words for quotes and speakers: names with roles, quotes in the article's words, where they stand.</summary>
public sealed class QuoteFormatter(IQuoteIndex index)
{
    public bool ManyArticles => index.ArticlesInPlay > 1;

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

    /// <summary>
    /// A quote's words as the user sees them. Verbatim quotes are wrapped in curly quotes unless
    /// they carry the article's own quotation marks (which then show exactly what is verbatim);
    /// reported speech is the article's paraphrase, so it is labelled as such and never put in quotes.
    /// </summary>
    public static string QuoteText(Quote quote)
    {
        var trimmed = quote.Text.Trim();
        return quote.Kind == QuoteKind.Indirect ? "(reported) " + Markdown.Escape(trimmed) : Verbatim(trimmed);
    }

    /// <summary>Verbatim words in curly quotes, unless they already hold the article's quotation marks.</summary>
    public static string Verbatim(string text) => text.IndexOfAny(QuoteMarks) >= 0 ? Markdown.Escape(text.Trim()) : Quoted(text);

    private static readonly char[] QuoteMarks = ['"', '\u201c', '\u201d', '\u00ab', '\u00bb'];

    /// <summary>"(paragraph 5)" or "(paragraph 5 of “Title”)" when several articles are loaded.</summary>
    public string Where(IndexedArticle article, int paragraphIndex)
    {
        var number = ParagraphNumber(article, paragraphIndex);
        var paragraph = number > 0 ? $"paragraph {number}" : "the article";
        return ManyArticles ? $"({paragraph} of {Quoted(article.Title)}{Dated(article)})" : $"({paragraph})";
    }

    /// <summary>"paragraph 5" (no article name: answers name it once above their quotes).</summary>
    public string Paragraph(IndexedArticle article, int paragraphIndex) =>
        ParagraphNumber(article, paragraphIndex) is > 0 and var number ? $"paragraph {number}" : "the article";

    /// <summary>", 12 September 2016" when the article's publication date is known.</summary>
    public static string Dated(IndexedArticle article) =>
        article.Published is { } date ? ", " + date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : "";

    /// <summary>Paragraphs as a reader counts them: page chrome left out, from 1.</summary>
    public static int ParagraphNumber(IndexedArticle article, int paragraphIndex) =>
        article.Article.Paragraphs.Count(p => !p.IsChrome && p.Index <= paragraphIndex);

    /// <summary>One line: who (role) said “…” (paragraph n).</summary>
    public string Line(QuoteRef quote, string verb = "said")
    {
        var medium = MediumOf(quote);
        var how = medium is null ? verb : $"{verb} ({Markdown.Escape(OnMedium(medium))})";
        return $"{NameWithRole(quote)} {how}: {QuoteText(quote.Quote)} {Where(quote.Article, quote.Quote.Paragraph)}";
    }

    /// <summary>Just the quote and where it stands, for lists under one speaker.</summary>
    public string Bullet(QuoteRef quote) => $"- {QuoteText(quote.Quote)} {Where(quote.Article, quote.Quote.Paragraph)}";

    public QuoteView View(QuoteRef quote) => new(
        SpeakerName(quote),
        quote.SpeakerRef is { } s ? MainRole(s) : null,
        quote.Quote.Text.Trim(),
        ParagraphNumber(quote.Article, quote.Quote.Paragraph),
        MediumOf(quote),
        ManyArticles ? quote.Article.Title + Dated(quote.Article) : null,
        quote.Quote.Kind == QuoteKind.Indirect) { ArticleKey = quote.Article.Key };

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
        var sentences = Sentences.Overlapping(article, quote.Span);
        if (sentences.Count == 0) return "";
        var span = new TextSpan(sentences[0].Span.Start, sentences[^1].Span.End);
        var text = article.Slice(span).ToCharArray();
        foreach (var piece in quote.Pieces.Count > 0 ? quote.Pieces : [quote.Span])
            for (int i = Math.Max(piece.Start, span.Start); i < Math.Min(piece.End, span.End); i++) text[i - span.Start] = ' ';
        return new string(text);
    }

    /// <summary>Sentences where a name occurs (capitalised words, small typos allowed), in article order.</summary>
    public static IReadOnlyList<Sentence> SentencesNaming(Article article, IEnumerable<string> names, int max)
    {
        var wanted = names.SelectMany(NameMatcher.NameWords).Where(w => w.Length >= 2 && !Words.IsStopWord(w)).Distinct().ToList();
        if (wanted.Count == 0) return [];
        return Words.TokensWithOffsets(article.Text)
            .Where(t => char.IsUpper(article.Text[t.Start]) && wanted.Any(w => w == t.Text || EditDistance.IsClose(w, t.Text)))
            .Select(t => SentenceAt(article, t.Start)).OfType<Sentence>()
            .DistinctBy(s => s.Index).Take(max).ToList();
    }

    /// <summary>Sentences holding a whole name, its words one after another (any case, accents folded), in article order.</summary>
    public static IReadOnlyList<Sentence> SentencesWithName(Article article, string name, int max)
    {
        var wanted = Words.Tokens(name);
        if (wanted.Count == 0) return [];
        var tokens = Words.TokensWithOffsets(article.Text);
        var found = new List<Sentence>();
        for (int i = 0; i + wanted.Count <= tokens.Count && found.Count < max; i++)
        {
            int j = 0;
            while (j < wanted.Count && (tokens[i + j].Text == wanted[j] || j == wanted.Count - 1 && tokens[i + j].Text == wanted[j] + "'s")) j++;
            if (j == wanted.Count && SentenceAt(article, tokens[i].Start) is { } sentence && !found.Contains(sentence)) found.Add(sentence);
        }
        return found;
    }

    /// <summary>The sentence of an article that holds a position, for showing context.</summary>
    public static Sentence? SentenceAt(Article article, int position) => Sentences.At(article, position);

    public string Passage(IndexedArticle article, Sentence sentence) =>
        $"{Quoted(article.Article.Slice(WithIntroduction(article.Article, sentence)))} {Where(article, sentence.Paragraph)}";

    /// <summary>
    /// A sentence with what a colon ties to it: the sentence before when that one ends in a colon
    /// ("The Times reports:"), the sentence after when this one does.
    /// </summary>
    public static TextSpan WithIntroduction(Article article, Sentence sentence)
    {
        var span = sentence.Span;
        var sentences = article.Sentences;
        int at = sentence.Index;
        if (at > 0 && at - 1 < sentences.Count && EndsWithColon(article, sentences[at - 1])) span = TextSpan.Cover(span, sentences[at - 1].Span);
        if (EndsWithColon(article, sentence) && at + 1 < sentences.Count) span = TextSpan.Cover(span, sentences[at + 1].Span);
        return span;
    }

    private static bool EndsWithColon(Article article, Sentence sentence) => article.Slice(sentence.Span).TrimEnd().EndsWith(':');

    /// <summary>
    /// The sentences around a quote that hold its attribution (cue and speaker mention), when they
    /// say more than the quote itself; null when there is nothing to add or it would be too long.
    /// </summary>
    public static string? Context(QuoteRef quote, int maxLength = 600)
    {
        var article = quote.Article.Article;
        var q = quote.Quote;
        var cover = q.Span;
        if (q.CueSpan is { } cue) cover = TextSpan.Cover(cover, cue);
        if (q.SpeakerMention is { } mention) cover = TextSpan.Cover(cover, mention);
        var sentences = Sentences.Overlapping(article, cover);
        if (sentences.Count == 0) return null;
        var text = article.Slice(new TextSpan(sentences[0].Span.Start, sentences[^1].Span.End)).Trim();
        return text.Length > maxLength || text.Length <= q.Text.Length + 12 ? null : text;
    }
}
