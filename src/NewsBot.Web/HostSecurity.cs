namespace NewsBot.Web;

/// <summary>
/// The one switch every door reads: with a MicrosoftAppId set the bot is deployed, so channels must
/// prove who they are (Bot Framework tokens), the local Direct Line needs a secret of its own, and
/// anonymous users may not add articles. Without one it is a bot on a developer's machine.
/// </summary>
public sealed record HostSecurity(bool Deployed)
{
    public const string AppIdKey = "MicrosoftAppId";

    public static HostSecurity From(IConfiguration configuration) => new(!string.IsNullOrWhiteSpace(configuration[AppIdKey]));
}
