using System.Net;
using Microsoft.Bot.Schema;
using NewsBot.Web.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace NewsBot.Web.Tests;

/// <summary>Activities shaped like Microsoft Teams' (channelId msteams, tenant in channelData, @mentions), through the host.</summary>
public sealed class TeamsChannelTests : LoopbackHostTests
{
    private EmulatorClient Teams() => new(Http, Channel, "msteams");

    private static void AsTeams(Activity activity, string conversationType)
    {
        activity.Conversation.ConversationType = conversationType;
        activity.Conversation.TenantId = "tenant-1";
        activity.ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = "tenant-1" } };
    }

    [Fact]
    public async Task Installing_the_bot_in_a_personal_chat_gets_a_welcome()
    {
        var teams = Teams();
        var added = teams.Build(ActivityTypes.ConversationUpdate, a => { a.MembersAdded = [teams.Bot]; AsTeams(a, "personal"); });

        using var response = await teams.PostAsync(added);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("NewsBot", Assert.Single(teams.Replies));
    }

    [Fact]
    public async Task A_question_that_mentions_the_bot_in_a_team_channel_is_answered()
    {
        var teams = Teams();
        var question = teams.Build(ActivityTypes.Message, a =>
        {
            a.Text = $"<at>{teams.Bot.Name}</at> What did Solberg say?";
            a.Entities = [new Mention(teams.Bot, $"<at>{teams.Bot.Name}</at>")];
            AsTeams(a, "channel");
        });

        using var response = await teams.PostAsync(question);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cannot ask families to live behind a wall", Assert.Single(teams.Replies));
    }
}
