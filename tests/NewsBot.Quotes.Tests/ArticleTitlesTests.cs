namespace NewsBot.Quotes.Tests;

/// <summary>Titles are headlines: one line of at most 120 characters, never a paragraph, wherever they come from.</summary>
public sealed class ArticleTitlesTests
{
    private const string Paragraph =
        "The town council of Kelby voted on Tuesday to rebuild the storm wall that failed in the January floods, after a debate that ran past midnight and split the council down the middle.";

    [Fact]
    public void A_headline_is_kept_as_it_is()
    {
        Assert.Equal("Harbour town votes to rebuild its storm wall", ArticleTitles.Shorten("  Harbour town votes to rebuild its storm wall "));
    }

    [Fact]
    public void A_paragraph_is_cut_at_a_word_to_a_headline()
    {
        var title = ArticleTitles.Shorten(Paragraph);

        Assert.True(title.Length <= ArticleTitles.MaxLength, $"{title.Length} characters");
        Assert.EndsWith("\u2026", title);
        Assert.StartsWith("The town council of Kelby voted on Tuesday", title);
        Assert.True(Paragraph.StartsWith(title[..^1], StringComparison.Ordinal) && Paragraph[title.Length - 1] == ' ', "cut at a word");
    }

    [Fact]
    public void Line_breaks_and_runs_of_spaces_become_single_spaces()
    {
        Assert.Equal("Ferry returns after a winter", ArticleTitles.Shorten("Ferry returns\n  after\ta winter"));
    }

    [Fact]
    public void One_endless_word_is_cut_too()
    {
        Assert.Equal(ArticleTitles.MaxLength, ArticleTitles.Shorten(new string('x', 100_000)).Length);
    }

    [Fact]
    public void An_article_pasted_without_a_headline_gets_a_short_title_not_its_first_paragraph()
    {
        var article = Article.FromText(Paragraph + "\n\n\"We cannot wait,\" said Mayor Ingrid Solberg.");

        Assert.True(article.Title.Length <= ArticleTitles.MaxLength);
        Assert.Equal(ArticleTitles.Shorten(Paragraph), article.Title);
    }

    [Fact]
    public void A_web_page_whose_title_element_holds_a_paragraph_gets_a_short_title()
    {
        var html = $"<html><head><title>{Paragraph} {Paragraph}</title></head><body><p>Mayor Ingrid Solberg said the wall would be rebuilt by spring.</p></body></html>";

        var article = ArticleLoader.FromString(html, "page.html").Article!;

        Assert.True(article.Title.Length <= ArticleTitles.MaxLength, $"{article.Title.Length} characters");
    }
}
