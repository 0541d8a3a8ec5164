namespace NewsBot.Dialogs.Conversation;

/// <summary>
/// Quotes to hand over as a spreadsheet: whole articles, or some speakers' quotes in them. The host
/// writes the file (the same CSV as its quotes endpoint) when the user opens the link or attachment.
/// <see cref="Description"/> says what they are, in markdown ("the 12 quotes of “Bridge opens”").
/// </summary>
public sealed record QuoteExport(IReadOnlyList<ExportedArticle> Articles, int QuoteCount, string FileName, string Description)
{
    /// <summary>Most rows one export gives (the quotes in article order): a spreadsheet of any article stays a download of a few megabytes.</summary>
    public const int MostRows = 5000;

    /// <summary>Most articles one export reads.</summary>
    public const int MostArticles = 30;

    public int Rows => Math.Min(QuoteCount, MostRows);
}

/// <summary>One article of an export (its key in the store) and the speakers kept (none: all its quotes).</summary>
public sealed record ExportedArticle(string ArticleKey, IReadOnlyList<string> SpeakerIds);
