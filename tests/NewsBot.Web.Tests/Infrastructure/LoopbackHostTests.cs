namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>Tests sharing one host per test (the real bot over <see cref="TestArticles"/> unless overridden) and a recording channel.</summary>
public abstract class LoopbackHostTests : IAsyncLifetime
{
    protected ChannelRecorder Channel { get; private set; } = null!;
    protected NewsBotHost Host { get; private set; } = null!;
    protected HttpClient Http { get; private set; } = null!;

    protected virtual NewsBotHost CreateHost() => new(TestArticles.WriteFolder());

    public async Task InitializeAsync()
    {
        Channel = await ChannelRecorder.StartAsync();
        Host = CreateHost();
        Http = Host.Http();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
