using NewsBot.Quotes;

namespace NewsBot.Dialogs.Index;

/// <summary>One analysed article in the index, known by a short stable key (its file name, or its id in a store), with its publication date when known.</summary>
public sealed record IndexedArticle(string Key, ArticleQuotes Analysis, DateTimeOffset? Published = null)
{
    public Article Article => Analysis.Article;
    public string Title => string.IsNullOrWhiteSpace(Article.Title) ? Key : Article.Title;
}

/// <summary>A speaker (quoted or only mentioned) together with the article that names them.</summary>
public sealed record SpeakerRef(IndexedArticle Article, Speaker Speaker)
{
    public string Key => $"{Article.Key}#{Speaker.Id}";
}

/// <summary>A quote together with its article and (when known) its speaker.</summary>
public sealed record QuoteRef(IndexedArticle Article, Quote Quote, Speaker? Speaker)
{
    public string Key => $"{Article.Key}#{Quote.Id}";
    public SpeakerRef? SpeakerRef => Speaker is null ? null : new SpeakerRef(Article, Speaker);
}

/// <summary>A quote found for a fragment; <see cref="Score"/> is 1 for a verbatim hit, less for paraphrase.</summary>
public sealed record QuoteMatch(QuoteRef Quote, double Score);

/// <summary>A sentence of an article that matches a fragment but belongs to no extracted quote.</summary>
public sealed record PassageMatch(IndexedArticle Article, Sentence Sentence, double Score);

/// <summary>A speaker whose name fits what the user typed; <see cref="Score"/> in (0, 1].</summary>
public sealed record NameMatch(SpeakerRef Speaker, double Score);
