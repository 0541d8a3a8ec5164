using NewsBot.Web.DirectLine;

namespace NewsBot.Web.ArticleView;

/// <summary>Who may open the article pages (NewsBot:ArticleView:Access).</summary>
public enum ArticleViewAccessMode
{
    /// <summary>Whoever the web chat page is open to: everyone on a developer's machine; on a deployed bot, as DirectLine:PageTokens says.</summary>
    AsChat,
    /// <summary>Everyone who can reach the host (for links from Teams answers, say).</summary>
    Public,
    Off,
}

/// <summary>The article view is one more door, so it follows the chat's security model rather than being open by accident.</summary>
public sealed class ArticleViewAccess
{
    public const string SettingKey = "NewsBot:ArticleView:Access";

    private readonly DirectLineAccess _chat;
    private readonly HostSecurity _host;

    /// <exception cref="InvalidOperationException">The setting names no mode.</exception>
    public ArticleViewAccess(IConfiguration configuration, DirectLineAccess chat, HostSecurity host)
    {
        _chat = chat;
        _host = host;
        Mode = (configuration[SettingKey]?.Trim().ToLowerInvariant() ?? "") switch
        {
            "" or "as-chat" => ArticleViewAccessMode.AsChat,
            "public" => ArticleViewAccessMode.Public,
            "off" => ArticleViewAccessMode.Off,
            var other => throw new InvalidOperationException($"{SettingKey} is '{other}': use as-chat, public or off."),
        };
    }

    public ArticleViewAccessMode Mode { get; }

    /// <summary>
    /// Whether the people who chat with the bot may open the pages, so answers may link to them: when
    /// public; as the chat, on a developer's machine, or when the web chat page gives tokens to
    /// anyone or to signed-in users (a chat user's browser passes the same sign-in).
    /// </summary>
    public bool OpenToChatUsers => Mode switch
    {
        ArticleViewAccessMode.Public => true,
        ArticleViewAccessMode.Off => false,
        _ => !_host.Deployed || !_chat.IsOff && _chat.PageTokens != PageTokenMode.Off,
    };

    /// <summary>Null when the request may see the pages; else the status to refuse it with.</summary>
    public int? Refusal(HttpRequest request) => Mode switch
    {
        ArticleViewAccessMode.Public => null,
        ArticleViewAccessMode.Off => StatusCodes.Status404NotFound,
        _ when !_host.Deployed => null,
        _ => _chat.PageTokens switch
        {
            PageTokenMode.Anyone when !_chat.IsOff => null,
            PageTokenMode.SignedIn when !_chat.IsOff => request.Headers[_chat.UserHeader!].ToString().Trim().Length > 0 ? null : StatusCodes.Status401Unauthorized,
            _ => StatusCodes.Status404NotFound,
        },
    };
}
