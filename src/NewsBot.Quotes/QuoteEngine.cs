namespace NewsBot.Quotes;

/// <summary>The engine's front door: article in, speakers and quotes out.</summary>
public static class QuoteEngine
{
    public static ArticleQuotes Analyze(Article article) => new(article, [], []);

    public static ArticleQuotes AnalyzeText(string text, string source = "inline") => Analyze(Article.FromText(text, source));
}
