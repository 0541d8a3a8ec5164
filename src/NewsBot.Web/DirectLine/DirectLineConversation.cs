using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace NewsBot.Web.DirectLine;

/// <summary>
/// One local Direct Line conversation: its user, and the activity stream a client pages through with
/// a watermark (the number of activities appended so far). The stream keeps only its latest
/// activities, as JSON, within a count and a size, so a long conversation never grows without end.
/// </summary>
public sealed class DirectLineConversation(string id, DirectLineOptions options)
{
    // Bot Framework schema types carry Newtonsoft attributes, so activities are written with Newtonsoft.
    public static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore };

    private readonly Lock _gate = new();
    private readonly Queue<byte[]> _kept = new();
    private long _keptBytes;
    private int _appended;
    private bool _started;

    public string Id { get; } = id;

    /// <summary>The conversation's one user: named when its token was made, else the first to speak.</summary>
    public ChannelAccount? User { get; private set; }

    /// <summary>Whether whoever named <see cref="User"/> vouched for them (the secret's holder, the sign-in proxy).</summary>
    public bool UserIsVouchedFor { get; private set; }

    /// <summary>Bytes of the activities kept.</summary>
    public long KeptBytes
    {
        get { lock (_gate) return _keptBytes; }
    }

    public void NameUser(ChannelAccount user, bool vouchedFor)
    {
        lock (_gate)
        {
            User = user;
            UserIsVouchedFor = vouchedFor;
        }
    }

    /// <summary>Marks the conversation started; true only for the caller that started it.</summary>
    public bool TryStart()
    {
        lock (_gate)
        {
            if (_started) return false;
            _started = true;
            return true;
        }
    }

    /// <summary>
    /// Who speaks in the conversation when <paramref name="claimed"/> posts: its user, whatever the
    /// activity claims (as Azure's Direct Line with enhanced authentication); the first to speak
    /// becomes the user when none was named. True when they join now.
    /// </summary>
    public (ChannelAccount User, bool JoinsNow) Speaker(ChannelAccount claimed)
    {
        lock (_gate)
        {
            if (User is { } user) return (user, false);
            User = new ChannelAccount(claimed.Id, claimed.Name, RoleTypes.User);
            return (User, true);
        }
    }

    /// <summary>Appends an activity to the stream, giving it its id ("{conversation}|0000001") and a timestamp.</summary>
    public string Append(Activity activity)
    {
        lock (_gate)
        {
            activity.Id = $"{Id}|{++_appended:D7}";
            activity.Timestamp ??= DateTimeOffset.UtcNow;
            var json = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity, Json));
            _kept.Enqueue(json);
            _keptBytes += json.Length;
            while (_kept.Count > 1 && (_kept.Count > options.MaxActivitiesPerConversation || _keptBytes > options.MaxHistoryBytes))
                _keptBytes -= _kept.Dequeue().Length;
            return activity.Id;
        }
    }

    /// <summary>The activities (as JSON) after <paramref name="watermark"/> that are still kept, and the watermark to ask with next.</summary>
    public (IReadOnlyList<byte[]> Activities, int Watermark) Since(int watermark)
    {
        lock (_gate)
        {
            int first = _appended - _kept.Count;
            int skip = Math.Clamp(watermark, first, _appended) - first;
            return (_kept.Skip(skip).ToList(), _appended);
        }
    }
}
