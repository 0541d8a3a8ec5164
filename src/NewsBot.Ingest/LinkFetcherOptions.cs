namespace NewsBot.Ingest;

/// <summary>The bounds every fetch keeps. Configuration section NewsBot:Fetch.</summary>
public sealed class LinkFetcherOptions
{
    /// <summary>Whole fetch, every redirect and the body included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most bytes read from a body (after decompression), counted as it is read.</summary>
    public long MaxBytes { get; set; } = 5L * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Allow connections to private, loopback and link-local addresses. Off by default, so a link
    /// cannot make the host reach its own network; tests and a bot whose channel serves
    /// attachments on a private address turn it on.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>
    /// Allow loopback addresses (127.0.0.0/8, ::1) only: the host's own services, such as the
    /// Bot Framework Emulator's attachment server or a test's page server. Other internal ranges
    /// stay closed.
    /// </summary>
    public bool AllowLoopback { get; set; }

    internal bool Allows(System.Net.IPAddress address) =>
        AllowPrivateNetworks || NetworkAddresses.IsPublic(address) || (AllowLoopback && System.Net.IPAddress.IsLoopback(address));

    public string UserAgent { get; set; } = "NewsBot/1.0 (+article reader)";
}
