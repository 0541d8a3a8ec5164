using System.Text.RegularExpressions;

namespace NewsBot.Dialogs.Understanding;

/// <summary>
/// What is asked of the article collection itself rather than of its quotes: which articles there
/// are, one to focus on (by topic or number), all of them again, which one is in focus. Read by
/// <see cref="QuestionReader"/> before any question about quotes.
/// </summary>
internal static partial class ArticleRequests
{
    public static Reading? Read(QuestionWords w, string text)
    {
        var folded = w.Folded(0);
        if (ListPattern().IsMatch(folded)) return new Reading(Ask.ListArticles, text);
        if (AllPattern().IsMatch(folded)) return new Reading(Ask.AllArticles, text);
        if (CurrentPattern().IsMatch(folded)) return new Reading(Ask.WhichArticle, text);
        Match m;
        if ((m = NumberPattern().Match(folded)).Success && int.TryParse(m.Groups["n"].Value, out var n))
            return new Reading(Ask.UseArticle, text) { ArticleNumber = n };
        if ((m = FocusPattern().Match(folded)).Success)
        {
            // The words are single-spaced: the spaces before the group count the words before it.
            int word = folded[..m.Groups["about"].Index].Count(c => c == ' ');
            return new Reading(Ask.UseArticle, text) { Topic = w.Text(word) };
        }
        return null;
    }

    private const string Articles = @"(?:articles|stories|news articles|news stories|texts|pieces)";
    private const string Article = @"(?:article|story|news article|news story|text|piece)";
    private const string Choose = @"(?:use|open|pick|choose|select|switch to|go to|focus on|look at|read|only|just|(?:let's|let us) talk about|talk about|ask about|questions about|i mean|i want)";

    [GeneratedRegex(@"^(?:(?:which|what) " + Articles + @"(?: (?:do|did|can) you (?:have|know|read|know about|offer|cover)| have you (?:got|read)| are (?:there|loaded|available|stored)| can i ask about| do we have| are in the (?:store|database))?|(?:list|show|give)(?: me)?(?: all| the| your| all the| all your)? " + Articles + @"(?: you have)?|" + Articles + @"|what have you read|what do you have)$")]
    private static partial Regex ListPattern();

    [GeneratedRegex(@"^(?:(?:use|search|back to|go back to|switch (?:back )?to|return to|ask about|look at|about|questions about|in) )?(?:all|every|all the|all of the|any) " + Articles + @"(?: again)?$|^(?:unfocus|stop focusing|clear (?:the )?focus|forget (?:the|this) " + Article + @"|any " + Article + @")$")]
    private static partial Regex AllPattern();

    [GeneratedRegex(@"^(?:which|what) " + Article + @" (?:is (?:this|it)|are (?:we|you) (?:on|in|using|reading|talking about)|am i (?:on|in|asking about))$")]
    private static partial Regex CurrentPattern();

    [GeneratedRegex(@"^" + Choose + @"(?: the)?(?: " + Article + @")? (?:number |no |#)?(?<n>\d{1,6})$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?:" + Choose + @" )?(?:the|an|a|that|this) " + Article + @" (?:about|on|with|called|titled|named|where|that mentions|mentioning|regarding|concerning|from) (?<about>.+)$")]
    private static partial Regex FocusPattern();
}
