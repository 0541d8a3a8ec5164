using Microsoft.Bot.Schema;
using NewsBot.Dialogs.Articles;
using NewsBot.Ingest;
using NewsBot.Quotes.Tests;
using NewsBot.Store;
using NewsBot.Testing;

namespace NewsBot.Dialogs.Tests;

/// <summary>Who may add articles in chat: everyone, nobody or listed users, and never anonymous users when the policy says so.</summary>
public sealed class ArticleAddingPolicyTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private IArticleStore _store = null!;
    private LinkFetcher _fetcher = null!;

    public async Task InitializeAsync()
    {
        _store = await ArticleStore.OpenAsync(Path.Combine(_folder.Path, "news.db"));
        _fetcher = new LinkFetcher(new LinkFetcherOptions());
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _fetcher.Dispose();
        _folder.Dispose();
    }

    /// <summary>A pasted article from a user, delivered by a channel that vouched (a caller id) or did not.</summary>
    private static Activity Pasted(string userId, string channelId = "msteams", string? callerId = "urn:botframework:azure", string? aadObjectId = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = IngestArticles.FerryText,
        ChannelId = channelId,
        CallerId = callerId,
        From = new ChannelAccount(userId) { AadObjectId = aadObjectId },
        Conversation = new ConversationAccount(id: "c1"),
    };

    private async Task<string> ReplyTo(ArticleAddingPolicy policy, Activity message) =>
        (await new ArticleAdder(new ArticleIntake(_store, _fetcher), policy: policy).TryAddAsync(message, CancellationToken.None))!.Markdown;

    [Fact]
    public async Task Open_lets_anyone_add()
    {
        var reply = await ReplyTo(ArticleAddingPolicy.Open, Pasted("walk-in", "emulator", callerId: null));

        Assert.StartsWith("Added", reply);
        Assert.Equal(1, await _store.CountAsync());
    }

    [Fact]
    public async Task Nobody_adds_and_the_store_is_untouched()
    {
        var reply = await ReplyTo(new ArticleAddingPolicy { Who = ArticleAdders.Nobody }, Pasted("u1"));

        Assert.Contains("switched off", reply);
        Assert.Equal(0, await _store.CountAsync());
    }

    [Fact]
    public async Task Listed_users_add_by_channel_id_or_entra_object_id_and_others_do_not()
    {
        var policy = new ArticleAddingPolicy { Who = ArticleAdders.Listed, Users = new HashSet<string>(["29:editor", "0b5d6c1e-0000-4000-8000-000000000001"], StringComparer.OrdinalIgnoreCase), AnonymousUsers = false };

        Assert.True(policy.Allows(Pasted("29:editor")));
        Assert.True(policy.Allows(Pasted("29:someone", aadObjectId: "0B5D6C1E-0000-4000-8000-000000000001")));
        Assert.False(policy.Allows(Pasted("29:reader")));
        Assert.Contains("only some signed-in users", await ReplyTo(policy, Pasted("29:reader")));
        Assert.Equal(0, await _store.CountAsync());
    }

    [Theory]
    [InlineData("emulator", null)]                          // no token checked: anyone could have sent it
    [InlineData("webchat", "urn:botframework:azure")]       // Azure Web Chat: the page names its user
    [InlineData("directline", "urn:botframework:azure")]    // Azure Direct Line: the client names its user
    [InlineData("directline", "")]
    public void Without_anonymous_users_a_user_nobody_vouches_for_may_not_add_even_when_listed(string channelId, string? callerId)
    {
        var everyone = new ArticleAddingPolicy { AnonymousUsers = false };
        var listed = everyone with { Who = ArticleAdders.Listed, Users = new HashSet<string>(["editor"]) };

        Assert.False(everyone.Allows(Pasted("editor", channelId, callerId)));
        Assert.False(listed.Allows(Pasted("editor", channelId, callerId)));
    }

    [Theory]
    [InlineData("msteams", "urn:botframework:azure")]
    [InlineData("directline", ChatUsers.VouchedByHost)]
    public void Without_anonymous_users_a_vouched_for_user_may_add(string channelId, string callerId)
    {
        Assert.True(new ArticleAddingPolicy { AnonymousUsers = false }.Allows(Pasted("editor", channelId, callerId)));
    }
}
