using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Store;
using NewsBot.Web.Articles;
using NewsBot.Web.BotFramework;
using Newtonsoft.Json;

namespace NewsBot.Benchmarks;

/// <summary>
/// A whole turn through the web host on loopback: POST /api/messages, the adapter and the bot, and
/// the reply delivered to the channel's serviceUrl (a recording endpoint, also on loopback) — for a
/// NewsBot answer over the bundled seed article and, as the baseline, a bare echo through the same
/// host and adapter. Target: an answer costs at most 1.5× an echo turn (the Ratio column).
/// Runs in process so that both hosts are started once, in GlobalSetup.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class WebTurnBenchmarks
{
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(15));
    }

    private const string EchoPrefix = "/echo ";
    private WebApplicationFactory<NewsBotAdapter> _host = null!;
    private WebApplication _channel = null!;
    private HttpClient _http = null!;
    private string _question = "";
    private int _delivered;

    [GlobalSetup]
    public void Setup()
    {
        _channel = CountingChannel.StartAsync(() => Interlocked.Increment(ref _delivered)).GetAwaiter().GetResult();
        var serviceUrl = Address(_channel.Services) + "/";
        _host = new WebApplicationFactory<NewsBotAdapter>().WithWebHostBuilder(builder =>
        {
            // The host finds its articles (seeds/, copied next to the binaries) from here.
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.UseSetting(StoreLocator.ConfigurationKey, StoreLocator.InMemory);
            // One client posts every turn: give it a crowd's rate limit, or the turns are measured as 429s.
            builder.UseSetting("RateLimits:Posts:PerMinute", "10000000");
            builder.UseSetting("RateLimits:Posts:Burst", "1000000");
            builder.ConfigureLogging(logging => logging.ClearProviders());
            builder.ConfigureTestServices(services => DecorateBot(services, bot => new EchoOrAnswer(bot)));
        });
        _host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _host.StartServer();
        _http = new HttpClient { BaseAddress = new Uri(Address(_host.Services) + "/") };

        // A question about whoever the article quotes most, whatever article is bundled.
        var speaker = _host.Services.GetRequiredService<IArticleStore>().MostQuotedAsync(1).GetAwaiter().GetResult().FirstOrDefault()
            ?? throw new InvalidOperationException("The bundled article has no speakers to ask about.");
        _question = $"What did {speaker.Name} say?";
        _answerBody = Body($"{_question}", serviceUrl);
        _echoBody = Body(EchoPrefix + _question, serviceUrl);
        if (Post(_answerBody) != 1 || Post(_echoBody) != 1) throw new InvalidOperationException("A turn did not deliver exactly one reply.");
    }

    private string _answerBody = "", _echoBody = "";

    [Benchmark(Baseline = true, Description = "echo turn")]
    public int Echo() => Post(_echoBody);

    [Benchmark(Description = "NewsBot answer turn")]
    public int Answer() => Post(_answerBody);

    [GlobalCleanup(Target = nameof(Echo))]
    public void CleanupAfterEcho() => Cleanup();

    [GlobalCleanup(Target = nameof(Answer))]
    public void CleanupAfterAnswer()
    {
        ReportPairedRatio(pairs: 200);
        Cleanup();
    }

    /// <summary>
    /// BenchmarkDotNet measures the two turns one after the other, so on a busy machine a change of
    /// load between them skews the Ratio column. This alternates echo and answer turns and compares
    /// their medians, which such drift affects equally.
    /// </summary>
    private void ReportPairedRatio(int pairs)
    {
        var echo = new List<double>(pairs);
        var answer = new List<double>(pairs);
        for (int i = 0; i < pairs; i++)
        {
            echo.Add(Time(_echoBody));
            answer.Add(Time(_answerBody));
        }
        double median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        Console.WriteLine($"// Paired ({pairs} alternating turns): echo median {median(echo):F2} ms, answer median {median(answer):F2} ms, ratio {median(answer) / median(echo):F2} (target <= 1.5)");
    }

    private double Time(string body)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Post(body);
        return watch.Elapsed.TotalMilliseconds;
    }

    private void Cleanup()
    {
        _http.Dispose();
        _host.Dispose();
        _channel.StopAsync().GetAwaiter().GetResult();
    }

    /// <summary>Posts one activity; returns how many replies reached the channel during the turn.</summary>
    private int Post(string body)
    {
        var before = Volatile.Read(ref _delivered);
        using var response = _http.PostAsync("api/messages", new StringContent(body, Encoding.UTF8, "application/json")).GetAwaiter().GetResult();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"/api/messages answered {(int)response.StatusCode}");
        return Volatile.Read(ref _delivered) - before;
    }

    private static string Body(string text, string serviceUrl) => JsonConvert.SerializeObject(new Activity
    {
        Type = ActivityTypes.Message,
        Id = "bench-1",
        Text = text,
        ChannelId = "emulator",
        ServiceUrl = serviceUrl,
        From = new ChannelAccount("bench-user", "User", RoleTypes.User),
        Recipient = new ChannelAccount("bench-bot", "Bot", RoleTypes.Bot),
        Conversation = new ConversationAccount(id: "bench-conversation"),
    });

    private static string Address(IServiceProvider services) =>
        services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>Wraps the host's own IBot registration, keeping however the host builds it.</summary>
    private static void DecorateBot(IServiceCollection services, Func<IBot, IBot> decorate)
    {
        var original = services.Last(d => d.ServiceType == typeof(IBot));
        services.Remove(original);
        services.Add(new ServiceDescriptor(typeof(IBot), sp => decorate(
            original.ImplementationFactory is { } factory ? (IBot)factory(sp)
            : original.ImplementationInstance as IBot ?? (IBot)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)), original.Lifetime));
    }

    /// <summary>Echoes messages that start with "/echo " (touching no state); hands everything else to NewsBot.</summary>
    private sealed class EchoOrAnswer(IBot newsBot) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            turnContext.Activity.Text?.StartsWith(EchoPrefix, StringComparison.Ordinal) == true
                ? turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken)
                : newsBot.OnTurnAsync(turnContext, cancellationToken);
    }
}
