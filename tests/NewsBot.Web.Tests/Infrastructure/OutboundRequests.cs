using System.Collections.Concurrent;
using System.Diagnostics;

namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>
/// Records the HTTP requests this process makes to hosts other than loopback (the host under test
/// runs in this process), through the activities .NET's HttpClient reports for every request.
/// </summary>
public sealed class OutboundRequests : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Uri> _seen = new();

    public OutboundRequests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Record, // its tags (url.full, server.address) are all set by then
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Requests to a host that is not loopback, seen since this recorder started.</summary>
    public IReadOnlyList<Uri> ToOtherHosts => _seen.ToList();

    private void Record(Activity activity)
    {
        if (activity.GetTagItem("url.full") is string url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsLoopback)
            _seen.Enqueue(uri);
        else if (activity.GetTagItem("server.address") is string host && host is not ("127.0.0.1" or "localhost" or "::1"))
            _seen.Enqueue(new Uri("http://" + host + "/"));
    }

    public void Dispose() => _listener.Dispose();
}
