using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Web.ArticleView;

/// <summary>One person (or organisation, or group) quoted in the article, with the colour their quotes are marked in.</summary>
public sealed record QuotedSpeaker(string Key, string Name, string? Roles, SpeakerKind Kind, int Colour, IReadOnlyList<QuoteLine> Quotes)
{
    public int Direct => Quotes.Count(q => !q.Reported);
    public int Reported => Quotes.Count(q => q.Reported);
}

/// <summary>A quote as the speaker's list of words shows it: the words, whether reported, and the paragraph it stands in.</summary>
public sealed record QuoteLine(string QuoteId, string Text, bool Reported, int ParagraphNumber);

/// <summary>Someone the article names who is not quoted.</summary>
public sealed record MentionedPerson(string Name, string? Roles, SpeakerKind Kind);

/// <summary>A run of a paragraph's text: plain, or part of one quote (<see cref="QuoteId"/>), the first run of that quote marked <see cref="Opens"/>.</summary>
public sealed record TextRun(string Text, string? QuoteId = null, string? SpeakerKey = null, bool Reported = false, bool Opens = false);

/// <summary>
/// A paragraph of the article. <see cref="Number"/> counts paragraphs as a reader does and as
/// answers cite them (site chrome left out, from 1), so "paragraph 4" is /articles/{id}#p4;
/// chrome paragraphs have number 0 and no anchor.
/// </summary>
public sealed record ParagraphRuns(int Number, bool IsChrome, IReadOnlyList<TextRun> Runs);

