using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Dialogs.Articles;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Hosting;
using NewsBot.Dialogs.Teams;

namespace NewsBot.Dialogs;

/// <summary>
/// The bot: reads the question out of each message, answers it from the article index with the
/// conversation's memory, and saves that memory at the end of the turn. Works on any channel;
/// Teams specifics (mentions, personal-chat installs) are handled here too.
/// </summary>
public class NewsBotActivityHandler : TeamsActivityHandler
{
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly IAnswerSource _answers;
    private readonly IStatePropertyAccessor<ConversationMemory> _memory;
    private readonly IStatePropertyAccessor<UserProfile> _profile;
    private readonly ILogger _logger;
    private readonly ArticleAdder? _articles;
    private readonly QuoteSearchExtension? _quoteSearch;

    /// <param name="articles">Adds articles that messages bring (links, pasted text, files); null: every message is a question.</param>
    /// <param name="quoteSearch">Teams' message extension (search quotes, insert a card); null: a search is answered that it needs a store.</param>
    public NewsBotActivityHandler(ConversationState conversationState, UserState userState, IAnswerSource answers, ILogger<NewsBotActivityHandler>? logger = null, ArticleAdder? articles = null, QuoteSearchExtension? quoteSearch = null)
    {
        _articles = articles;
        _quoteSearch = quoteSearch;
        _conversationState = conversationState;
        _userState = userState;
        _answers = answers;
        _memory = conversationState.CreateProperty<ConversationMemory>(nameof(ConversationMemory));
        _profile = userState.CreateProperty<UserProfile>(nameof(UserProfile));
        _logger = logger ?? NullLogger<NewsBotActivityHandler>.Instance;
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity is null) return;
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            await ReplyAsync(turnContext, "I couldn't read that message: it has no type. Send a text question, such as **who was quoted?**", cancellationToken);
            return;
        }
        if (activity.Conversation?.Id is not { Length: > 0 } || string.IsNullOrEmpty(activity.ChannelId))
        {
            // Without a conversation there is no state to keep; answer statelessly rather than fail.
            if (activity.Type == ActivityTypes.Message) await AnswerAsync(turnContext, new ConversationMemory(), cancellationToken);
            return;
        }
        try
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
        }
        finally
        {
            await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
            if (activity.From?.Id is { Length: > 0 }) await _userState.SaveChangesAsync(turnContext, false, cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var memory = await _memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        if (turnContext.Activity.From?.Id is { Length: > 0 })
        {
            var profile = await _profile.GetAsync(turnContext, () => new UserProfile(), cancellationToken);
            profile.QuestionsAsked++;
        }
        if (_articles is not null && await _articles.TryAddAsync(turnContext.Activity, cancellationToken) is { } added)
        {
            await turnContext.SendActivityAsync(ReplyRenderer.Render(added, turnContext.Activity.ChannelId, ArticleViewLinks.Of(turnContext)), cancellationToken);
            return;
        }
        await AnswerAsync(turnContext, memory, cancellationToken);
    }

    private async Task AnswerAsync(ITurnContext turnContext, ConversationMemory memory, CancellationToken cancellationToken)
    {
        var question = QuestionText.Read(turnContext.Activity.AsMessageActivity());
        var answer = question.Problem switch
        {
            QuestionText.Problem.Empty => Answer.Plain("I didn't get any words there. Ask me a question about the article, or type **help**."),
            QuestionText.Problem.TooLong => Answer.Plain($"That message is too long for me (over {QuestionText.MaxLength} characters). Ask a short question, such as **who said** \"a few words of a quote\"?"),
            QuestionText.Problem.NoWords => Answer.Plain("I can only read words, not symbols or emoji. Ask a question such as **who was quoted?** or type **help**."),
            _ => await _answers.AnswerAsync(question.Text, memory, cancellationToken),
        };
        await turnContext.SendActivityAsync(ReplyRenderer.Render(answer, turnContext.Activity.ChannelId, ArticleViewLinks.Of(turnContext)), cancellationToken);
    }

    /// <summary>
    /// A channel may send a null among the members added or removed; the base handler would throw
    /// on it (and the error would reach the channel), so the list is read without them.
    /// </summary>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.MembersAdded is { } added && added.Any(m => m is null)) activity.MembersAdded = added.Where(m => m is not null).ToList();
        if (activity.MembersRemoved is { } removed && removed.Any(m => m is null)) activity.MembersRemoved = removed.Where(m => m is not null).ToList();
        return base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
    }

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(membersAdded, turnContext, cancellationToken);

    /// <summary>
    /// Teams: skip the base class's member look-up (a call to the Teams service for each new member);
    /// the welcome needs no more than the ids already in the activity.
    /// </summary>
    protected override Task OnTeamsMembersAddedDispatchAsync(IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(membersAdded, turnContext, cancellationToken);

    /// <summary>
    /// Welcome once when a person joins, or when the bot itself is added to a personal chat
    /// (Teams then lists only the bot in membersAdded).
    /// </summary>
    private async Task WelcomeAsync(IList<ChannelAccount>? membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        var added = membersAdded ?? [];
        bool personJoined = added.Any(m => m?.Id is { Length: > 0 } id && id != botId);
        bool botAddedToPersonalChat = added.Any(m => m?.Id == botId && botId is not null) && IsPersonalChat(turnContext.Activity);
        if (personJoined || botAddedToPersonalChat)
            await turnContext.SendActivityAsync(ReplyRenderer.Render(await _answers.WelcomeAsync(cancellationToken), turnContext.Activity.ChannelId, ArticleViewLinks.Of(turnContext)), cancellationToken);
    }

    private static bool IsPersonalChat(IConversationUpdateActivity activity) =>
        string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);

    /// <summary>Teams' message extension: composeExtension/query, a search for quotes to insert as cards.</summary>
    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        _quoteSearch is null ? base.OnTeamsMessagingExtensionQueryAsync(turnContext, query, cancellationToken) : _quoteSearch.QueryAsync(query, cancellationToken);

    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        ReplyAsync(turnContext, "I only answer text messages. Type a question, or **help**.", cancellationToken);

    protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        ReplyAsync(turnContext, $"I don't handle {Markdown.Escape(turnContext.Activity.Type)} activities. Send me a text question, or **help**.", cancellationToken);

    private Task ReplyAsync(ITurnContext turnContext, string markdown, CancellationToken cancellationToken)
    {
        _logger.LogDebug("Replying to a {Type} activity with guidance", turnContext.Activity?.Type);
        return turnContext.SendActivityAsync(ReplyRenderer.Render(Answer.Plain(markdown), turnContext.Activity?.ChannelId), cancellationToken);
    }
}
