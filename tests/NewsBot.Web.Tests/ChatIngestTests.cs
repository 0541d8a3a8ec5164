using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NewsBot.Testing;
using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>Adding articles in chat through the real host: the Emulator's /api/messages and the local Direct Line with its uploads.</summary>
public sealed class ChatIngestTests : IngestHostTests
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DirectLine:MaxUploadBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task A_file_attached_in_the_emulator_is_added_and_answerable()
    {
        var emulator = new EmulatorClient(Http, Channel);
        var message = emulator.Build(ActivityTypes.Message, a => a.Attachments = [new Attachment("text/plain", Pages["files/orchard.txt"].AbsoluteUri, name: "orchard.txt")]);

        using var response = await emulator.PostAsync(message);
        var asked = await emulator.AskAsync("What did Rahman say?");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Added **{IngestArticles.OrchardTitle}**", emulator.Replies[0]);
        Assert.Contains("latest frost", Assert.Single(asked));
        Assert.Equal(1, await Store.CountAsync());
    }

    [Fact]
    public async Task A_link_sent_in_the_emulator_is_added()
    {
        var emulator = new EmulatorClient(Http, Channel);

        var replies = await emulator.AskAsync($"add this {Pages["news/ferry"]}");

        Assert.Contains($"Added **{IngestArticles.FerryTitle}**", Assert.Single(replies));
    }

    [Fact]
    public async Task A_pasted_article_in_web_chat_is_added_and_answerable()
    {
        var chat = new DirectLineClient(Http);
        await chat.StartAsync();

        await chat.SayAsync(IngestArticles.FerryText);
        await chat.SayAsync("who said \"nobody should have to choose between a job on the mainland\"?");

        var texts = (await chat.PollAsync()).Where(a => a.From.Id == "newsbot").Select(a => a.Text).ToList();
        Assert.Contains(texts, t => t.Contains($"Added **{IngestArticles.FerryTitle}**"));
        Assert.Contains(texts, t => t.Contains("Elena Vasquez"));
    }

    [Fact]
    public async Task A_file_uploaded_through_direct_line_is_added()
    {
        var chat = new DirectLineClient(Http);
        await chat.StartAsync();

        using var response = await UploadAsync(chat, Encoding.UTF8.GetBytes(IngestArticles.FerryPage), "ferry.html", "text/html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = await chat.PollAsync();
        var echoed = Assert.Single(activities, a => a.From.Id == chat.UserId);
        var echoedFile = Assert.Single(echoed.Attachments);
        Assert.Equal("ferry.html", echoedFile.Name);
        Assert.Null(echoedFile.ContentUrl);
        Assert.Contains(activities, a => a.From.Id == "newsbot" && a.Text.Contains($"Added **{IngestArticles.FerryTitle}**"));
        Assert.Equal(1, await Store.CountAsync());
    }

    [Fact]
    public async Task A_binary_file_uploaded_is_refused_with_a_clear_reply()
    {
        var chat = new DirectLineClient(Http);
        await chat.StartAsync();
        var before = await StoreSnapshot();

        using var response = await UploadAsync(chat, [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13, 0, 0, 1, 2, 3, 0, 0, 0], "notes.txt", "text/plain");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await chat.PollAsync()), a => a.From.Id == "newsbot" && a.Text.Contains("binary"));
        Assert.Equal(before, await StoreSnapshot());
    }

    [Fact]
    public async Task A_100_MB_upload_is_refused_413_without_being_read()
    {
        var chat = new DirectLineClient(Http);
        await chat.StartAsync();
        var before = await StoreSnapshot();
        var file = new GeneratedContent(100L * 1024 * 1024, "text/plain").Typed();

        using var response = await UploadAsync(chat, file, "huge.txt", expectContinue: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(file.Sent < 100L * 1024 * 1024);
        Assert.Equal(before, await StoreSnapshot());
    }

    [Fact]
    public async Task An_upload_over_the_limit_without_a_length_is_refused_while_reading()
    {
        var chat = new DirectLineClient(Http);
        await chat.StartAsync();
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes(new string('a', 2 * 1024 * 1024)));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await UploadAsync(chat, file, "big.txt", chunked: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await Store.CountAsync());
    }

    [Fact]
    public async Task An_upload_needs_the_conversation_token()
    {
        var chat = new DirectLineClient(Http);
        await chat.StartAsync();
        chat.Token = "not-the-token";

        using var response = await UploadAsync(chat, Encoding.UTF8.GetBytes(IngestArticles.FerryText), "ferry.txt", "text/plain");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await Store.CountAsync());
    }

    private Task<HttpResponseMessage> UploadAsync(DirectLineClient chat, byte[] content, string fileName, string contentType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return UploadAsync(chat, file, fileName);
    }

    /// <summary>What Web Chat (DirectLineJS) posts: the activity as a blob, then each file.</summary>
    private async Task<HttpResponseMessage> UploadAsync(DirectLineClient chat, HttpContent file, string fileName, bool expectContinue = false, bool chunked = false)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["from"] = new JObject { ["id"] = chat.UserId, ["name"] = "You", ["role"] = "user" },
            ["channelData"] = new JObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        };
        var activityPart = new StringContent(activity.ToString(Formatting.None), Encoding.UTF8);
        activityPart.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        var form = new MultipartFormDataContent { { activityPart, "activity", "blob" }, { file, "file", fileName } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{chat.ConversationId}/upload?userId={chat.UserId}") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
        request.Headers.ExpectContinue = expectContinue;
        if (chunked) request.Headers.TransferEncodingChunked = true;
        return await Http.SendAsync(request);
    }
}
