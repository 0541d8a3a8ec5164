using NewsBot.Testing;

namespace NewsBot.Ingest.Tests;

/// <summary>The fetcher's bounds, against a page server on loopback (allowed here by <see cref="LinkFetcherOptions.AllowLoopback"/> only).</summary>
public sealed class LinkFetcherTests : IAsyncLifetime
{
    private PageServer _server = null!;
    private LinkFetcher _fetcher = null!;
    private LinkFetcher _impatient = null!;

    public async Task InitializeAsync()
    {
        _server = await PageServer.StartAsync();
        _fetcher = new LinkFetcher(new LinkFetcherOptions { AllowLoopback = true, MaxBytes = 1024 * 1024 });
        _impatient = new LinkFetcher(new LinkFetcherOptions { AllowLoopback = true, Timeout = TimeSpan.FromSeconds(1.5) });
    }

    public async Task DisposeAsync()
    {
        _fetcher.Dispose();
        _impatient.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_page_is_fetched_with_its_type()
    {
        var fetched = await _fetcher.FetchAsync(_server["news/ferry"]);

        Assert.True(fetched.Succeeded, fetched.Reason);
        Assert.Equal("text/html", fetched.MediaType);
        Assert.Contains(IngestArticles.FerryTitle, System.Text.Encoding.UTF8.GetString(fetched.Content!));
    }

    [Fact]
    public async Task A_redirect_chain_is_followed_to_its_end()
    {
        var fetched = await _fetcher.FetchAsync(_server["hop/4"]);

        Assert.True(fetched.Succeeded, fetched.Reason);
        Assert.Equal(_server["news/orchard"], fetched.Url);
    }

    [Fact]
    public async Task More_than_five_redirects_are_refused()
    {
        var tooMany = await _fetcher.FetchAsync(_server["hop/7"]);
        var loop = await _fetcher.FetchAsync(_server["loop"]);

        Assert.Equal(Refusal.HttpError, tooMany.Refusal);
        Assert.Contains("more than 5 times", tooMany.Reason);
        Assert.Equal(Refusal.HttpError, loop.Refusal);
    }

    [Theory]
    [InlineData("to-metadata", "169.254.169.254")]
    [InlineData("to-private", "10.1.2.3")]
    public async Task A_redirect_to_a_private_address_is_refused(string path, string address)
    {
        var fetched = await _fetcher.FetchAsync(_server[path]);

        Assert.Equal(Refusal.PrivateAddress, fetched.Refusal);
        Assert.Contains(address, fetched.Reason);
    }

    [Theory]
    [InlineData("http://10.0.0.7/news")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://100.64.1.1/")]
    [InlineData("http://[fd00::5]/")]
    [InlineData("http://[::ffff:192.168.1.1]/")]
    public async Task Private_addresses_are_refused_when_not_allowed(string url)
    {
        using var strict = new LinkFetcher(new LinkFetcherOptions { Timeout = TimeSpan.FromSeconds(2) });

        var fetched = await strict.FetchAsync(new Uri(url));

        Assert.Equal(Refusal.PrivateAddress, fetched.Refusal);
        Assert.Contains("private", fetched.Reason);
    }

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_at_connection_time()
    {
        using var strict = new LinkFetcher(new LinkFetcherOptions { Timeout = TimeSpan.FromSeconds(2) });
        var byName = new UriBuilder(_server["news/ferry"]) { Host = "localhost" }.Uri;

        var fetched = await strict.FetchAsync(byName);

        Assert.Equal(Refusal.PrivateAddress, fetched.Refusal);
    }

    [Fact]
    public async Task Loopback_alone_does_not_open_other_private_ranges()
    {
        var fetched = await _fetcher.FetchAsync(new Uri("http://192.168.0.1/"));

        Assert.Equal(Refusal.PrivateAddress, fetched.Refusal);
    }

    [Fact]
    public async Task A_missing_page_is_a_clear_404()
    {
        var fetched = await _fetcher.FetchAsync(_server["gone"]);

        Assert.Equal(Refusal.HttpError, fetched.Refusal);
        Assert.Contains("not found", fetched.Reason);
        Assert.Contains("404", fetched.Reason);
    }

    [Fact]
    public async Task A_page_over_the_limit_is_refused_while_reading_it()
    {
        var fetched = await _fetcher.FetchAsync(_server["huge"]);

        Assert.Equal(Refusal.TooLarge, fetched.Refusal);
        Assert.Contains("1 MB limit", fetched.Reason);
    }

    [Fact]
    public async Task A_slow_page_times_out()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var fetched = await _impatient.FetchAsync(_server["slow"]);

        Assert.Equal(Refusal.Timeout, fetched.Refusal);
        Assert.Contains("1.5 seconds", fetched.Reason);
        Assert.True(clock.Elapsed < PageServer.SlowPageDelay);
    }

    [Fact]
    public async Task Only_web_pages_and_text_are_read_from_a_link()
    {
        var image = await _fetcher.FetchAsync(_server["image.png"]);
        var asFile = await _fetcher.FetchAsync(_server["image.png"], pagesOnly: false);

        Assert.Equal(Refusal.UnsupportedType, image.Refusal);
        Assert.Contains("image/png", image.Reason);
        Assert.True(asFile.Succeeded);
    }

    [Theory]
    [InlineData("ftp://example.org/story.txt")]
    [InlineData("file:///etc/passwd")]
    public async Task Only_http_and_https_are_followed(string url)
    {
        var fetched = await _fetcher.FetchAsync(new Uri(url));

        Assert.Equal(Refusal.BadLink, fetched.Refusal);
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_unreachable()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var fetched = await _fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/"));

        Assert.Equal(Refusal.Unreachable, fetched.Refusal);
    }
}
