using System.Security.Cryptography;
using Microsoft.Bot.Schema;

namespace NewsBot.Web.DirectLine;

/// <summary>
/// One local Direct Line conversation: its bearer token, who has joined, and the activity stream a
/// client pages through with a watermark (the number of activities it has already seen).
/// </summary>
public sealed class DirectLineConversation(string id, string token, int capacity)
{
    private readonly List<Activity> _activities = [];
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);

    public string Id { get; } = id;
    public string Token { get; } = token;
    public bool Started { get; private set; }

    /// <summary>The user named when the token was generated, if any; they join as the conversation starts.</summary>
    public ChannelAccount? ExpectedUser { get; init; }

    public bool Authorizes(string? bearerToken) =>
        bearerToken is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(bearerToken), System.Text.Encoding.UTF8.GetBytes(Token));

    /// <summary>Marks the conversation started; true only for the caller that started it.</summary>
    public bool TryStart()
    {
        lock (_activities)
        {
            if (Started) return false;
            Started = true;
            return true;
        }
    }

    /// <summary>Records a member; true when they are new to the conversation.</summary>
    public bool Join(string memberId)
    {
        lock (_activities) return _members.Add(memberId);
    }

    public bool IsFull
    {
        get { lock (_activities) return _activities.Count >= capacity; }
    }

    /// <summary>Appends an activity to the stream, giving it its id ("{conversation}|0000001") and a timestamp.</summary>
    public string Append(Activity activity)
    {
        lock (_activities)
        {
            activity.Id = $"{Id}|{_activities.Count + 1:D7}";
            activity.Timestamp ??= DateTimeOffset.UtcNow;
            _activities.Add(activity);
            return activity.Id;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> and the watermark to ask with next.</summary>
    public (IReadOnlyList<Activity> Activities, int Watermark) Since(int watermark)
    {
        lock (_activities)
        {
            var from = Math.Clamp(watermark, 0, _activities.Count);
            return (_activities.GetRange(from, _activities.Count - from), _activities.Count);
        }
    }
}
