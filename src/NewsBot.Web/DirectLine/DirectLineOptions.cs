namespace NewsBot.Web.DirectLine;

/// <summary>The local Direct Line's settings (section DirectLine).</summary>
public sealed record DirectLineOptions
{
    /// <summary>
    /// The Direct Line's own secret, as Azure's: it exchanges for conversation tokens at
    /// /tokens/generate and opens any conversation. Required when an app id is set (the Direct Line
    /// is off without it); without an app id and without a secret, tokens are handed to anyone.
    /// </summary>
    public string? Secret { get; init; }

    /// <summary>
    /// How the web chat page gets its token at /api/webchat/token: "anyone" (every visitor, an
    /// anonymous user; the default without an app id), "signed-in" (only requests carrying
    /// <see cref="UserHeader"/>, set by the sign-in proxy in front of the host; the user is who it
    /// names) or "off" (the default with an app id: the deployment's own server exchanges the secret).
    /// </summary>
    public string? PageTokens { get; init; }

    /// <summary>The request header in which the sign-in proxy names the signed-in user (e.g. X-MS-CLIENT-PRINCIPAL-NAME).</summary>
    public string? UserHeader { get; init; }

    /// <summary>Most conversations held at once; at the limit only conversations idle for <see cref="EvictableAfter"/> make room.</summary>
    public int MaxConversations { get; init; } = 10_000;

    /// <summary>A conversation no one has touched (posted to, polled) for this long is forgotten.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromHours(1);

    /// <summary>At the limit, a conversation idle at least this long may be dropped for a new one; a livelier one never is.</summary>
    public TimeSpan EvictableAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a conversation token is good for; Web Chat refreshes its token every 15 minutes.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Most activities a conversation keeps for its clients to read; older ones are dropped (the conversation goes on).</summary>
    public int MaxActivitiesPerConversation { get; init; } = 200;

    /// <summary>Most bytes (as JSON) of the activities a conversation keeps; older ones are dropped first. Keep it above twice <see cref="MaxActivityBytes"/>: a post and its reply must fit.</summary>
    public int MaxHistoryBytes { get; init; } = 128 * 1024;

    /// <summary>The largest activity a client may post.</summary>
    public int MaxActivityBytes { get; init; } = 64 * 1024;

    /// <summary>Most bytes of files one upload may carry (DirectLine:MaxUploadBytes); a larger upload is refused (413) unread.</summary>
    public long MaxUploadBytes { get; init; } = 5L * 1024 * 1024;
}
