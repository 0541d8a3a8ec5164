using Microsoft.Bot.Schema;

namespace NewsBot.Dialogs.Articles;

/// <summary>Who may add articles through chat.</summary>
public enum ArticleAdders
{
    Everyone,
    Nobody,
    /// <summary>Only the users named in <see cref="ArticleAddingPolicy.Users"/>.</summary>
    Listed,
}

/// <summary>
/// Who may add articles by sending them in chat (a link, a pasted text, a file): everyone, nobody or
/// listed users (by their channel id, or their Entra object id in Teams). A user the channel does
/// not vouch for (see <see cref="ChatUsers.IsVouchedFor"/>) counts only when
/// <see cref="AnonymousUsers"/> allows it, as it does on a developer's machine and not on a deployed bot.
/// </summary>
public sealed record ArticleAddingPolicy
{
    /// <summary>Everyone may add, anonymous users included: a bot nobody else can reach.</summary>
    public static ArticleAddingPolicy Open { get; } = new();

    public ArticleAdders Who { get; init; } = ArticleAdders.Everyone;

    /// <summary>The users who may add when <see cref="Who"/> is <see cref="ArticleAdders.Listed"/>.</summary>
    public IReadOnlySet<string> Users { get; init; } = new HashSet<string>();

    /// <summary>Whether users whose identity no one vouches for may add too.</summary>
    public bool AnonymousUsers { get; init; } = true;

    public bool Allows(IActivity activity) => Who switch
    {
        ArticleAdders.Nobody => false,
        _ when !AnonymousUsers && !ChatUsers.IsVouchedFor(activity) => false,
        ArticleAdders.Listed => IsListed(activity.From),
        _ => true,
    };

    /// <summary>What the bot says to a user who may not add the article they sent.</summary>
    public string Refusal => Who == ArticleAdders.Nobody
        ? "Adding articles in chat is switched off on this bot. Ask me about the articles I have, or type **help**."
        : "I can't add articles for you: on this bot only some signed-in users may add them. Ask me about the articles I have, or type **help**.";

    private bool IsListed(ChannelAccount? user) =>
        user is not null && (Listed(user.Id) || Listed(user.AadObjectId));

    private bool Listed(string? id) => !string.IsNullOrWhiteSpace(id) && Users.Contains(id.Trim());
}

/// <summary>Whether a user's identity is vouched for by whoever delivered their message.</summary>
public static class ChatUsers
{
    /// <summary>The caller id a host gives an activity whose sender it has identified itself (a signed-in web chat user).</summary>
    public const string VouchedByHost = "urn:newsbot:vouched-user";

    // On these channels the client names its own user, so the channel's word proves nothing about who it is.
    private static readonly HashSet<string> SelfNamedChannels = new(StringComparer.OrdinalIgnoreCase) { "webchat", "directline", "directlinespeech" };

    /// <summary>
    /// True when the activity's caller id (which adapters set from what they verified, never from the
    /// request) says an authenticated channel delivered it and that channel names its users itself
    /// (Teams, Slack…), or says the host identified the user.
    /// </summary>
    public static bool IsVouchedFor(IActivity activity) => (activity as Activity)?.CallerId switch
    {
        null or "" => false,
        VouchedByHost => true,
        _ => !SelfNamedChannels.Contains(activity.ChannelId ?? ""),
    };
}
