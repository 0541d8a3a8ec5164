using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Web.BotFramework;
using Newtonsoft.Json;

namespace NewsBot.Web.DirectLine;

/// <summary>
/// The part of the Direct Line 3.0 REST protocol that Web Chat uses with polling
/// (createDirectLine({ webSocket: false })), served by the host itself so the page works without
/// Azure. Every conversation has its own bearer token; a token opens only its own conversation.
/// </summary>
public static class DirectLineEndpoints
{
    public const string ChannelId = "directline";
    private static readonly ChannelAccount BotAccount = new("newsbot", "NewsBot", RoleTypes.Bot);

    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder endpoints, string prefix = "/v3/directline")
    {
        var group = endpoints.MapGroup(prefix);
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        return group;
    }

    private sealed record TokenRequest(ChannelAccount? User);

    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineConversations conversations)
    {
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
        if (user is not null && string.IsNullOrWhiteSpace(user.Id)) user = null;
        var conversation = conversations.Create(user is null ? null : new ChannelAccount(user.Id, user.Name, RoleTypes.User));
        return conversation is null ? Busy() : Json(Describe(conversation), StatusCodes.Status200OK);
    }

    private static IResult RefreshToken(HttpRequest request, DirectLineConversations conversations) =>
        BearerToken(request) is { } token && conversations.ByToken(token) is { } conversation
            ? Json(Describe(conversation), StatusCodes.Status200OK)
            : Forbidden();

    /// <summary>Starts the conversation a token was generated for, or a new one when no token is given.</summary>
    private static async Task<IResult> StartConversationAsync(HttpContext http, DirectLineConversations conversations, DirectLineAdapter adapter, IBot bot)
    {
        var token = BearerToken(http.Request);
        var conversation = token is null ? conversations.Create(null) : conversations.ByToken(token);
        if (conversation is null) return token is null ? Busy() : Forbidden();

        if (conversation.TryStart())
        {
            var joining = new List<ChannelAccount> { BotAccount };
            if (conversation.ExpectedUser is { } user) joining.Add(user);
            await JoinAsync(http, conversation, joining, adapter, bot);
        }
        return Json(Describe(conversation), StatusCodes.Status201Created);
    }

    private static IResult Reconnect(HttpRequest request, string conversationId, DirectLineConversations conversations) =>
        Authorize(request, conversationId, conversations, out var conversation) ?? Json(Describe(conversation!), StatusCodes.Status200OK);

    private static async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, DirectLineConversations conversations,
        DirectLineOptions options, DirectLineAdapter adapter, IBot bot)
    {
        if (Authorize(http.Request, conversationId, conversations, out var conversation) is { } refusal) return refusal;
        if (conversation!.IsFull)
        {
            return Results.Problem("This conversation has reached its length limit; start a new one.", statusCode: StatusCodes.Status429TooManyRequests);
        }
        var incoming = await IncomingActivityReader.ReadAsync(http.Request, options.MaxActivityBytes, http.RequestAborted);
        if (incoming.Activity is not { } activity) return incoming.ToProblem();
        return await DeliverAsync(http, conversation, activity, adapter, bot);
    }

    /// <summary>
    /// A message with files, as Web Chat sends it: multipart/form-data with an "activity" part
    /// (the message as JSON) and a "file" part per file. The files travel on inside the activity
    /// as data links, so the bot reads them without a request back to this host.
    /// </summary>
    private static async Task<IResult> UploadAsync(HttpContext http, string conversationId, string? userId, DirectLineConversations conversations,
        DirectLineOptions options, DirectLineAdapter adapter, IBot bot)
    {
        if (Authorize(http.Request, conversationId, conversations, out var conversation) is { } refusal) return refusal;
        if (conversation!.IsFull)
        {
            return Results.Problem("This conversation has reached its length limit; start a new one.", statusCode: StatusCodes.Status429TooManyRequests);
        }
        var upload = await DirectLineUpload.ReadAsync(http, options, http.RequestAborted);
        if (upload.Activity is not { } activity) return upload.ToProblem();
        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            if (string.IsNullOrWhiteSpace(userId)) return Results.Problem("The activity has no 'from.id' and the upload names no userId.", statusCode: StatusCodes.Status400BadRequest);
            activity.From = new ChannelAccount(userId);
        }
        return await DeliverAsync(http, conversation, activity, adapter, bot, echoFiles: false);
    }

    /// <param name="echoFiles">
    /// False for uploads: the stream keeps the files' names and types but not their content, so a
    /// conversation's history never holds megabytes of uploads; the bot still gets the content.
    /// </param>
    private static async Task<IResult> DeliverAsync(HttpContext http, DirectLineConversation conversation, Activity activity, DirectLineAdapter adapter, IBot bot, bool echoFiles = true)
    {
        var user = new ChannelAccount(activity.From.Id, activity.From.Name, RoleTypes.User);
        if (conversation.Join(user.Id)) await JoinAsync(http, conversation, [user], adapter, bot);

        // The user's own activity comes back in the stream first, with the client's channelData
        // (Web Chat's clientActivityID) untouched: that is how Web Chat marks its message as sent.
        activity.From = user;
        Address(activity, http, conversation);
        var id = conversation.Append(echoFiles ? activity : WithoutFileContent(activity));
        activity.Id = id;
        await adapter.ProcessAsync(conversation, activity, bot, http.RequestAborted);
        return Json(new ResourceResponse(id), StatusCodes.Status200OK);
    }

    private static IResult GetActivities(HttpRequest request, string conversationId, string? watermark, DirectLineConversations conversations) =>
        Authorize(request, conversationId, conversations, out var conversation) ?? Page(conversation!, watermark);

    private static IResult Page(DirectLineConversation conversation, string? watermark)
    {
        // Web Chat's first poll asks for "watermark=undefined"; anything unreadable means "from the start".
        var (activities, next) = conversation.Since(int.TryParse(watermark, out var seen) ? seen : 0);
        return Json(new { activities, watermark = next.ToString(System.Globalization.CultureInfo.InvariantCulture) }, StatusCodes.Status200OK);
    }

    private static async Task JoinAsync(HttpContext http, DirectLineConversation conversation, List<ChannelAccount> members, DirectLineAdapter adapter, IBot bot)
    {
        foreach (var member in members) conversation.Join(member.Id);
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
    }

    private static Activity WithoutFileContent(Activity activity)
    {
        var files = activity.Attachments;
        activity.Attachments = files?.Select(f => new Attachment(f.ContentType, name: f.Name)).ToList();
        var echo = JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity))!;
        activity.Attachments = files;
        return echo;
    }

    private static IResult? Authorize(HttpRequest request, string conversationId, DirectLineConversations conversations, out DirectLineConversation? conversation)
    {
        conversation = conversations.ById(conversationId);
        if (conversation is null) return Results.Problem("No such conversation (it may have expired).", statusCode: StatusCodes.Status404NotFound);
        return conversation.Authorizes(BearerToken(request)) ? null : Forbidden();
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length ? header[scheme.Length..].Trim() : null;
    }

    private static object Describe(DirectLineConversation conversation) =>
        new { conversationId = conversation.Id, token = conversation.Token, expires_in = 3600 };

    private static IResult Forbidden() =>
        Results.Problem("The token is missing, expired or belongs to another conversation.", statusCode: StatusCodes.Status403Forbidden);

    private static IResult Busy() =>
        Results.Problem("The host holds as many conversations as it allows; try again later.", statusCode: StatusCodes.Status503ServiceUnavailable);

    // Bot Framework schema types carry Newtonsoft attributes, so responses are written with Newtonsoft.
    private static readonly JsonSerializerSettings ResponseSettings = new() { NullValueHandling = NullValueHandling.Ignore };

    private static IResult Json(object value, int status) =>
        Results.Text(JsonConvert.SerializeObject(value, ResponseSettings), "application/json", statusCode: status);
}
