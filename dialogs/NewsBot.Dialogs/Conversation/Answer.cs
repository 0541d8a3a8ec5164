namespace NewsBot.Dialogs.Conversation;

/// <summary>
/// One quote as shown to the user: the article's own words, who said them and where.
/// <see cref="Reported"/> marks reported speech (the article's paraphrase), never shown as verbatim.
/// </summary>
public sealed record QuoteView(string Speaker, string? Role, string Text, int ParagraphNumber, string? Medium, string? ArticleTitle, bool Reported = false)
{
    /// <summary>The key of the quote's article (its id in the store), for a link to where it stands.</summary>
    public string? ArticleKey { get; init; }
}

/// <summary>
/// A reply before it becomes an activity: markdown text (article text inside it already escaped),
/// the quotes a card can show, and suggested replies offered as buttons. <see cref="Value"/> is data for
/// clients that read it (the web chat's article panel), sent as the activity's value.
/// </summary>
public sealed record Answer(string Markdown, IReadOnlyList<QuoteView> Quotes, IReadOnlyList<string> Choices, string? CardTitle = null, object? Value = null)
{
    /// <summary>The text sent beside a card of <see cref="Quotes"/>: the answer without the quotes the card shows (null: <see cref="Markdown"/>).</summary>
    public string? CardText { get; init; }

    /// <summary>Quotes this answer hands over as a file (see <see cref="QuoteExport"/>), which each channel takes in its own way.</summary>
    public QuoteExport? Export { get; init; }

    public static Answer Plain(string markdown) => new(markdown, [], []);

    /// <summary>The answers to the parts of one compound question, one after the other; the last one's buttons.</summary>
    public static Answer Joined(IReadOnlyList<Answer> parts) =>
        new(string.Join("\n\n", parts.Select(p => p.Markdown)), [.. parts.SelectMany(p => p.Quotes)], parts[^1].Choices, parts[0].CardTitle, parts[0].Value)
        {
            CardText = parts.Any(p => p.CardText is not null) ? string.Join("\n\n", parts.Select(p => p.CardText ?? p.Markdown)) : null,
        };
}
