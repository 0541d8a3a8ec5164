using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Testing;

/// <summary>
/// A web server on a loopback port of its own (Kestrel on 127.0.0.1, port 0) serving the pages the
/// tests of adding articles need: articles, a page with no article, errors, a huge and a slow page,
/// redirects (a chain, a loop, one to a private address), and files.
/// </summary>
public sealed class PageServer : IAsyncDisposable
{
    /// <summary>Longer than any fetch limit a test sets, shorter than a test run.</summary>
    public static readonly TimeSpan SlowPageDelay = TimeSpan.FromSeconds(20);

    public const long HugePageBytes = 6L * 1024 * 1024;

    private readonly WebApplication _app;

    public Uri Address { get; }

    private PageServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri this[string path] => new(Address, path);

    public static async Task<PageServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/news/ferry", () => Results.Content(IngestArticles.FerryPage, "text/html; charset=utf-8"));
        app.MapGet("/news/orchard", () => Results.Content(IngestArticles.OrchardPage, "text/html"));
        app.MapGet("/news/orchard.txt", () => Results.Text(IngestArticles.OrchardText, "text/plain"));
        app.MapGet("/app", () => Results.Content(IngestArticles.ScriptsOnlyPage, "text/html"));
        app.MapGet("/gone", () => Results.NotFound("no such page"));
        app.MapGet("/broken", () => Results.StatusCode(500));
        app.MapGet("/image.png", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], "image/png"));
        app.MapGet("/files/orchard.txt", () => Results.Bytes(System.Text.Encoding.UTF8.GetBytes(IngestArticles.OrchardText), "application/octet-stream"));
        app.MapGet("/files/ferry.html", () => Results.Bytes(System.Text.Encoding.UTF8.GetBytes(IngestArticles.FerryPage), "text/html"));
        app.MapGet("/files/picture.txt", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0x49, 0x48], "application/octet-stream"));
        app.MapGet("/huge", WriteHugeAsync);
        app.MapGet("/slow", async (HttpContext http) =>
        {
            await Task.Delay(SlowPageDelay, http.RequestAborted);
            return Results.Content(IngestArticles.FerryPage, "text/html");
        });
        app.MapGet("/hop/{n:int}", (int n) => Results.Redirect(n <= 1 ? "/news/orchard" : $"/hop/{n - 1}"));
        app.MapGet("/loop", () => Results.Redirect("/loop"));
        app.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        app.MapGet("/to-private", () => Results.Redirect("http://10.1.2.3/admin"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PageServer(app, new Uri(address.Replace("[::]", "127.0.0.1") + "/"));
    }

    /// <summary>A page larger than the fetch limit, sent in chunks without a Content-Length, so only counting while reading can stop it.</summary>
    private static async Task WriteHugeAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html";
        await http.Response.WriteAsync("<html><body><p>", http.RequestAborted);
        var line = System.Text.Encoding.UTF8.GetBytes(new string('a', 1023) + " ");
        try
        {
            for (long sent = 0; sent < HugePageBytes; sent += line.Length)
                await http.Response.Body.WriteAsync(line, http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client stopped reading, as it should.
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
