using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>
/// Posts activities to /api/messages shaped the way the Bot Framework Emulator shapes them:
/// channelId "emulator" (or another channel's id), a serviceUrl on loopback where replies are recorded,
/// one conversation per client.
/// </summary>
public sealed class EmulatorClient(HttpClient http, ChannelRecorder channel, string channelId = "emulator")
{
    public ChannelAccount User { get; } = new("user-" + Guid.NewGuid().ToString("N")[..8], "User", RoleTypes.User);
    public ChannelAccount Bot { get; } = new("bot-" + Guid.NewGuid().ToString("N")[..8], "Bot", RoleTypes.Bot);
    public string ConversationId { get; } = Guid.NewGuid().ToString("N") + "|livechat";

    /// <summary>What the Emulator sends when a conversation opens: the bot and the user join.</summary>
    public Task<HttpResponseMessage> OpenAsync() =>
        PostAsync(Build(ActivityTypes.ConversationUpdate, a => a.MembersAdded = [Bot, User]));

    public Task<HttpResponseMessage> SayAsync(string text) =>
        PostAsync(Build(ActivityTypes.Message, a => { a.Text = text; a.TextFormat = "plain"; }));

    /// <summary>Says something and returns the texts of the replies that turn produced.</summary>
    public async Task<IReadOnlyList<string>> AskAsync(string text)
    {
        var before = Replies.Count;
        using var response = await SayAsync(text);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return Replies.Skip(before).ToList();
    }

    public IReadOnlyList<string> Replies => channel.TextsTo(ConversationId);

    public Activity Build(string type, Action<Activity> fill)
    {
        var activity = new Activity
        {
            Type = type,
            Id = Guid.NewGuid().ToString(),
            ChannelId = channelId,
            ServiceUrl = channel.ServiceUrl,
            From = User,
            Recipient = Bot,
            Conversation = new ConversationAccount(id: ConversationId),
            Timestamp = DateTimeOffset.UtcNow,
            LocalTimestamp = DateTimeOffset.Now,
            Locale = "en-US",
            ChannelData = new JObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        };
        fill(activity);
        return activity;
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity) => PostJsonAsync(JsonConvert.SerializeObject(activity));

    public Task<HttpResponseMessage> PostJsonAsync(string json) =>
        http.PostAsync("api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
}
