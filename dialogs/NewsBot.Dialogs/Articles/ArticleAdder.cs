using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Corpus;
using NewsBot.Ingest;

namespace NewsBot.Dialogs.Articles;

/// <summary>
/// Adds the article a message brings (see <see cref="ArticleOffers"/>) through the shared
/// <see cref="ArticleIntake"/> into the bot's store, tells the corpus so it is answerable at once, and
/// says what was found or why it was refused.
/// Without an intake (no store set up), says that adding articles is not available; to a user the
/// <see cref="ArticleAddingPolicy"/> does not allow, says so.
/// </summary>
public sealed class ArticleAdder(ArticleIntake? intake, ArticleCorpus? corpus = null, ArticleAddingPolicy? policy = null, ILogger? logger = null)
{
    private readonly ArticleAddingPolicy _policy = policy ?? ArticleAddingPolicy.Open;

    /// <summary>The reply to a message that brings an article; null when the message brings none (it is a question).</summary>
    public async Task<Answer?> TryAddAsync(IMessageActivity message, CancellationToken cancellationToken)
    {
        var offer = ArticleOffers.Read(message);
        if (offer is null) return null;
        if (!_policy.Allows(message)) return Answer.Plain(_policy.Refusal);
        if (intake is null)
            return Answer.Plain("I can't add articles here: this bot has no article store set up. Ask me about the articles I already have, or type **help**.");
        var results = offer switch
        {
            LinkOffer link => [await intake.AddLinkAsync(link.Url, cancellationToken)],
            PastedOffer pasted => [await intake.AddTextAsync(pasted.Text, "pasted text", cancellationToken)],
            AttachmentsOffer files => await AddFilesAsync(files.Files, cancellationToken),
            _ => [],
        };
        foreach (var failed in results.Where(IntakeReply.IsServerFailure))
            logger?.LogError("Adding an article in conversation {ConversationId} failed: {Reason}", message.Conversation?.Id, failed.Reason);
        if (results.Any(r => r.Analysis is not null)) corpus?.ArticleAdded();
        return Answer.Plain(string.Join("\n\n", results.Select(IntakeReply.Describe))) with { Value = IntakeReply.Data(results) };
    }

    private async Task<IntakeResult[]> AddFilesAsync(IReadOnlyList<AttachedFile> files, CancellationToken cancellationToken)
    {
        var results = new List<IntakeResult>();
        foreach (var file in files) results.Add(await AddFileAsync(file, cancellationToken));
        return [.. results];
    }

    private Task<IntakeResult> AddFileAsync(AttachedFile file, CancellationToken cancellationToken)
    {
        var name = file.Name ?? "the file";
        if (file.ContentUrl.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return DataUrl.TryDecode(file.ContentUrl, intake!.MaxBytes, out var content, out var problem)
                ? intake.AddFileAsync(content, name, file.ContentType, cancellationToken)
                : Task.FromResult(IntakeResult.Refused(problem!.Value.Refusal, $"{name} {problem.Value.Reason}"));
        }
        if (!Uri.TryCreate(file.ContentUrl, UriKind.Absolute, out var url))
            return Task.FromResult(IntakeResult.Refused(Refusal.BadLink, $"{name} came without a link I can download it from."));
        return intake!.AddAttachmentAsync(url, file.Name, file.ContentType, cancellationToken);
    }
}
