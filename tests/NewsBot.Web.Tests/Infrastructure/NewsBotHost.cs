using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Web.Articles;

namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>
/// The real NewsBot.Web host (its Program.cs) on a loopback port of its own, serving the articles
/// given, with optional test replacements for services (a bot of the test's own, say).
/// </summary>
// Any public type of NewsBot.Web names the assembly whose entry point (Program.cs) is started;
// Program itself stays internal so that projects with a Program of their own can reference the host.
public sealed class NewsBotHost : WebApplicationFactory<NewsBot.Web.BotFramework.NewsBotAdapter>
{
    private readonly string _articles;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _replaceServices;
    private readonly DirectoryInfo _storeFolder = Directory.CreateTempSubdirectory("newsbot-web-store-");

    public NewsBotHost(string articles, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? replaceServices = null)
    {
        _articles = articles;
        _settings = settings ?? new Dictionary<string, string?>();
        _replaceServices = replaceServices;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Where the host listens, e.g. http://127.0.0.1:41234/ (starts it on first use).</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        }
    }

    // A request that asks "Expect: 100-continue" waits for the host's answer as long as the request may take: with
    // the default second, a busy machine sends the body anyway, and a refusal then arrives as a broken pipe.
    public HttpClient Http() =>
        new(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(ArticleLocator.ConfigurationKey, _articles);
        // A store of its own for each host, so hosts serving different articles never share one.
        builder.UseSetting(StoreLocator.ConfigurationKey, Path.Combine(_storeFolder.FullName, "newsbot.db"));
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_replaceServices is not null) builder.ConfigureTestServices(_replaceServices);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { _storeFolder.Delete(recursive: true); }
        catch (IOException) { } // best effort: a temp folder left behind harms nothing
    }
}
