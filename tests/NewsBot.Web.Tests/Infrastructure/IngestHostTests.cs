using Microsoft.Extensions.DependencyInjection;
using NewsBot.Quotes.Tests;
using NewsBot.Store;
using NewsBot.Testing;

namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>
/// The real host with adding articles switched on: a store file of the test's own, an API key, and
/// fetches allowed to reach loopback only (where <see cref="PageServer"/> serves the pages).
/// </summary>
public abstract class IngestHostTests : IAsyncLifetime
{
    public const string ApiKey = "test-key-5d1c0b7e";

    private readonly TempFolder _folder = new();

    protected PageServer Pages { get; private set; } = null!;
    protected ChannelRecorder Channel { get; private set; } = null!;
    protected NewsBotHost Host { get; private set; } = null!;
    protected HttpClient Http { get; private set; } = null!;
    protected IArticleStore Store => Host.Services.GetRequiredService<IArticleStore>();

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        Pages = await PageServer.StartAsync();
        Channel = await ChannelRecorder.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["NewsBot:Store"] = Path.Combine(_folder.Path, "news.db"),
            ["NewsBot:ApiKey"] = ApiKey,
            ["NewsBot:Fetch:AllowLoopback"] = "true",
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        Host = new NewsBotHost(TestArticles.WriteFolder(), settings);
        Http = Host.Http();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        await Pages.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>Everything the store holds, in a form two moments can be compared by.</summary>
    protected async Task<string> StoreSnapshot()
    {
        var integrity = await Store.CheckIntegrityAsync();
        var listed = await Store.ListAsync(0, ArticleStore.MaxLimit);
        return $"{integrity.Articles}/{integrity.Speakers}/{integrity.Quotes}: " + string.Join(" | ", listed.Select(a => $"{a.Id} {a.Title}"));
    }

    /// <summary>A body of <paramref name="length"/> bytes made up as it is sent, so the test itself never holds it.</summary>
    protected sealed class GeneratedContent(long length, string mediaType) : HttpContent
    {
        public long Sent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("lorem ipsum ", 5462)));
            while (Sent < length)
            {
                int n = (int)Math.Min(chunk.Length, length - Sent);
                await stream.WriteAsync(chunk.AsMemory(0, n));
                Sent += n;
            }
        }

        protected override bool TryComputeLength(out long size)
        {
            size = length;
            return true;
        }

        public GeneratedContent Typed()
        {
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
            return this;
        }
    }
}
