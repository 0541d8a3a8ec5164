using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Quotes;

/// <summary>An HTML page reduced to its article text: a title and paragraphs joined by blank lines.</summary>
public sealed partial record HtmlArticleText(string Title, string Text)
{
    private static readonly string[] Chrome =
        ["script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe",
         "svg", "canvas", "object", "embed", "button", "select", "textarea", "dialog"];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "section", "article", "main", "header", "figure", "figcaption",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "address", "details",
        "summary", "center", "hr", "br",
    };

    /// <summary>Parses the page with AngleSharp (entities decoded, broken markup repaired as browsers do).</summary>
    public static HtmlArticleText Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = TitleOf(document);
        foreach (var element in document.QuerySelectorAll(string.Join(',', Chrome)).ToList())
            element.Remove();
        var root = (INode?)document.Body ?? document.DocumentElement;
        return new HtmlArticleText(title, string.Join("\n\n", Paragraphs(root)));
    }

    /// <summary>og:title is the cleanest (no site name), then &lt;title&gt;, then the first heading.</summary>
    private static string TitleOf(IDocument document)
    {
        string?[] candidates =
        [
            document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"),
            document.Title,
            document.QuerySelector("h1")?.TextContent,
        ];
        return candidates.Select(c => CollapseSpaces(c ?? "")).FirstOrDefault(c => c.Length > 0) ?? "";
    }

    /// <summary>
    /// Walks the tree without recursion (a page may nest thousands of elements deep): text
    /// gathers into the current paragraph, and the start or end of a block element closes it.
    /// </summary>
    private static List<string> Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var pending = new Stack<(INode Node, bool Leaving)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, leaving) = pending.Pop();
            bool isBlock = node is IElement element && Blocks.Contains(element.LocalName);
            if (isBlock) Close(current, paragraphs);
            if (leaving) continue;
            if (node.NodeType == NodeType.Text) current.Append(node.TextContent);
            if (isBlock) pending.Push((node, true));
            for (int i = node.ChildNodes.Length - 1; i >= 0; i--)
                pending.Push((node.ChildNodes[i], false));
        }
        Close(current, paragraphs);
        return paragraphs;
    }

    private static void Close(StringBuilder current, List<string> paragraphs)
    {
        var text = CollapseSpaces(current.ToString());
        if (text.Length > 0) paragraphs.Add(text);
        current.Clear();
    }

    /// <summary>Collapses HTML white space only: a no-break space (&amp;nbsp;) is content and stays.</summary>
    private static string CollapseSpaces(string text) => HtmlWhiteSpace().Replace(text, " ").Trim(' ');

    [GeneratedRegex("[ \t\n\r\f]+")]
    private static partial Regex HtmlWhiteSpace();
}
