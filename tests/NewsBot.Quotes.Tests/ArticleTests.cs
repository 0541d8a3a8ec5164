namespace NewsBot.Quotes.Tests; public class ArticleTests { [Fact] public void Reads_paragraphs() => Assert.Equal(2, NewsBot.Quotes.Article.FromText("a\n\nb").Paragraphs.Count); }
