using System.Net;
using Microsoft.Bot.Schema;
using NewsBot.Dialogs.Teams;
using NewsBot.Web.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace NewsBot.Web.Tests;

/// <summary>
/// The Teams message extension through /api/messages, with the composeExtension/query invoke Teams
/// sends when someone searches in the compose box: quote cards for a speaker or for words, and a
/// message in the pane (never an error) for a search that cannot run.
/// </summary>
public sealed class TeamsMessageExtensionTests : LoopbackHostTests
{
    private async Task<JObject> QueryAsync(string? text, int skip = 0, int count = 25, NewsBotHost? host = null)
    {
        using var http = host?.Http();
        var teams = new EmulatorClient(http ?? Http, Channel, "msteams");
        var parameters = new JArray();
        if (text is not null) parameters.Add(new JObject { ["name"] = QuoteSearchExtension.QueryParameter, ["value"] = text });
        else parameters.Add(new JObject { ["name"] = "initialRun", ["value"] = "true" });
        var invoke = teams.Build(ActivityTypes.Invoke, a =>
        {
            a.Name = "composeExtension/query";
            a.Value = new JObject
            {
                ["commandId"] = QuoteSearchExtension.CommandId,
                ["parameters"] = parameters,
                ["queryOptions"] = new JObject { ["skip"] = skip, ["count"] = count },
            };
            a.Conversation.ConversationType = "personal";
            a.Conversation.TenantId = "tenant-1";
            a.ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = "tenant-1" }, ["source"] = new JObject { ["name"] = "compose" } };
        });

        using var response = await teams.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JObject)JObject.Parse(await response.Content.ReadAsStringAsync())["composeExtension"]!;
    }

    private static List<JObject> Cards(JObject result)
    {
        Assert.Equal("result", (string)result["type"]!);
        Assert.Equal("list", (string)result["attachmentLayout"]!);
        return result["attachments"]!.Cast<JObject>().ToList();
    }

    [Fact]
    public async Task A_speakers_name_returns_their_quotes_as_cards_to_insert()
    {
        var cards = Cards(await QueryAsync("Solberg"));

        var card = cards[0];
        Assert.All(cards, c => Assert.Contains("Solberg", c["preview"]!["content"]!["title"]!.ToString()));
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)card["contentType"]!);
        var body = card["content"]!.ToString();
        Assert.Contains("cannot ask families to live behind a wall", body);
        Assert.Contains("Ingrid Solberg", body);
        Assert.Contains("Mayor", body);
        Assert.Contains("Harbour town votes to rebuild its storm wall", body);
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string)card["preview"]!["contentType"]!);
        Assert.StartsWith("Ingrid Solberg", (string)card["preview"]!["content"]!["title"]!);
    }

    [Fact]
    public async Task Words_of_a_quote_return_the_quote_with_its_speaker()
    {
        var cards = Cards(await QueryAsync("patch bought us a winter"));

        Assert.Contains(cards, c => c["content"]!.ToString().Contains("cost us a decade") && c["preview"]!["content"]!["title"]!.ToString().Contains("Reyes"));
    }

    [Fact]
    public async Task Reported_speech_is_marked_as_reported_on_its_card()
    {
        var cards = Cards(await QueryAsync("Whitcombe"));

        Assert.Contains(cards, c => c["content"]!.ToString().Contains("Reported speech, not verbatim") && ((string)c["preview"]!["content"]!["text"]!).StartsWith("(reported)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "Type a speaker's name")]
    [InlineData("   ", "Type a speaker's name")]
    [InlineData("?!…", "Type words to search for")]
    [InlineData("zebra crossing mandolin", "No quotes match")]
    public async Task A_search_that_cannot_run_gets_a_message_in_the_pane(string? text, string expected)
    {
        var result = await QueryAsync(text);

        Assert.Equal("message", (string)result["type"]!);
        Assert.Contains(expected, (string)result["text"]!);
    }

    [Fact]
    public async Task A_ten_kilobyte_search_is_refused_in_words()
    {
        var result = await QueryAsync(string.Concat(Enumerable.Repeat("who said what ", 750)));

        Assert.Equal("message", (string)result["type"]!);
        Assert.Contains("10,499 characters long", (string)result["text"]!);
    }

    [Fact]
    public async Task Paging_past_the_last_card_gives_an_empty_list()
    {
        Assert.Empty(Cards(await QueryAsync("Solberg", skip: 25)));
    }

    [Fact]
    public async Task A_bot_that_keeps_its_articles_in_memory_searches_them_too()
    {
        await using var host = new NewsBotHost(TestArticles.WriteFolder(), new Dictionary<string, string?> { ["NewsBot:Store"] = "memory" });

        var cards = Cards(await QueryAsync("Solberg", host: host));

        Assert.Contains(cards, c => c["preview"]!["content"]!["title"]!.ToString().StartsWith("Ingrid Solberg", StringComparison.Ordinal));
    }
}
