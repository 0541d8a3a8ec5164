using System.Security.Cryptography;

namespace NewsBot.Web.DirectLine;

/// <summary>A conversation token and how long it is good for.</summary>
public sealed record DirectLineGrant(DirectLineConversation Conversation, string Token, TimeSpan ExpiresIn);

/// <summary>
/// The local Direct Line's conversations, in memory, with their tokens. Fair to everyone at the
/// limit: a conversation is forgotten after <see cref="DirectLineOptions.IdleTimeout"/> untouched,
/// and when the host holds <see cref="DirectLineOptions.MaxConversations"/> a new one takes the
/// place of the longest idle only if that one has been idle <see cref="DirectLineOptions.EvictableAfter"/>;
/// otherwise it is refused, so a flood of new conversations never pushes out one in use.
/// </summary>
public sealed class DirectLineConversations(DirectLineOptions options, TimeProvider time)
{
    private const int TokensPerConversation = 4;

    private sealed class Entry(DirectLineConversation conversation)
    {
        public DirectLineConversation Conversation { get; } = conversation;
        public LinkedListNode<Entry>? Node { get; set; }
        public DateTimeOffset LastSeen { get; set; }
        public List<(string Token, DateTimeOffset Expires)> Tokens { get; } = [];
    }

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _byToken = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _leastRecentlySeen = new();

    public int Count
    {
        get { lock (_lock) return _byId.Count; }
    }

    /// <summary>A new conversation and its first token; null when the host is full of conversations in use, with when to try again.</summary>
    public (DirectLineGrant? Grant, TimeSpan RetryAfter) Create()
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            ForgetIdle(now);
            if (_byId.Count >= options.MaxConversations)
            {
                var oldest = _leastRecentlySeen.First!.Value;
                var idle = now - oldest.LastSeen;
                if (idle < options.EvictableAfter) return (null, options.EvictableAfter - idle);
                Forget(oldest);
            }
            var entry = new Entry(new DirectLineConversation(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), options)) { LastSeen = now };
            entry.Node = _leastRecentlySeen.AddLast(entry);
            _byId[entry.Conversation.Id] = entry;
            return (Issue(entry, now), TimeSpan.Zero);
        }
    }

    /// <summary>The conversation a token (not expired) opens, marked as seen now, with the token's time left; null for any other token.</summary>
    public DirectLineGrant? ByToken(string? token)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (Valid(token, now) is not { } entry) return null;
            var expires = entry.Tokens.First(t => t.Token == token).Expires;
            return new DirectLineGrant(Seen(entry, now).Conversation, token!, expires - now);
        }
    }

    /// <summary>The conversation of that id (marked as seen now when <paramref name="touch"/>), or null when there is none (or it has expired).</summary>
    public DirectLineConversation? ById(string id, bool touch = true)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            ForgetIdle(now);
            if (!_byId.TryGetValue(id, out var entry)) return null;
            return touch ? Seen(entry, now).Conversation : entry.Conversation;
        }
    }

    /// <summary>True when the token opens this very conversation, which is then marked as seen now.</summary>
    public bool Opens(string? token, DirectLineConversation conversation)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (Valid(token, now) is not { } entry || !ReferenceEquals(entry.Conversation, conversation)) return false;
            Seen(entry, now);
            return true;
        }
    }

    /// <summary>A new token for a conversation (a refresh, or a start with the secret); the older ones stay good until they expire.</summary>
    public DirectLineGrant NewToken(DirectLineConversation conversation)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var entry = _byId.TryGetValue(conversation.Id, out var found) ? found : throw new InvalidOperationException("The conversation has been forgotten.");
            return Issue(Seen(entry, now), now);
        }
    }

    private DirectLineGrant Issue(Entry entry, DateTimeOffset now)
    {
        foreach (var (stale, _) in entry.Tokens.Where(t => t.Expires <= now)) _byToken.Remove(stale);
        entry.Tokens.RemoveAll(t => t.Expires <= now);
        while (entry.Tokens.Count >= TokensPerConversation)
        {
            _byToken.Remove(entry.Tokens[0].Token);
            entry.Tokens.RemoveAt(0);
        }
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        entry.Tokens.Add((token, now + options.TokenLifetime));
        _byToken[token] = entry;
        return new DirectLineGrant(entry.Conversation, token, options.TokenLifetime);
    }

    private Entry? Valid(string? token, DateTimeOffset now)
    {
        if (token is null || !_byToken.TryGetValue(token, out var entry)) return null;
        if (now - entry.LastSeen >= options.IdleTimeout)
        {
            Forget(entry);
            return null;
        }
        return entry.Tokens.Any(t => t.Token == token && t.Expires > now) ? entry : null;
    }

    private Entry Seen(Entry entry, DateTimeOffset now)
    {
        entry.LastSeen = now;
        _leastRecentlySeen.Remove(entry.Node!);
        _leastRecentlySeen.AddLast(entry.Node!);
        return entry;
    }

    // The list is in order of last sight, so the idle ones are at its head.
    private void ForgetIdle(DateTimeOffset now)
    {
        while (_leastRecentlySeen.First is { } oldest && now - oldest.Value.LastSeen >= options.IdleTimeout) Forget(oldest.Value);
    }

    private void Forget(Entry entry)
    {
        _leastRecentlySeen.Remove(entry.Node!);
        _byId.Remove(entry.Conversation.Id);
        foreach (var (token, _) in entry.Tokens) _byToken.Remove(token);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
