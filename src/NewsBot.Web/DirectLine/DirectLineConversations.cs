using System.Security.Cryptography;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Caching.Memory;

namespace NewsBot.Web.DirectLine;

/// <summary>
/// The local Direct Line's conversations, kept in memory and forgotten after an idle hour; a bounded
/// number of them so that a stream of "start conversation" calls cannot exhaust the host.
/// </summary>
public sealed class DirectLineConversations(DirectLineOptions options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2L * options.MaxConversations });  // an id entry and a token entry each

    /// <summary>A new conversation, or null when the host already holds as many as it allows.</summary>
    public DirectLineConversation? Create(ChannelAccount? user)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var conversation = new DirectLineConversation(id, token, options.MaxActivitiesPerConversation) { ExpectedUser = user };
        var entry = new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = options.IdleTimeout };
        _cache.Set(ConversationKey(id), conversation, entry);
        _cache.Set(TokenKey(token), conversation, entry);
        // MemoryCache silently declines entries beyond its size limit (and compacts for next time).
        return ById(id) is not null && ByToken(token) is not null ? conversation : null;
    }

    public DirectLineConversation? ById(string id) => _cache.Get<DirectLineConversation>(ConversationKey(id));

    public DirectLineConversation? ByToken(string token) => _cache.Get<DirectLineConversation>(TokenKey(token));

    public void Dispose() => _cache.Dispose();

    private static string ConversationKey(string id) => "c:" + id;
    private static string TokenKey(string token) => "t:" + token;
    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public sealed record DirectLineOptions
{
    public int MaxConversations { get; init; } = 10_000;
    public int MaxActivitiesPerConversation { get; init; } = 2_000;
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromHours(1);
    public int MaxActivityBytes { get; init; } = 64 * 1024;

    /// <summary>Most bytes of files one upload may carry (DirectLine:MaxUploadBytes); a larger upload is refused (413) unread.</summary>
    public long MaxUploadBytes { get; init; } = 5L * 1024 * 1024;
}
