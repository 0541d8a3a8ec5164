namespace NewsBot.Quotes;

/// <summary>The engine's front door: article in, speakers and quotes out.</summary>
public static class QuoteEngine
{
    public static ArticleQuotes Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var regions = QuoteRegionFinder.Find(article);
        regions.Sort((a, b) => a.Outer.Start.CompareTo(b.Outer.Start));
        var attributions = QuoteExtractor.Extract(article, regions);
        return SpeakerResolver.Resolve(article, attributions, regions);
    }

    public static ArticleQuotes AnalyzeText(string text, string source = "inline") => Analyze(Article.FromText(text, source));
}
