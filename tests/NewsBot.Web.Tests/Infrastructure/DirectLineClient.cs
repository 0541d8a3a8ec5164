using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>Talks to the host's Direct Line 3.0 endpoint the way Web Chat does with polling.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public string UserId { get; } = "web-" + Guid.NewGuid().ToString("N")[..8];
    public string ConversationId { get; private set; } = "";
    public string Token { get; set; } = "";
    public int Watermark { get; private set; }

    public async Task StartAsync()
    {
        var generated = await SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", new JObject { ["user"] = new JObject { ["id"] = UserId, ["name"] = "You" } });
        Token = (string)generated["token"]!;
        var started = await SendAsync(HttpMethod.Post, "v3/directline/conversations", null);
        ConversationId = (string)started["conversationId"]!;
    }

    /// <summary>Posts a message with a clientActivityID, as Web Chat does; returns the id the server gave it.</summary>
    public async Task<(string Id, string ClientActivityId)> SayAsync(string text)
    {
        var clientActivityId = Guid.NewGuid().ToString("N");
        var activity = new JObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["textFormat"] = "plain",
            ["locale"] = "en-US",
            ["from"] = new JObject { ["id"] = UserId, ["name"] = "You", ["role"] = "user" },
            ["channelData"] = new JObject { ["clientActivityID"] = clientActivityId },
        };
        var posted = await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{ConversationId}/activities", activity);
        return ((string)posted["id"]!, clientActivityId);
    }

    /// <summary>One poll: the activities after the current watermark (which then advances).</summary>
    public async Task<IReadOnlyList<Activity>> PollAsync()
    {
        var page = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{ConversationId}/activities?watermark={Watermark}", null);
        Watermark = int.Parse((string)page["watermark"]!, System.Globalization.CultureInfo.InvariantCulture);
        return page["activities"]!.ToObject<List<Activity>>()!;
    }

    public async Task<HttpResponseMessage> RawAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (!string.IsNullOrEmpty(Token)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return await http.SendAsync(request);
    }

    private async Task<JObject> SendAsync(HttpMethod method, string path, JObject? body)
    {
        using var response = await RawAsync(method, path, body?.ToString(Formatting.None));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JObject.Parse(text);
    }
}
