namespace NewsBot.Quotes;

internal static class QuoteChars
{
    public static bool IsOpeningLike(char c) => c is '"' or '“' or '‘' or '«' or '„' or '‚' or '\'' or '‹';
    public static bool IsClosingLike(char c) => c is '"' or '”' or '’' or '»' or '“' or '\'' or '›';
}
