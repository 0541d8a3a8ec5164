using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Web.DirectLine;

/// <summary>How the web chat page may get a conversation token (DirectLine:PageTokens).</summary>
public enum PageTokenMode
{
    /// <summary>Every visitor of the page, as an anonymous user.</summary>
    Anyone,
    /// <summary>Only requests on which the sign-in proxy in front of the host named the user (DirectLine:UserHeader).</summary>
    SignedIn,
    /// <summary>None: the deployment's own server exchanges the secret for tokens.</summary>
    Off,
}

/// <summary>
/// Who may open the local Direct Line, from its settings and the host's: off when an app id is set
/// without a Direct Line secret; with a secret, new conversations need it (or a token made with it);
/// each conversation's token opens that conversation alone.
/// </summary>
public sealed class DirectLineAccess
{
    private readonly byte[]? _secretHash;

    /// <exception cref="InvalidOperationException">DirectLine:PageTokens is unknown, or signed-in without a DirectLine:UserHeader.</exception>
    public DirectLineAccess(DirectLineOptions options, HostSecurity security)
    {
        _secretHash = string.IsNullOrWhiteSpace(options.Secret) ? null : Hash(options.Secret.Trim());
        IsOff = security.Deployed && _secretHash is null;
        PageTokens = (options.PageTokens?.Trim().ToLowerInvariant() ?? "") switch
        {
            "" => security.Deployed ? PageTokenMode.Off : PageTokenMode.Anyone,
            "anyone" => PageTokenMode.Anyone,
            "signed-in" or "signedin" => PageTokenMode.SignedIn,
            "off" => PageTokenMode.Off,
            var other => throw new InvalidOperationException($"DirectLine:PageTokens is '{other}': use anyone, signed-in or off."),
        };
        UserHeader = string.IsNullOrWhiteSpace(options.UserHeader) ? null : options.UserHeader.Trim();
        if (PageTokens == PageTokenMode.SignedIn && UserHeader is null)
            throw new InvalidOperationException("DirectLine:PageTokens is signed-in: set DirectLine:UserHeader to the header in which your sign-in proxy names the user.");
    }

    /// <summary>An app id is set and the Direct Line has no secret of its own: every request to it is refused.</summary>
    public bool IsOff { get; }

    public bool HasSecret => _secretHash is not null;

    public PageTokenMode PageTokens { get; }

    public string? UserHeader { get; }

    /// <summary>Compares hashes, so the time taken says nothing about the secret, not even its length.</summary>
    public bool IsSecret(string? bearer) =>
        _secretHash is not null && bearer is not null && CryptographicOperations.FixedTimeEquals(Hash(bearer), _secretHash);

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
