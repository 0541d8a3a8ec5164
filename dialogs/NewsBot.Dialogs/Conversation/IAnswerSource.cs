using NewsBot.Dialogs.Index;

namespace NewsBot.Dialogs.Conversation;

/// <summary>Where the bot's answers come from: a fixed set of articles in memory, or a store of many.</summary>
public interface IAnswerSource
{
    Task<Answer> WelcomeAsync(CancellationToken cancellationToken = default);

    Task<Answer> AnswerAsync(string question, ConversationMemory memory, CancellationToken cancellationToken = default);
}

/// <summary>Answers over one index built at startup: the articles given to the bot, all held in memory.</summary>
public sealed class IndexAnswerSource(IQuoteIndex index) : IAnswerSource
{
    private readonly QuestionAnswerer _answerer = new(index);

    public Task<Answer> WelcomeAsync(CancellationToken cancellationToken = default) => Task.FromResult(_answerer.Welcome());

    public Task<Answer> AnswerAsync(string question, ConversationMemory memory, CancellationToken cancellationToken = default) =>
        Task.FromResult(_answerer.Answer(question, memory));
}
