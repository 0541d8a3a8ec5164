using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>
/// Plays the channel's side of the Bot Framework connector on loopback, as the Emulator does: the bot
/// posts its replies to {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}], and this records them.
/// </summary>
public sealed class ChannelRecorder : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _keep;
    private readonly ConcurrentQueue<Activity> _received = new();
    private readonly ConcurrentDictionary<string, int> _counts = new();
    private int _count;

    private ChannelRecorder(WebApplication app, bool keep) => (_app, _keep) = (app, keep);

    public string ServiceUrl { get; private set; } = "";

    /// <summary>How many activities the bot has sent, kept or not.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>How many activities the bot has sent to one conversation, kept or not.</summary>
    public int CountTo(string conversationId) => _counts.GetValueOrDefault(conversationId);

    /// <param name="keep">False for load tests: count what arrives, keep none of it.</param>
    public static async Task<ChannelRecorder> StartAsync(bool keep = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var recorder = new ChannelRecorder(app, keep);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", recorder.RecordAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", recorder.RecordAsync);
        await app.StartAsync();
        recorder.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/";
        return recorder;
    }

    /// <summary>The replies the bot has sent to one conversation so far, in arrival order.</summary>
    public IReadOnlyList<Activity> RepliesTo(string conversationId) =>
        _received.Where(a => a.Conversation?.Id == conversationId).ToList();

    public IReadOnlyList<string> TextsTo(string conversationId) =>
        RepliesTo(conversationId).Where(a => a.Type == ActivityTypes.Message).Select(Transcript.TextOf).ToList();

    private async Task<IResult> RecordAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync())!;
        Interlocked.Increment(ref _count);
        _counts.AddOrUpdate(activity.Conversation?.Id ?? "", 1, (_, n) => n + 1);
        if (_keep) _received.Enqueue(activity);
        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
