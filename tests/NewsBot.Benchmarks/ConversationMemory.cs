using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Activity = Microsoft.Bot.Schema.Activity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace NewsBot.Benchmarks;

/// <summary>
/// The host's resident memory (RSS, from /proc) as conversations pile up: a NewsBot.Web process of
/// its own (this build's, or the one --host names, to compare builds), one question each in
/// <c>count</c> new conversations through /api/messages, replies to a counting channel on loopback.
///   dotnet run -c Release --project tests/NewsBot.Benchmarks -- conversation-memory [20000] [--host path/NewsBot.Web.dll] [--set Key=Value]... [--env NAME=VALUE]...
/// (--set: a setting for the host, e.g. NewsBot:State:MaxBytes=8388608; --env: its environment, e.g. DOTNET_gcServer=0).
/// </summary>
public static class ConversationMemory
{
    private const int Warmup = 200;
    private const int AtOnce = 8;

    public static async Task RunAsync(int count, string? hostDll, IReadOnlyList<string> settings, IReadOnlyList<string> environment, TextWriter output)
    {
        var dll = Path.GetFullPath(hostDll ?? Path.Combine(AppContext.BaseDirectory, "NewsBot.Web.dll"));
        var delivered = 0;
        await using var channel = await CountingChannel.StartAsync(() => Interlocked.Increment(ref delivered));
        var serviceUrl = Address(channel.Services) + "/";
        var store = Directory.CreateTempSubdirectory("newsbot-memory-");
        var port = FreePort();
        using var host = StartHost(dll, port, Path.Combine(store.FullName, "news.db"), settings, environment);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(2) };
            await WaitUntilHealthyAsync(http, host);
            var failures = 0;
            async Task Converse(int i)
            {
                using var response = await http.PostAsync("api/messages", new StringContent(Question(serviceUrl, i), Encoding.UTF8, "application/json"));
                if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref failures);
            }
            await ManyAsync(Warmup, Converse);
            var before = Resident(host);
            var clock = Stopwatch.StartNew();
            await ManyAsync(count, i => Converse(Warmup + i));
            await Task.Delay(TimeSpan.FromSeconds(2)); // let the host's GC settle
            var after = Resident(host);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count} conversations through /api/messages in {clock.Elapsed.TotalSeconds:0.0} s ({failures} failed, {delivered} replies): " +
                $"host RSS {before.Rss / 1024.0:0} MB after {Warmup} warm-up conversations -> {after.Rss / 1024.0:0} MB (peak {after.Peak / 1024.0:0} MB); host {dll} {string.Join(' ', settings.Concat(environment))}"));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            store.Delete(recursive: true);
        }
    }

    private static Process StartHost(string dll, int port, string storeFile, IReadOnlyList<string> settings, IReadOnlyList<string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var variable in environment.Select(e => e.Split('=', 2))) start.Environment[variable[0]] = variable[1];
        foreach (var argument in new[]
        {
            dll, "--urls", $"http://127.0.0.1:{port}", "--NewsBot:Store", storeFile, "--Logging:LogLevel:Default", "Warning",
            // One client plays every user here, so its limits are a crowd's (a build without rate limits ignores these).
            "--RateLimits:Posts:PerMinute", "10000000", "--RateLimits:Posts:Burst", "1000000",
        }.Concat(settings.Select(setting => "--" + setting))) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("host: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilHealthyAsync(HttpClient http, Process host)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(2); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            if (host.HasExited) throw new InvalidOperationException($"The host exited with code {host.ExitCode}.");
            try
            {
                using var response = await http.GetAsync("healthz");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
        }
        throw new TimeoutException("The host did not become healthy within two minutes.");
    }

    /// <summary>VmRSS and VmHWM of the process, in KB.</summary>
    private static (long Rss, long Peak) Resident(Process process)
    {
        var status = File.ReadAllLines($"/proc/{process.Id}/status");
        long Field(string name) => long.Parse(status.First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return (Field("VmRSS:"), Field("VmHWM:"));
    }

    private static async Task ManyAsync(int count, Func<int, Task> act)
    {
        int next = -1;
        await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(async _ =>
        {
            for (int i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next)) await act(i);
        }));
    }

    private static string Question(string serviceUrl, int conversation) => JsonConvert.SerializeObject(new Activity
    {
        Type = ActivityTypes.Message,
        Id = "q",
        Text = "who was quoted?",
        ChannelId = "emulator",
        ServiceUrl = serviceUrl,
        From = new ChannelAccount($"user-{conversation}", "User", RoleTypes.User),
        Recipient = new ChannelAccount("bot", "Bot", RoleTypes.Bot),
        Conversation = new ConversationAccount(id: $"memory-{conversation}"),
    });

    private static string Address(IServiceProvider services) =>
        services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
