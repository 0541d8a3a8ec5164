using System.Net;
using System.Net.Sockets;
using NewsBot.Quotes.Tests;
using NewsBot.Store;
using NewsBot.Testing;

namespace NewsBot.Ingest.Tests;

/// <summary>Many files and links at once: read and analysed in parallel, written in batches, bad input reported per item.</summary>
public sealed class ArticleBatchIndexerTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private PageServer _server = null!;
    private LinkFetcher _fetcher = null!;
    private IArticleStore _store = null!;

    public async Task InitializeAsync()
    {
        _server = await PageServer.StartAsync();
        _fetcher = new LinkFetcher(new LinkFetcherOptions { AllowLoopback = true, Timeout = TimeSpan.FromSeconds(5) });
        _store = await ArticleStore.OpenAsync(Path.Combine(_folder.Path, "news.db"));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _fetcher.Dispose();
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    private static string Story(int n) =>
        $"Harbour works, week {n}\n\nThe harbour master, Ines Calder{n}, inspected the quay.\n\n" +
        $"\u201CWe are {n} days ahead of the tide tables,\u201D Calder{n} said.\n";

    private async Task<List<IntakeResult>> IndexAsync(IEnumerable<string> inputs, PipelineOptions? options = null)
    {
        var results = new List<IntakeResult>();
        await new ArticleBatchIndexer(new ArticleIntake(_store, _fetcher), options).RunAsync(inputs, results.Add);
        return results;
    }

    [Fact]
    public async Task Articles_are_stored_in_the_order_given_whatever_order_they_are_ready_in()
    {
        // Long and short articles alternate, so later ones are analysed before earlier ones are done.
        var files = Enumerable.Range(0, 300).Select(i => _folder.Write($"{i:000}.txt",
            i % 7 == 0 ? string.Concat(Enumerable.Repeat(Story(i), 200)) : Story(i))).ToList();

        var results = await IndexAsync(files, new PipelineOptions { Workers = 4, BatchSize = 32 });

        Assert.Equal(files, results.Select(r => r.Source));
        Assert.All(results, r => Assert.True(r.Stored && r.IsNew, r.Reason));
        Assert.Equal(results.Select(r => r.ArticleId), results.Select(r => r.ArticleId).Order());
        Assert.Equal(files, (await _store.ListAsync(0, 1000)).Select(a => a.Source));
        Assert.Contains("We are 5 days ahead of the tide tables", Assert.Single(await _store.QuotesBySpeakerAsync("Calder5")).Text);
        Assert.True((await _store.CheckIntegrityAsync()).IsSound);
    }

    [Fact]
    public async Task Bad_input_in_a_batch_is_reported_per_item_with_a_reason_and_the_rest_is_stored()
    {
        var good = Enumerable.Range(0, 40).Select(i => _folder.Write($"good-{i:00}.txt", Story(i))).ToList();
        var binary = _folder.Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        var empty = _folder.Write("empty.txt", "");
        var huge = Path.Combine(_folder.Path, "huge.txt");
        using (var file = File.Create(huge)) file.SetLength(50L * 1024 * 1024);
        var gone = Path.Combine(_folder.Path, "gone.txt");
        File.CreateSymbolicLink(gone, Path.Combine(_folder.Path, "nowhere", "gone.txt"));
        var folderNamedLikeAFile = Directory.CreateDirectory(Path.Combine(_folder.Path, "folder.txt")).FullName;
        var deadLink = _server["gone"].AbsoluteUri;
        var closedPort = $"http://127.0.0.1:{ClosedPort()}/story";
        var scripts = _server["app"].AbsoluteUri;
        var inputs = good.Take(10).Concat([binary, empty, huge, gone, folderNamedLikeAFile, deadLink, closedPort, scripts, "https://"]).Concat(good.Skip(10)).ToList();

        var results = await IndexAsync(inputs, new PipelineOptions { Workers = 3, BatchSize = 8 });

        Assert.Equal(inputs.Count, results.Count);
        var refused = results.Where(r => !r.Stored).ToList();
        Assert.Equal(
            [Refusal.Binary, Refusal.Empty, Refusal.TooLarge, Refusal.Failed, Refusal.UnsupportedType, Refusal.HttpError, Refusal.Unreachable, Refusal.NotAnArticle, Refusal.BadLink],
            refused.Select(r => r.Refusal!.Value));
        Assert.All(refused, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Contains("looks like a binary file", refused[0].Reason);
        Assert.Contains($"{empty} is empty", refused[1].Reason);
        Assert.Contains("50 MB, over the 10 MB limit", refused[2].Reason);
        Assert.Contains($"{gone} could not be read", refused[3].Reason);
        Assert.Contains("404", refused[5].Reason);
        Assert.Equal(good, results.Where(r => r.Stored).Select(r => r.Source));
        Assert.Equal(good.Count, await _store.CountAsync());
    }

    [Fact]
    public async Task A_rerun_recognises_what_is_stored_before_the_engine_runs()
    {
        var files = Enumerable.Range(0, 20).Select(i => _folder.Write($"{i:00}.txt", Story(i))).ToList();
        await IndexAsync(files.Take(12));

        var again = await IndexAsync(files);

        Assert.Equal(Enumerable.Repeat(false, 12).Concat(Enumerable.Repeat(true, 8)), again.Select(r => r.IsNew));
        Assert.All(again.Take(12), r => Assert.Null(r.Analysis));
        Assert.Equal(20, await _store.CountAsync());
        Assert.Equal(files, (await _store.ListAsync(0, 100)).Select(a => a.Source));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
