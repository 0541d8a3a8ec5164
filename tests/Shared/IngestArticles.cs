namespace NewsBot.Testing;

/// <summary>Articles composed for the tests of adding articles: as plain text, and as web pages with site chrome around them.</summary>
public static class IngestArticles
{
    public const string FerryTitle = "Island ferry returns after a winter in dry dock";

    public const string FerryText = """
        Island ferry returns after a winter in dry dock

        The ferry that links Marrow Island to the mainland went back into service on Monday after four months of repairs to its hull and engines.

        "People here have waited all winter for this boat, and today they finally have it back," said Captain Elena Vasquez, who has sailed the route for nineteen years.

        The harbour authority said the repairs cost more than twice the first estimate because rust had spread further than the inspectors expected.

        "We found damage nobody could see from the outside, and we were not going to send her out with it," said Oskar Lindqvist, the authority's chief engineer.

        Shopkeepers on the island said the months without a ferry had emptied their shelves. "We ran out of flour in February and nobody could bring more," said baker Miriam Holt.

        Vasquez said the crew would add an early crossing on weekdays until the end of the summer. "Nobody should have to choose between a job on the mainland and a home on the island," she said.
        """;

    public const string OrchardTitle = "Village orchard saved by a late frost warning";

    public const string OrchardText = """
        Village orchard saved by a late frost warning

        Growers in the village of Dunmore lit hundreds of small stoves between their apple trees on Thursday night after the weather service warned of a sudden frost.

        "Another hour without heat and we would have lost the whole blossom," said Patrick Nolan, who has farmed the orchard since 1998.

        The regional weather office said temperatures fell to four degrees below zero just before dawn.

        "This is the latest frost we have recorded here in thirty years," said Aisha Rahman, a forecaster at the office.

        Nolan said neighbours had come from three villages to help carry fuel between the rows.
        """;

    /// <summary>The ferry story inside a news site's page: navigation, a share bar, a newsletter form, a footer and scripts around the article.</summary>
    public static string FerryPage => Page(FerryTitle, FerryText, "By Jonas Berg", "2026-03-02T08:30:00Z");

    public static string OrchardPage => Page(OrchardTitle, OrchardText, "By Ruth Okafor", "2026-04-17T06:00:00Z");

    /// <summary>A page with no article: scripts, a menu and an empty app root.</summary>
    public const string ScriptsOnlyPage = """
        <!doctype html>
        <html><head><title>Loading…</title>
        <script>window.__state = { user: null, items: [] };</script>
        <script src="/bundle.js"></script></head>
        <body><div id="root"></div>
        <script>document.getElementById('root').textContent = 'Please enable JavaScript';</script>
        <noscript>You need to enable JavaScript to run this app.</noscript>
        </body></html>
        """;

    private static string Page(string title, string text, string byline, string published)
    {
        var paragraphs = text.Split("\n\n").Skip(1).Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p.Trim())}</p>");
        return $"""
            <!doctype html>
            <html lang="en"><head>
            <meta charset="utf-8">
            <title>{title} | The Coastal Courier</title>
            <meta property="og:title" content="{title}">
            <meta property="article:published_time" content="{published}">
            <meta name="author" content="{byline[3..]}">
            <script>window.dataLayer = [];</script>
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/subscribe">Subscribe</a></nav></header>
            <main>
            <article>
            <h1>{title}</h1>
            <p class="byline">{byline}</p>
            {string.Join("\n", paragraphs)}
            </article>
            <aside><h2>Most read</h2><ul><li><a href="/a">Council approves budget</a></li><li><a href="/b">Storm closes coast road</a></li></ul></aside>
            <form action="/newsletter"><label>Get our newsletter <input name="email"></label><button>Sign up</button></form>
            </main>
            <footer><p>© 2026 The Coastal Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
            <script src="/analytics.js"></script>
            </body></html>
            """;
    }
}
