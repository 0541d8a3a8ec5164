using System.Reflection;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace NewsBot.Web.BotFramework;

/// <summary>An activity read from a request body, or the reason (a 4xx status and a sentence) it was refused.</summary>
public sealed record IncomingActivity(Activity? Activity, int Status, string? Problem)
{
    public static IncomingActivity Accepted(Activity activity) => new(activity, StatusCodes.Status200OK, null);
    public static IncomingActivity Refused(int status, string problem) => new(null, status, problem);
    public static IncomingActivity BadRequest(string problem) => Refused(StatusCodes.Status400BadRequest, problem);

    public IResult ToProblem() => Results.Problem(Problem, statusCode: Status);
}

/// <summary>
/// Reads and checks a posted activity before any adapter sees it, so that bad input (not JSON, a
/// missing field, an unknown type, an oversized body) gets a 4xx saying what is wrong instead of
/// surfacing later as an exception and a 500.
/// </summary>
public static class IncomingActivityReader
{
    // Every type the Bot Framework schema defines (message, conversationUpdate, invoke, …).
    private static readonly HashSet<string> KnownTypes = typeof(ActivityTypes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads an activity that has a known type and a sender.</summary>
    public static async Task<IncomingActivity> ReadAsync(HttpRequest request, int maxBodyBytes, CancellationToken cancellationToken)
    {
        var tooLarge = IncomingActivity.Refused(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBodyBytes} bytes.");
        if (request.ContentLength > maxBodyBytes) return tooLarge;
        using var body = await ReadBoundedAsync(request.Body, maxBodyBytes, cancellationToken);
        if (body is null) return tooLarge;
        if (body.Length == 0) return IncomingActivity.BadRequest("The request has no body; post an activity as JSON.");

        Activity? activity;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(body)) { MaxDepth = 64 };
            activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
        }
        catch (JsonException e)
        {
            return IncomingActivity.BadRequest($"The body is not a valid activity: {e.Message}");
        }
        catch (System.Text.DecoderFallbackException)
        {
            return IncomingActivity.BadRequest("The body is not valid UTF-8.");
        }

        return Check(activity, requireSender: true);
    }

    /// <summary>Accepts an activity with a type the Bot Framework defines (and a sender, when required), or says what it lacks.</summary>
    public static IncomingActivity Check(Activity? activity, bool requireSender)
    {
        string? problem =
            activity is null ? "The body is not a JSON object."
            : string.IsNullOrWhiteSpace(activity.Type) ? "The activity has no 'type'."
            : !KnownTypes.Contains(activity.Type) ? $"Unknown activity type '{Clip(activity.Type)}'."
            : requireSender && string.IsNullOrWhiteSpace(activity.From?.Id) ? "The activity has no 'from.id'."
            : null;
        return problem is null ? IncomingActivity.Accepted(activity!) : IncomingActivity.BadRequest(problem);
    }

    /// <summary>What a channel must also say: where the activity comes from and where replies go.</summary>
    public static IncomingActivity RequireChannelFields(this IncomingActivity incoming)
    {
        if (incoming.Activity is not { } activity) return incoming;
        string? problem =
            string.IsNullOrWhiteSpace(activity.ChannelId) ? "The activity has no 'channelId'."
            : string.IsNullOrWhiteSpace(activity.Conversation?.Id) ? "The activity has no 'conversation.id'."
            : !IsHttpUrl(activity.ServiceUrl) ? "The activity's 'serviceUrl' must be an absolute http(s) URL; the bot sends its replies there."
            : null;
        return problem is null ? incoming : IncomingActivity.BadRequest(problem);
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>Copies a body into memory, giving up (null) as soon as it passes the limit, whatever Content-Length claimed.</summary>
    private static async Task<MemoryStream?> ReadBoundedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                await buffer.DisposeAsync();
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }
}
