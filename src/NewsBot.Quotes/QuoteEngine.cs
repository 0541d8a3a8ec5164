namespace NewsBot.Quotes;

/// <summary>The engine's front door: article in, speakers and quotes out.</summary>
public static class QuoteEngine
{
    public static ArticleQuotes Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var regions = QuoteRegionFinder.Find(article);
        regions.Sort((a, b) => a.Outer.Start.CompareTo(b.Outer.Start));
        using var tokens = Tokenizer.Tokenize(article, regions);
        var attributions = QuoteExtractor.Extract(article, regions, tokens);
        return SpeakerResolver.Resolve(article, attributions, regions, tokens);
    }

    public static ArticleQuotes AnalyzeText(string text, string source = "inline") => Analyze(Article.FromText(text, source));
}
