using System.Text;
using NewsBot.Quotes;
using NewsBot.Quotes.Tests;
using NewsBot.Store;
using NewsBot.Testing;

namespace NewsBot.Ingest.Tests;

/// <summary>Every way in — text, HTML, file bytes, a file on disk, a link — into a real store file.</summary>
public sealed class ArticleIntakeTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private PageServer _server = null!;
    private LinkFetcher _fetcher = null!;
    private LinkFetcher _impatient = null!;
    private IArticleStore _store = null!;
    private ArticleIntake _intake = null!;

    public async Task InitializeAsync()
    {
        _server = await PageServer.StartAsync();
        _fetcher = new LinkFetcher(new LinkFetcherOptions { AllowLoopback = true, MaxBytes = 1024 * 1024 });
        _impatient = new LinkFetcher(new LinkFetcherOptions { AllowLoopback = true, Timeout = TimeSpan.FromSeconds(1.5) });
        _store = await ArticleStore.OpenAsync(Path.Combine(_folder.Path, "news.db"));
        _intake = new ArticleIntake(_store, _fetcher, maxBytes: 256 * 1024);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _fetcher.Dispose();
        _impatient.Dispose();
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task One_web_page_gives_one_text_and_one_stored_article_whatever_door_it_comes_by()
    {
        var file = Path.Combine(_folder.Path, "ferry.html");
        await File.WriteAllTextAsync(file, IngestArticles.FerryPage);
        var atStartUp = ArticleLoader.LoadFile(file);       // start-up folders and `newsbot extract`
        Assert.True(atStartUp.Succeeded, atStartUp.Error);
        var startUpId = (await _store.AddAsync(QuoteEngine.Analyze(atStartUp.Article!), atStartUp.Published)).ArticleId;

        IntakeResult[] doors =
        [
            await _intake.AddPathAsync(file),                                                               // newsbot index
            await _intake.AddFileAsync(Encoding.UTF8.GetBytes(IngestArticles.FerryPage), "ferry.html"),    // a file in chat
            await _intake.AddFileAsync(Encoding.UTF8.GetBytes(IngestArticles.FerryPage), "page", "text/html"),
            await _intake.AddHtmlAsync(IngestArticles.FerryPage),                                          // POST /api/articles {"html"}
            await _intake.AddLinkAsync(_server["news/ferry"].AbsoluteUri),                                 // a link
        ];

        Assert.All(doors, door => Assert.True(door.Stored, door.Reason));
        Assert.All(doors, door => Assert.Equal(atStartUp.Article!.Text, door.Analysis!.Article.Text));
        Assert.All(doors, door => Assert.False(door.IsNew));
        Assert.All(doors, door => Assert.Equal(startUpId, door.ArticleId));
        Assert.Equal(1, await _store.CountAsync());
        Assert.Equal(IngestArticles.FerryTitle, atStartUp.Article!.Title);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero), atStartUp.Published);
    }

    [Fact]
    public async Task Pasted_text_is_analysed_and_stored_with_its_speakers_most_quoted_first()
    {
        var result = await _intake.AddTextAsync(IngestArticles.FerryText);

        Assert.True(result.Stored, result.Reason);
        Assert.True(result.IsNew);
        Assert.Equal(IngestArticles.FerryTitle, result.Title);
        Assert.True(result.QuoteCount >= 4, $"{result.QuoteCount} quotes");
        Assert.Equal("Elena Vasquez", result.Speakers[0]);
        Assert.Contains("Oskar Lindqvist", result.Speakers);
        var stored = await _store.GetAsync(result.ArticleId!.Value);
        Assert.Equal(result.QuoteCount, stored!.Quotes.Count);
    }

    [Fact]
    public async Task The_same_article_twice_is_recognised_not_stored_again()
    {
        var first = await _intake.AddTextAsync(IngestArticles.FerryText);
        var second = await _intake.AddTextAsync(IngestArticles.FerryText, "pasted again");

        Assert.True(first.IsNew);
        Assert.True(second.Stored);
        Assert.False(second.IsNew);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal(1, await _store.CountAsync());
    }

    [Fact]
    public async Task A_web_page_keeps_only_its_article_with_title_byline_and_date()
    {
        var result = await _intake.AddHtmlAsync(IngestArticles.FerryPage, "ferry.html");

        Assert.True(result.Stored, result.Reason);
        Assert.Equal(IngestArticles.FerryTitle, result.Title);
        Assert.Contains("Jonas Berg", result.Byline);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero), result.Published);
        var text = result.Analysis!.Article.Text;
        Assert.Contains("People here have waited all winter", text);
        Assert.DoesNotContain("Subscribe", text);
        Assert.DoesNotContain("newsletter", text);
        Assert.DoesNotContain("All rights reserved", text);
        Assert.DoesNotContain("Most read", text);
        Assert.Contains("Elena Vasquez", result.Speakers);
        var listed = Assert.Single(await _store.ListAsync(0, 10));
        Assert.Equal(result.Published, listed.Published);
    }

    [Fact]
    public async Task A_link_is_fetched_read_and_stored_under_its_address()
    {
        var result = await _intake.AddLinkAsync(_server["news/orchard"].AbsoluteUri);

        Assert.True(result.Stored, result.Reason);
        Assert.Equal(IngestArticles.OrchardTitle, result.Title);
        Assert.Equal(_server["news/orchard"].AbsoluteUri, result.Source);
        Assert.Contains("Patrick Nolan", result.Speakers);
        Assert.Contains("Aisha Rahman", result.Speakers);
    }

    [Fact]
    public async Task A_plain_text_link_and_the_same_page_in_html_are_each_read()
    {
        var text = await _intake.AddLinkAsync(_server["news/orchard.txt"].AbsoluteUri);
        var viaRedirects = await _intake.AddLinkAsync(_server["hop/3"].AbsoluteUri);

        Assert.True(text.Stored, text.Reason);
        Assert.True(viaRedirects.Stored, viaRedirects.Reason);
        Assert.Equal(_server["news/orchard"].AbsoluteUri, viaRedirects.Source);
    }

    [Fact]
    public async Task File_bytes_are_read_by_name_and_type()
    {
        var html = await _intake.AddFileAsync(Encoding.UTF8.GetBytes(IngestArticles.FerryPage), "ferry.html", "text/html");
        var text = await _intake.AddFileAsync(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(IngestArticles.OrchardText)).ToArray(), "orchard.txt", "application/octet-stream");

        Assert.True(html.Stored, html.Reason);
        Assert.Equal(IngestArticles.FerryTitle, html.Title);
        Assert.True(text.Stored, text.Reason);
        Assert.Equal(IngestArticles.OrchardTitle, text.Title);
    }

    [Fact]
    public async Task A_file_on_disk_is_named_by_its_path()
    {
        var page = _folder.Write("ferry.html", IngestArticles.FerryPage);

        var result = await _intake.AddPathAsync(page);

        Assert.True(result.Stored, result.Reason);
        Assert.Equal(page, result.Source);
        Assert.DoesNotContain("Subscribe", result.Analysis!.Article.Text);
    }

    public static TheoryData<string, Refusal, string> RefusedInputs => new()
    {
        { "empty text", Refusal.Empty, "is empty" },
        { "spaces", Refusal.Empty, "is empty" },
        { "symbols", Refusal.NotAnArticle, "no words" },
        { "binary file", Refusal.Binary, "binary" },
        { "image file", Refusal.UnsupportedType, "image/png" },
        { "large file", Refusal.TooLarge, "limit" },
        { "scripts page", Refusal.NotAnArticle, "no article" },
        { "link to scripts", Refusal.NotAnArticle, "no article" },
        { "link to 404", Refusal.HttpError, "404" },
        { "link to huge page", Refusal.TooLarge, "limit" },
        { "link to slow page", Refusal.Timeout, "seconds" },
        { "link to private", Refusal.PrivateAddress, "private" },
        { "link redirecting to metadata", Refusal.PrivateAddress, "169.254.169.254" },
        { "not a link", Refusal.BadLink, "not a web link" },
        { "ftp link", Refusal.BadLink, "http" },
        { "missing file", Refusal.Empty, "does not exist" },
        { "binary attachment", Refusal.Binary, "binary" },
    };

    [Theory]
    [MemberData(nameof(RefusedInputs))]
    public async Task Refused_input_gets_a_clear_reason_and_leaves_the_store_as_it_was(string input, Refusal refusal, string reasonHas)
    {
        await _intake.AddTextAsync(IngestArticles.OrchardText);
        var before = await Snapshot();

        var result = input switch
        {
            "empty text" => await _intake.AddTextAsync(""),
            "spaces" => await _intake.AddTextAsync(" \n\t "),
            "symbols" => await _intake.AddTextAsync("!!! ??? ... ### 123"),
            "binary file" => await _intake.AddFileAsync(new byte[] { 0x50, 0x4B, 3, 4, 0, 0, 8, 0, 0, 0, 1, 2 }, "story.txt"),
            "image file" => await _intake.AddFileAsync(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "photo.png", "image/png"),
            "large file" => await _intake.AddFileAsync(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(IngestArticles.FerryText, 400))), "long.txt"),
            "scripts page" => await _intake.AddHtmlAsync(IngestArticles.ScriptsOnlyPage),
            "link to scripts" => await _intake.AddLinkAsync(_server["app"].AbsoluteUri),
            "link to 404" => await _intake.AddLinkAsync(_server["gone"].AbsoluteUri),
            "link to huge page" => await _intake.AddLinkAsync(_server["huge"].AbsoluteUri),
            "link to slow page" => await new ArticleIntake(_store, _impatient).AddLinkAsync(_server["slow"].AbsoluteUri),
            "link to private" => await _intake.AddLinkAsync("http://10.20.30.40/story"),
            "link redirecting to metadata" => await _intake.AddLinkAsync(_server["to-metadata"].AbsoluteUri),
            "not a link" => await _intake.AddLinkAsync("read this please"),
            "ftp link" => await _intake.AddLinkAsync("ftp://example.org/a.txt"),
            "missing file" => await _intake.AddPathAsync(Path.Combine(_folder.Path, "nope.txt")),
            "binary attachment" => await _intake.AddAttachmentAsync(_server["files/picture.txt"], "picture.txt", null),
            _ => throw new ArgumentOutOfRangeException(nameof(input)),
        };

        Assert.False(result.Stored);
        Assert.Equal(refusal, result.Refusal);
        Assert.Contains(reasonHas, result.Reason);
        Assert.Null(result.ArticleId);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task An_attachment_is_fetched_and_read_by_its_name()
    {
        var text = await _intake.AddAttachmentAsync(_server["files/orchard.txt"], "orchard.txt", "application/octet-stream");
        var html = await _intake.AddAttachmentAsync(_server["files/ferry.html"], null, null);

        Assert.True(text.Stored, text.Reason);
        Assert.True(html.Stored, html.Reason);
        Assert.Equal(IngestArticles.FerryTitle, html.Title);
    }

    private async Task<string> Snapshot()
    {
        var listed = await _store.ListAsync(0, ArticleStore.MaxLimit);
        var integrity = await _store.CheckIntegrityAsync();
        return $"{await _store.CountAsync()} articles, {integrity.Speakers} speakers, {integrity.Quotes} quotes: " +
            string.Join(" | ", listed.Select(a => $"{a.Id} {a.Title} {a.QuoteCount}"));
    }
}
