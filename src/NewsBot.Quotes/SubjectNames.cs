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
            int i = 0;
            if (i < tokens.Length && IsOpeningPreposition(text, tokens[i]))
            {
                while (i < tokens.Length && i < 8 && !(tokens[i].Kind == TokenKind.Punct && text[tokens[i].Start] == ',')) i++;
                i++;
            }
            // "Councillor Janet Okoro spoke next", "Dr. Ana Ruiz arrived": the title before the name is not part of it.
            while (i + 1 < tokens.Length && tokens[i].Is(WordClass.Title) && char.IsUpper(text[tokens[i].Start]) && !tokens[i].InQuote)
            {
                i++;
                if (tokens[i].Kind == TokenKind.Punct && text[tokens[i].Start] == '.' && tokens[i].Start == tokens[i - 1].End) i++;
            }
            if (i >= tokens.Length || tokens[i].InQuote || tokens[i].Kind != TokenKind.Word) continue;
            int start = i;
            while (i < tokens.Length && tokens[i].Kind == TokenKind.Word && i - start < 3 && SpeakerResolver.IsNameToken(Word(text, tokens[i]))
                   && !tokens[i].Is(WordClass.Organization)) i++;
            if (i == start) continue;
            found.Add(new TextSpan(tokens[start].Start, tokens[i - 1].End));
        }
        return found;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);

    private static bool IsOpeningPreposition(string text, Token token)
        => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]) && Word(text, token) is "On" or "In" or "At" or "During" or "After" or "Before" or "Earlier" or "Later" or "Last" or "This" or "Meanwhile" or "However" or "But" or "And" or "Still" or "Yet";
}
