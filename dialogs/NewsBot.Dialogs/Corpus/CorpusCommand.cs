using System.Text.RegularExpressions;
using NewsBot.Dialogs.Language;

namespace NewsBot.Dialogs.Corpus;

/// <summary>What the user asked of the article collection itself, rather than of its quotes.</summary>
public abstract record CorpusCommand
{
    /// <summary>"Which articles do you have?"</summary>
    public sealed record ListArticles : CorpusCommand;

    /// <summary>"Use the article about Xi and Zelensky."</summary>
    public sealed record FocusAbout(string About) : CorpusCommand;

    /// <summary>"Use article 3" (its place in the list).</summary>
    public sealed record FocusNumber(int Number) : CorpusCommand;

    /// <summary>"All articles": questions are about every article again.</summary>
    public sealed record AllArticles : CorpusCommand;

    /// <summary>"Which article is this?"</summary>
    public sealed record CurrentArticle : CorpusCommand;
}

public static partial class CorpusCommands
{
    /// <summary>The command in a question, or null when the question is about quotes.</summary>
    public static CorpusCommand? Read(string question)
    {
        var cleaned = Recognizer.Clean(question);
        var text = cleaned.Text;
        if (text.Length == 0) return null;
        if (ListPattern().IsMatch(text)) return new CorpusCommand.ListArticles();
        if (AllPattern().IsMatch(text)) return new CorpusCommand.AllArticles();
        if (CurrentPattern().IsMatch(text)) return new CorpusCommand.CurrentArticle();
        Match m;
        if ((m = NumberPattern().Match(text)).Success && int.TryParse(m.Groups["n"].Value, out var n)) return new CorpusCommand.FocusNumber(n);
        if ((m = FocusPattern().Match(text)).Success) return new CorpusCommand.FocusAbout(cleaned.Original(m.Groups["about"].Value, text));
        return null;
    }

    private const string Articles = @"(?:articles|stories|news articles|news stories|texts|pieces)";
    private const string Article = @"(?:article|story|news article|news story|text|piece)";
    private const string Choose = @"(?:use|open|pick|choose|select|switch to|go to|focus on|look at|read|only|just|let'?s talk about|talk about|ask about|questions about|i mean|i want)";

    [GeneratedRegex(@"^(?:(?:which|what) " + Articles + @"(?: (?:do|did|can) you (?:have|know|read|know about|offer|cover)| have you (?:got|read)| are (?:there|loaded|available|stored)| can i ask about| do we have| are in the (?:store|database))?|(?:list|show|give)(?: me)?(?: all| the| your| all the| all your)? " + Articles + @"(?: you have)?|" + Articles + @"|what have you read|what do you have)$")]
    private static partial Regex ListPattern();

    [GeneratedRegex(@"^(?:(?:use|search|back to|go back to|switch (?:back )?to|return to|ask about|look at|about|questions about|in) )?(?:all|every|all the|all of the|any) " + Articles + @"(?: again)?$|^(?:unfocus|stop focusing|clear (?:the )?focus|forget (?:the|this) " + Article + @"|any " + Article + @")$")]
    private static partial Regex AllPattern();

    [GeneratedRegex(@"^(?:which|what) " + Article + @" (?:is (?:this|it)|are (?:we|you) (?:on|in|using|reading|talking about)|am i (?:on|in|asking about))$")]
    private static partial Regex CurrentPattern();

    [GeneratedRegex(@"^" + Choose + @"(?: the)?(?: " + Article + @")? (?:number |no\.? |#)?(?<n>\d{1,6})$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?:" + Choose + @" )?(?:the|an|a|that|this) " + Article + @" (?:about|on|with|called|titled|named|where|that mentions|mentioning|regarding|concerning|from) (?<about>.+)$")]
    private static partial Regex FocusPattern();
}
