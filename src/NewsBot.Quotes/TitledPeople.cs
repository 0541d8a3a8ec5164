namespace NewsBot.Quotes;

/// <summary>A person named after a title ("Chinese President Xi Jinping"): the name, and the role words before it.</summary>
internal readonly record struct TitledPerson(TextSpan Name, TextSpan? Role);

/// <summary>Finds people the article names with a title, quoted or not, so that mentions such as "Xi" can be linked and listed.</summary>
internal static class TitledPeople
{
    internal static readonly HashSet<string> PersonTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "senator", "sen", "rep", "representative", "gov", "governor", "secretary", "minister",
        "spokesperson", "spokesman", "spokeswoman", "chairman", "chairwoman", "director", "adviser", "advisor", "aide",
        "ambassador", "mayor", "judge", "justice", "gen", "general", "mr", "mrs", "ms", "dr", "prof", "professor", "ceo",
        "chief", "leader", "candidate", "nominee", "manager", "strategist", "analyst", "economist", "commissioner",
        "speaker", "host", "anchor", "reporter", "correspondent", "editor", "columnist", "author", "historian", "pollster",
        "lawmaker", "congressman", "congresswoman", "sheriff", "prosecutor", "lawyer", "pastor", "rev", "pope", "king",
        "queen", "prince", "premier", "chancellor", "lt", "col", "sgt", "capt", "adm", "maj", "attorney", "founder",
        "businessman", "billionaire", "activist", "officer", "chairperson", "vice", "whip",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<TitledPerson> Find(Article article, ArticleTokens sentenceTokens)
    {
        var text = article.Text;
        var found = new List<TitledPerson>();
        foreach (var sentence in article.Sentences)
        {
            ReadOnlySpan<Token> tokens = sentenceTokens[sentence.Index];
            for (int i = 0; i < tokens.Length - 1; i++)
            {
                if (!tokens[i].Is(WordClass.Title) || tokens[i].InQuote) continue;
                if (!TitleLookup.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length))) continue;
                int j = i + 1;
                if (j < tokens.Length && tokens[j].Kind == TokenKind.Punct && text[tokens[j].Start] == '.' && tokens[j].Start == tokens[i].End) j++;
                int nameStart = j;
                while (j < tokens.Length && j - nameStart < 3 && IsName(text, tokens[j])) j++;
                if (j == nameStart) continue;
                var name = new TextSpan(tokens[nameStart].Start, StripPossessive(text, tokens[j - 1]));
                int roleStart = i;
                while (roleStart > 0 && tokens[roleStart - 1].Kind == TokenKind.Word && !tokens[roleStart - 1].InQuote && IsRoleWord(text, tokens[roleStart - 1])) roleStart--;
                var role = new TextSpan(tokens[roleStart].Start, tokens[i].End + (nameStart > i + 1 && text[tokens[i + 1].Start] == '.' ? 1 : 0));
                found.Add(new TitledPerson(name, role));
                i = j - 1;
            }
        }
        return found;
    }

    private static int StripPossessive(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? token.End - 2 : token.End;
    }

    // The token's word classes say whether the lexicon's sets hold its word (PersonTitles is part of TitleWords).
    private static bool IsName(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.InQuote) return false;
        var word = text.AsSpan(token.Start, token.Length);
        return SpeakerResolver.IsNameToken(word) && !token.Is(WordClass.Organization) && !TitleLookup.Contains(word)
               && !token.Is(WordClass.Cue) && HasLowercase(word);
    }

    private static bool HasLowercase(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLower(c)) return true;
        return false;
    }

    private static bool IsRoleWord(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        if (word is "of" or "for") return false;
        return char.IsUpper(word[0]) ? !token.Is(WordClass.Modifier) && word is not ("The" or "A" or "An" or "In" or "On" or "But" or "And")
                                     : token.Is(WordClass.Title);
    }
}
