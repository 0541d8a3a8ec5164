using System.Globalization;
using Microsoft.Bot.Builder;
using NewsBot.Dialogs.Conversation;

namespace NewsBot.Dialogs.Hosting;

/// <summary>
/// The host's article view as this turn's user can open it: /articles/{id} the article, #p{n} its
/// n-th paragraph as answers number them, #q-{quoteId} a quote's first words, and
/// articles/quotes.csv the quotes of some articles (or of some of their speakers) as a spreadsheet.
/// The host puts one in the turn state when the channel's users can open its pages (a public
/// address, or the web chat's own); without one (the terminal, an unknown channel, pages that are
/// off) answers carry no links. The one description of these addresses: the host routes them.
/// </summary>
public sealed class ArticleViewLinks
{
    public const string ArticlesPath = "articles";
    public const string ExportPath = "articles/quotes.csv";

    /// <summary>The query of an export: an article's id (repeated), and "id:speakerId" to keep to some speakers of that article.</summary>
    public const string ArticleParameter = "article";
    public const string SpeakerParameter = "speaker";

    private readonly Uri _base;

    /// <param name="baseUrl">The host's public address (http or https); a path in it is kept (a host under /newsbot/).</param>
    public ArticleViewLinks(Uri baseUrl)
    {
        if (!baseUrl.IsAbsoluteUri || baseUrl.Scheme is not ("http" or "https"))
            throw new ArgumentException($"'{baseUrl}' is not an http or https address.", nameof(baseUrl));
        var root = baseUrl.GetLeftPart(UriPartial.Path);
        _base = new Uri(root.EndsWith('/') ? root : root + "/");
    }

    public Uri Base => _base;

    /// <summary>This turn's links, when the host gave it any.</summary>
    public static ArticleViewLinks? Of(ITurnContext turnContext) => turnContext.TurnState.Get<ArticleViewLinks>();

    public Uri Article(string articleKey) => new(_base, $"{ArticlesPath}/{Uri.EscapeDataString(articleKey)}");

    /// <summary>The paragraph a quote stands in (numbered as answers number them); the article's top when the number is unknown.</summary>
    public Uri Paragraph(string articleKey, int paragraphNumber) =>
        paragraphNumber > 0 ? new(Article(articleKey) + "#p" + paragraphNumber.ToString(CultureInfo.InvariantCulture)) : Article(articleKey);

    public Uri Export(QuoteExport export)
    {
        var query = new List<string>();
        foreach (var article in export.Articles)
        {
            query.Add($"{ArticleParameter}={Uri.EscapeDataString(article.ArticleKey)}");
            foreach (var speaker in article.SpeakerIds) query.Add($"{SpeakerParameter}={Uri.EscapeDataString(article.ArticleKey + ":" + speaker)}");
        }
        return new Uri(_base, ExportPath + "?" + string.Join('&', query));
    }

    /// <summary>Where a quote stands in the article view, or null when its article is not one of the store's (the view shows only those).</summary>
    public Uri? Place(QuoteView quote) =>
        quote.ArticleKey is { } key && Corpus.AnalysedArticles.IdOf(key) is not null ? Paragraph(key, quote.ParagraphNumber) : null;

    /// <summary>A markdown link; the text is escaped, the address is already percent-encoded.</summary>
    public static string MarkdownLink(string text, Uri url) => $"[{Markdown.Escape(text)}]({url.AbsoluteUri})";
}
