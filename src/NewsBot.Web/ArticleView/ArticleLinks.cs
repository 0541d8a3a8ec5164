namespace NewsBot.Web.ArticleView;

/// <summary>
/// The article view's addresses, for answers that link to the exact place: /articles/{id} is the
/// article, #p{n} its n-th paragraph as a reader counts (site chrome left out, from 1: the number
/// answers already give as "paragraph n"), #q-{quoteId} the first words of one quote, and
/// #words-s-{speakerId} the list of everything one speaker said in it.
/// </summary>
public static class ArticleLinks
{
    public static string Article(long articleId) => $"/articles/{articleId}";

    public static string Paragraph(long articleId, int paragraphNumber) => $"/articles/{articleId}#p{paragraphNumber}";

    public static string Quote(long articleId, string quoteId) => $"/articles/{articleId}#q-{Uri.EscapeDataString(quoteId)}";

    public static string Corpus => "/articles";
}
