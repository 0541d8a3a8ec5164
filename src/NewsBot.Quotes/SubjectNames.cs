namespace NewsBot.Quotes;

/// <summary>Names that open a sentence as its subject ("Hillary Clinton is describing …", "On Sunday, Sanders issued …").</summary>
internal static class SubjectNames
{
    public static List<TextSpan> Find(Article article, ArticleTokens sentenceTokens)
    {
        var text = article.Text;
        var found = new List<TextSpan>();
        foreach (var sentence in article.Sentences)
        {
            ReadOnlySpan<Token> tokens = sentenceTokens[sentence.Index];
            int i = AfterOpening(text, tokens);
            i = AfterTitles(text, tokens, i);
            int start = i, end = NameEnd(text, tokens, i);
            if (end == start) continue;
            // "Trump campaign spokesman Jason Miller told …": a name before role words in lower case is the role's; the person follows.
            int k = end;
            while (k < tokens.Length && k - end < 4 && IsLowerCaseRole(text, tokens[k])) k++;
            if (k > end)
            {
                start = AfterTitles(text, tokens, k);
                end = NameEnd(text, tokens, start);
                if (end == start) continue;
            }
            found.Add(new TextSpan(tokens[start].Start, tokens[end - 1].End));
        }
        return found;
    }

    /// <summary>
    /// Past an opening phrase: "On Sunday, …", "Ultimately, …", "However …", "Last week Mr. Trump …". A first word that opens
    /// an adverbial (a preposition, an adverb, a connective) runs to a comma within eight tokens, or is passed alone with the
    /// days, numbers and modifiers after it.
    /// </summary>
    private static int AfterOpening(string text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length == 0 || !IsOpeningWord(text, tokens[0])) return 0;
        for (int c = 1; c < tokens.Length && c <= 8; c++)
        {
            if (tokens[c].InQuote || tokens[c].Kind == TokenKind.QuoteMark) break;
            if (tokens[c].Kind == TokenKind.Punct && text[tokens[c].Start] == ',') return c + 1;
        }
        int i = 1;
        while (i < tokens.Length && tokens[i].Kind == TokenKind.Word && (tokens[i].Is(WordClass.DayOrMonth) || char.IsDigit(text[tokens[i].Start])
               || tokens[i].Is(WordClass.Modifier) && !char.IsUpper(text[tokens[i].Start]))) i++;
        return i;
    }

    /// <summary>"Councillor Janet Okoro spoke next", "Dr. Ana Ruiz arrived": the title before the name is not part of it.</summary>
    private static int AfterTitles(string text, ReadOnlySpan<Token> tokens, int i)
    {
        while (i + 1 < tokens.Length && tokens[i].Is(WordClass.Title) && char.IsUpper(text[tokens[i].Start]) && !tokens[i].InQuote)
        {
            i++;
            if (tokens[i].Kind == TokenKind.Punct && text[tokens[i].Start] == '.' && tokens[i].Start == tokens[i - 1].End) i++;
        }
        return i;
    }

    private static int NameEnd(string text, ReadOnlySpan<Token> tokens, int start)
    {
        int i = start;
        while (i < tokens.Length && tokens[i].Kind == TokenKind.Word && !tokens[i].InQuote && i - start < 3 && SpeakerResolver.IsNameToken(Word(text, tokens[i]), tokens[i].Classes)
               && !tokens[i].Is(WordClass.Organization)) i++;
        return i;
    }

    private static bool IsLowerCaseRole(string text, Token token)
        => token.Kind == TokenKind.Word && !token.InQuote && !char.IsUpper(text[token.Start]) && token.Is(WordClass.Title | WordClass.Organization);

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotASpeaker = Lexicon.NotASpeaker.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsOpeningWord(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.InQuote || !char.IsUpper(text[token.Start])) return false;
        var word = Word(text, token);
        return NotASpeaker.Contains(word) || token.Is(WordClass.Modifier) && !token.Is(WordClass.DayOrMonth)
               || word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);
    }
}
