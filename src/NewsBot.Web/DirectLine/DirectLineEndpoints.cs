using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Dialogs.Articles;
using NewsBot.Web.BotFramework;
using Newtonsoft.Json;

namespace NewsBot.Web.DirectLine;

/// <summary>
/// The part of the Direct Line 3.0 REST protocol that Web Chat uses with polling
/// (createDirectLine({ webSocket: false })), served by the host itself so the page works without
/// Azure. Authorization follows Azure's Direct Line: the secret (DirectLine:Secret, kept on the
/// server) exchanges for tokens and opens any conversation; a token opens its own conversation
/// alone, for <see cref="DirectLineOptions.TokenLifetime"/> unless refreshed. With an app id set
/// and no secret, the whole endpoint is off. A missing credential is a 401, a wrong one a 403.
/// </summary>
public static class DirectLineEndpoints
{
    public const string ChannelId = "directline";
    private static readonly ChannelAccount BotAccount = new("newsbot", "NewsBot", RoleTypes.Bot);

    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder endpoints, string prefix = "/v3/directline")
    {
        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter(RefuseWhenOff);
        group.MapPost("/tokens/generate", GenerateTokenAsync).RequireRateLimiting(ClientRateLimits.Conversations);
        group.MapPost("/tokens/refresh", RefreshToken).RequireRateLimiting(ClientRateLimits.Reads);
        group.MapPost("/conversations", StartConversationAsync).RequireRateLimiting(ClientRateLimits.Conversations);
        group.MapGet("/conversations/{conversationId}", Reconnect).RequireRateLimiting(ClientRateLimits.Reads);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).RequireRateLimiting(ClientRateLimits.Posts);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities).RequireRateLimiting(ClientRateLimits.Reads);
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync).RequireRateLimiting(ClientRateLimits.Uploads);
        return group;
    }

    /// <summary>The door is closed when an app id is set and the Direct Line has no secret of its own.</summary>
    public static ValueTask<object?> RefuseWhenOff(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<DirectLineAccess>().IsOff
            ? ValueTask.FromResult<object?>(Results.Problem("The local Direct Line is off: this bot has an app id, so it needs DirectLine:Secret.", statusCode: StatusCodes.Status404NotFound))
            : next(context);

    private sealed record TokenRequest(ChannelAccount? User);

    /// <summary>A conversation and its token; with a secret, only for its holder, who may name (and so vouch for) the user.</summary>
    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineConversations conversations, DirectLineAccess access)
    {
        if (access.HasSecret && RefuseUnlessSecret(request, access) is { } refusal) return refusal;
        ChannelAccount? user = null;
        if (request.ContentLength is > 0 and < 4096)
        {
            try
            {
                using var reader = new StreamReader(request.Body);
                user = JsonConvert.DeserializeObject<TokenRequest>(await reader.ReadToEndAsync())?.User;
            }
            catch (JsonException)
            {
                return Results.Problem("The body must be { \"user\": { \"id\": \"…\" } } or empty.", statusCode: StatusCodes.Status400BadRequest);
            }
        }
        var (grant, retryAfter) = conversations.Create();
        if (grant is null) return Busy(request.HttpContext, retryAfter);
        if (!string.IsNullOrWhiteSpace(user?.Id)) grant.Conversation.NameUser(new ChannelAccount(user.Id.Trim(), user.Name, RoleTypes.User), vouchedFor: access.HasSecret);
        return Json(Describe(grant), StatusCodes.Status200OK);
    }

    private static IResult RefreshToken(HttpRequest request, DirectLineConversations conversations) =>
        conversations.ByToken(BearerToken(request)) is { } grant
            ? Json(Describe(conversations.NewToken(grant.Conversation)), StatusCodes.Status200OK)
            : BearerToken(request) is null ? Unauthorized() : Forbidden();

    /// <summary>Starts the conversation a token was made for; with the secret (or, on an open Direct Line, with nothing), a new one.</summary>
    private static async Task<IResult> StartConversationAsync(HttpContext http, DirectLineConversations conversations, DirectLineAccess access, DirectLineAdapter adapter, IBot bot)
    {
        var bearer = BearerToken(http.Request);
        DirectLineGrant grant;
        if (bearer is null ? !access.HasSecret : access.IsSecret(bearer))
        {
            var (created, retryAfter) = conversations.Create();
            if (created is null) return Busy(http, retryAfter);
            grant = created;
        }
        else if (bearer is null) return Unauthorized();
        else if (conversations.ByToken(bearer) is { } existing) grant = existing;
        else return Forbidden();

        if (grant.Conversation.TryStart())
        {
            var joining = new List<ChannelAccount> { BotAccount };
            if (grant.Conversation.User is { } user) joining.Add(user);
            await JoinAsync(http, grant.Conversation, joining, adapter, bot);
        }
        return Json(Describe(grant), StatusCodes.Status201Created);
    }

    private static IResult Reconnect(HttpRequest request, string conversationId, DirectLineConversations conversations, DirectLineAccess access) =>
        Authorize(request, conversationId, conversations, access, out var conversation)
        ?? Json(new { conversationId = conversation!.Id }, StatusCodes.Status200OK);

    private static async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, DirectLineConversations conversations, DirectLineAccess access,
        DirectLineOptions options, DirectLineAdapter adapter, IBot bot)
    {
        if (Authorize(http.Request, conversationId, conversations, access, out var conversation) is { } refusal) return refusal;
        var incoming = await IncomingActivityReader.ReadAsync(http.Request, options.MaxActivityBytes, http.RequestAborted);
        if (incoming.Activity is not { } activity) return incoming.ToProblem();
        return await DeliverAsync(http, conversation!, activity, adapter, bot);
    }

    /// <summary>
    /// A message with files, as Web Chat sends it: multipart/form-data with an "activity" part
    /// (the message as JSON) and a "file" part per file. The files travel on inside the activity
    /// as data links, so the bot reads them without a request back to this host.
    /// </summary>
    private static async Task<IResult> UploadAsync(HttpContext http, string conversationId, string? userId, DirectLineConversations conversations, DirectLineAccess access,
        DirectLineOptions options, DirectLineAdapter adapter, IBot bot)
    {
        if (Authorize(http.Request, conversationId, conversations, access, out var conversation) is { } refusal) return refusal;
        var upload = await DirectLineUpload.ReadAsync(http, options, http.RequestAborted);
        if (upload.Activity is not { } activity) return upload.ToProblem();
        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            if (string.IsNullOrWhiteSpace(userId)) return Results.Problem("The activity has no 'from.id' and the upload names no userId.", statusCode: StatusCodes.Status400BadRequest);
            activity.From = new ChannelAccount(userId);
        }
        return await DeliverAsync(http, conversation!, activity, adapter, bot, echoFiles: false);
    }

    /// <param name="echoFiles">
    /// False for uploads: the stream keeps the files' names and types but not their content, so a
    /// conversation's history never holds megabytes of uploads; the bot still gets the content.
    /// </param>
    private static async Task<IResult> DeliverAsync(HttpContext http, DirectLineConversation conversation, Activity activity, DirectLineAdapter adapter, IBot bot, bool echoFiles = true)
    {
        var (user, joinsNow) = conversation.Speaker(activity.From);
        if (joinsNow) await JoinAsync(http, conversation, [user], adapter, bot);

        // The user's own activity comes back in the stream first, with the client's channelData
        // (Web Chat's clientActivityID) untouched: that is how Web Chat marks its message as sent.
        activity.From = user;
        Address(activity, http, conversation);
        var id = conversation.Append(echoFiles ? activity : WithoutFileContent(activity));
        activity.Id = id;
        await adapter.ProcessAsync(conversation, activity, bot, http.RequestAborted);
        return Json(new ResourceResponse(id), StatusCodes.Status200OK);
    }

    private static IResult GetActivities(HttpRequest request, string conversationId, string? watermark, DirectLineConversations conversations, DirectLineAccess access) =>
        Authorize(request, conversationId, conversations, access, out var conversation) ?? Page(conversation!, watermark);

    /// <summary>{"activities":[…],"watermark":"n"}, written from the JSON the conversation keeps.</summary>
    private static IResult Page(DirectLineConversation conversation, string? watermark)
    {
        // Web Chat's first poll asks for "watermark=undefined"; anything unreadable means "from the start".
        var (activities, next) = conversation.Since(int.TryParse(watermark, CultureInfo.InvariantCulture, out var seen) ? seen : 0);
        var body = new MemoryStream();
        body.Write("{\"activities\":["u8);
        for (int i = 0; i < activities.Count; i++)
        {
            if (i > 0) body.WriteByte((byte)',');
            body.Write(activities[i]);
        }
        body.Write(Encoding.UTF8.GetBytes($"],\"watermark\":\"{next.ToString(CultureInfo.InvariantCulture)}\"}}"));
        return Results.Bytes(body.ToArray(), "application/json");
    }

    private static async Task JoinAsync(HttpContext http, DirectLineConversation conversation, List<ChannelAccount> members, DirectLineAdapter adapter, IBot bot)
    {
        var update = new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = members, From = members[^1] };
        Address(update, http, conversation);
        await adapter.ProcessAsync(conversation, update, bot, http.RequestAborted);
    }

    private static void Address(Activity activity, HttpContext http, DirectLineConversation conversation)
    {
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = BotAccount;
        activity.ServiceUrl = $"{http.Request.Scheme}://{http.Request.Host}/v3/directline";
        activity.Timestamp = DateTimeOffset.UtcNow;
        // Set here whatever the client sent: the bot reads it as who vouches for the user.
        activity.CallerId = conversation.UserIsVouchedFor ? ChatUsers.VouchedByHost : null;
    }

    private static Activity WithoutFileContent(Activity activity)
    {
        var files = activity.Attachments;
        activity.Attachments = files?.Select(f => new Attachment(f.ContentType, name: f.Name)).ToList();
        var echo = JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity))!;
        activity.Attachments = files;
        return echo;
    }

    /// <summary>Null when the request may use the conversation (its token, or the secret), which is then marked as seen; else the refusal.</summary>
    private static IResult? Authorize(HttpRequest request, string conversationId, DirectLineConversations conversations, DirectLineAccess access, out DirectLineConversation? conversation)
    {
        conversation = conversations.ById(conversationId, touch: false);
        if (conversation is null) return Results.Problem("No such conversation (it may have expired).", statusCode: StatusCodes.Status404NotFound);
        var bearer = BearerToken(request);
        if (bearer is null) return Unauthorized();
        if (access.IsSecret(bearer))
        {
            conversations.ById(conversationId);
            return null;
        }
        return conversations.Opens(bearer, conversation) ? null : Forbidden();
    }

    private static IResult? RefuseUnlessSecret(HttpRequest request, DirectLineAccess access) =>
        BearerToken(request) is not { } bearer ? Unauthorized()
        : access.IsSecret(bearer) ? null
        : Forbidden();

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length ? header[scheme.Length..].Trim() : null;
    }

    public static object Describe(DirectLineGrant grant) =>
        new { conversationId = grant.Conversation.Id, token = grant.Token, expires_in = (int)grant.ExpiresIn.TotalSeconds };

    private static IResult Unauthorized() =>
        Results.Problem("Send the conversation's token (or the Direct Line secret) as Authorization: Bearer.", statusCode: StatusCodes.Status401Unauthorized);

    private static IResult Forbidden() =>
        Results.Problem("The token is expired, unknown or belongs to another conversation.", statusCode: StatusCodes.Status403Forbidden);

    public static IResult Busy(HttpContext http, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Results.Problem("The host holds as many conversations in use as it allows; try again later.", statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public static IResult Json(object value, int status) =>
        Results.Text(JsonConvert.SerializeObject(value, DirectLineConversation.Json), "application/json", statusCode: status);
}
