namespace NewsBot.Dialogs.Conversation;

/// <summary>Where the bot's answers come from: the articles of a store (in memory or a database).</summary>
public interface IAnswerSource
{
    Task<Answer> WelcomeAsync(CancellationToken cancellationToken = default);

    Task<Answer> AnswerAsync(string question, ConversationMemory memory, CancellationToken cancellationToken = default);
}