/// <summary>
/// An article laid out for its page: its paragraphs cut into runs at every quote's edges, its
/// quoted speakers (most quoted first, each with a colour of its own) and the people only mentioned.
/// </summary>
public sealed record ArticleLayout(long Id, string Title, string Source, DateTimeOffset? Published, DateTimeOffset? Added,
    IReadOnlyList<ParagraphRuns> Paragraphs, IReadOnlyList<QuotedSpeaker> Speakers, IReadOnlyList<MentionedPerson> Mentioned)
{
    public int QuoteCount => Speakers.Sum(s => s.Quotes.Count);

    public static ArticleLayout Of(long id, ArticleQuotes analysed, StoredArticle? stored)
    {
        var article = analysed.Article;
        var numbers = ReaderNumbers(article);
        var speakers = QuotedSpeakers(analysed, numbers);
        var speakerOf = speakers.SelectMany(s => s.Quotes.Select(q => (q.QuoteId, s.Key))).ToDictionary(p => p.QuoteId, p => p.Key);
        var pieces = PiecesByParagraph(article, analysed.Quotes);
        var opened = new HashSet<string>();   // across paragraphs: a quote over a paragraph break opens (has its anchor) once
        var paragraphs = article.Paragraphs
            .Select((p, i) => new ParagraphRuns(numbers[p.Index], p.IsChrome, Runs(article.Text, p.Span, pieces[i], speakerOf, opened)))
            .ToList();
        var mentioned = analysed.MentionedOnly
            .Where(s => s.Kind == SpeakerKind.Person)
            .OrderBy(s => s.FirstMention.Start)
            .Select(s => new MentionedPerson(s.Name, Roles(s), s.Kind))
            .ToList();
        return new ArticleLayout(id, ArticleTitles.Shorten(stored?.Title ?? article.Title), SourceName(stored?.Source ?? article.Source),
            stored?.Published, stored?.Added, paragraphs, speakers, mentioned);
    }

    /// <summary>A link as it is; a file by its name alone (the server's folders are nobody's business).</summary>
    public static string SourceName(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? source
        : Path.IsPathRooted(source) ? Path.GetFileName(source) : source;

    /// <summary>Each paragraph's number as a reader counts (chrome left out, from 1); 0 for chrome.</summary>
    public static int[] ReaderNumbers(Article article)
    {
        var numbers = new int[article.Paragraphs.Count];
        int next = 0;
        foreach (var paragraph in article.Paragraphs) numbers[paragraph.Index] = paragraph.IsChrome ? 0 : ++next;
        return numbers;
    }

    private static List<QuotedSpeaker> QuotedSpeakers(ArticleQuotes analysed, int[] numbers)
    {
        var byId = analysed.Speakers.ToDictionary(s => s.Id);
        // A quote the engine could not tie to a known speaker is grouped by the name it carries.
        return analysed.Quotes
            .GroupBy(q => q.SpeakerId is { } id && byId.ContainsKey(id) ? id : "name:" + q.SpeakerName)
            .Select(g => (Key: g.Key, Speaker: byId.GetValueOrDefault(g.Key), Quotes: g.ToList()))
            .OrderByDescending(g => g.Quotes.Count)
            .ThenBy(g => g.Quotes.Min(q => q.Span.Start))
            .Select((g, colour) => new QuotedSpeaker(
                SpeakerKey(g.Key, colour),
                g.Speaker?.Name ?? (string.IsNullOrWhiteSpace(g.Quotes[0].SpeakerName) ? "Unattributed" : g.Quotes[0].SpeakerName),
                g.Speaker is { } s ? Roles(s) : null,
                g.Speaker?.Kind ?? SpeakerKind.Person,
                colour,
                g.Quotes.OrderBy(q => q.Span.Start).Select(q => new QuoteLine(q.Id, q.Text.Trim(), IsReported(q), numbers.ElementAtOrDefault(q.Paragraph))).ToList()))
            .ToList();
    }

    /// <summary>
    /// Reported speech is everything that is not a direct quote: a paraphrase, or a paraphrase with
    /// a few verbatim words in it (whose own quotation marks, in the article's text, show which).
    /// </summary>
    public static bool IsReported(Quote quote) => quote.Kind != QuoteKind.Direct;

    /// <summary>A key safe in an HTML id and a URL fragment, whatever the engine's ids look like.</summary>
    private static string SpeakerKey(string id, int colour) =>
        id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? "s-" + id : "s" + colour.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Roles(Speaker speaker) => speaker.Roles.Count == 0 ? null : string.Join(", ", speaker.Roles.Take(3));

    /// <summary>
    /// Every quote piece clipped to each paragraph it touches, listed by paragraph and in order: one
    /// pass over the pieces with a binary search each, so an article of 20,000 quotes costs no more
    /// than reading them (not paragraphs times quotes).
    /// </summary>
    private static List<(Quote Quote, TextSpan Span)>[] PiecesByParagraph(Article article, IReadOnlyList<Quote> quotes)
    {
        var paragraphs = article.Paragraphs;
        var starts = paragraphs.Select(p => p.Span.Start).ToArray();
        var byParagraph = new List<(Quote, TextSpan)>[paragraphs.Count];
        foreach (var quote in quotes)
            foreach (var piece in quote.Pieces)
            {
                int i = Array.BinarySearch(starts, piece.Start);
                if (i < 0) i = Math.Max(0, ~i - 1);
                for (; i < paragraphs.Count && paragraphs[i].Span.Start < piece.End; i++)
                {
                    var span = paragraphs[i].Span;
                    var clipped = new TextSpan(Math.Max(piece.Start, span.Start), Math.Min(piece.End, span.End));
                    if (!clipped.IsEmpty) (byParagraph[i] ??= []).Add((quote, clipped));
                }
            }
        foreach (var list in byParagraph) list?.Sort((a, b) => a.Item2.Start.CompareTo(b.Item2.Start));
        return byParagraph;
    }

    /// <summary>
    /// The paragraph's text cut at every edge of the quote pieces inside it; where pieces overlap,
    /// the innermost (shortest) one owns the characters, so every character belongs to at most one
    /// quote. A sweep over the edges keeps only the pieces open at each, so the cost follows the
    /// pieces, not their square.
    /// </summary>
    private static List<TextRun> Runs(string text, TextSpan paragraph, List<(Quote Quote, TextSpan Span)>? pieces, IReadOnlyDictionary<string, string> speakerOf, HashSet<string> opened)
    {
        if (pieces is null) return [new TextRun(text[paragraph.Start..paragraph.End])];
        var edges = new SortedSet<int> { paragraph.Start, paragraph.End };
        foreach (var piece in pieces) { edges.Add(piece.Span.Start); edges.Add(piece.Span.End); }

        var runs = new List<TextRun>();
        var open = new List<(Quote Quote, TextSpan Span)>();
        int next = 0;
        int? from = null;
        foreach (var edge in edges)
        {
            if (from is { } start)
            {
                while (next < pieces.Count && pieces[next].Span.Start <= start) open.Add(pieces[next++]);
                open.RemoveAll(p => p.Span.End <= start);
                // Every open piece covers [start, edge): edges include every end, so none ends inside it.
                var owner = open.Count == 0 ? null : open.MinBy(p => p.Span.Length).Quote;
                var run = owner is null
                    ? new TextRun(text[start..edge])
                    : new TextRun(text[start..edge], owner.Id, speakerOf[owner.Id], IsReported(owner), opened.Add(owner.Id));
                if (runs.Count > 0 && runs[^1].QuoteId == run.QuoteId)
                    runs[^1] = runs[^1] with { Text = runs[^1].Text + run.Text };
                else runs.Add(run);
            }
            from = edge;
        }
        return runs;
    }
}
