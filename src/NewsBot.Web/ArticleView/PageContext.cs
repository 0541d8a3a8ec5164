namespace NewsBot.Web.ArticleView;

/// <summary>What every page needs of its request: the path the host is served under, and the nonce its CSP allows for the page's own style element.</summary>
public sealed record PageContext(string Base, string Nonce);
