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
            AddSentenceSubject(text, tokens, found);
            AddCoordinatedSubjects(text, tokens, found);
        }
        return found;
    }

    /// <summary>The name that opens the sentence as its subject, past an opening phrase and titles (and an opening clause's subject before it).</summary>
    private static void AddSentenceSubject(string text, ReadOnlySpan<Token> tokens, List<TextSpan> found)
    {
        int i = AfterOpening(text, tokens);
        // "As Mr. Trump has unleashed …, a movement has …": the subject of an opening clause is named before the sentence's own,
        // unless that is a pronoun ("If Trump loses, he said he would …": who "he" is was settled before the clause).
        if (i > 1 && i < tokens.Length && !tokens[i].Is(WordClass.Pronoun) && IsSubordinator(text, tokens[0]) && AfterTitles(text, tokens, 1) is var clause && NameEnd(text, tokens, clause) is var clauseEnd && clauseEnd > clause)
            found.Add(new TextSpan(tokens[clause].Start, tokens[clauseEnd - 1].End));
        i = AfterTitles(text, tokens, i);
        int start = i, end = NameEnd(text, tokens, i);
        if (end == start) return;
        // "Trump campaign spokesman Jason Miller told …": a name before role words in lower case is the role's; the person follows.
        int k = end;
        while (k < tokens.Length && k - end < 4 && IsLowerCaseRole(text, tokens[k])) k++;
        if (k > end)
        {
            start = AfterTitles(text, tokens, k);
            end = NameEnd(text, tokens, start);
            if (end == start) return;
        }
        found.Add(new TextSpan(tokens[start].Start, tokens[end - 1].End));
    }

    /// <summary>
    /// "Clinton put Sanders on the defensive, but a hoarse-voiced Sanders got in numerous digs.": a clause after a comma and "but"
    /// or "and" has a subject of its own, the likeliest referent of a "he" that follows.
    /// </summary>
    private static void AddCoordinatedSubjects(string text, ReadOnlySpan<Token> tokens, List<TextSpan> found)
    {
        for (int c = 1; c + 2 < tokens.Length; c++)
        {
            if (!IsComma(text, tokens[c]) || tokens[c].InQuote || tokens[c + 1].Kind != TokenKind.Word || Word(text, tokens[c + 1]) is not ("but" or "and")) continue;
            int i = c + 2;
            if (i < tokens.Length && tokens[i].Kind == TokenKind.Word && Word(text, tokens[i]) is "a" or "an" or "the") i++;
            while (i < tokens.Length && i - c < 5 && tokens[i].Kind == TokenKind.Word && !tokens[i].InQuote && !char.IsUpper(text[tokens[i].Start]) && !tokens[i].Is(WordClass.Pronoun | WordClass.Cue)) i++;
            i = AfterTitles(text, tokens, i);
            int end = NameEnd(text, tokens, i);
            // The name is the clause's subject when its verb follows: a word in lower case, not "and" joining a list of names.
            if (end > i && end < tokens.Length && tokens[end].Kind == TokenKind.Word && !tokens[end].InQuote && !char.IsUpper(text[tokens[end].Start])
                && Word(text, tokens[end]) is not ("and" or "or" or "of"))
                found.Add(new TextSpan(tokens[i].Start, tokens[end - 1].End));
        }
    }

    /// <summary>
    /// Past an opening phrase: "On Sunday, …", "Ultimately, …", "However …", "Last week Mr. Trump …", "When the subject comes up
    /// on the campaign trail, Fiorina …", "Repeating from his speech last week, Biden …". A first word that opens an adverbial
    /// (a preposition, a conjunction, an adverb, a participle) runs to a comma within <see cref="LongestOpening"/> tokens, and
    /// on past the place and time phrases that follow it ("At a rally in Portland, Maine, on Thursday, Trump …"); without
    /// a comma the first word is passed alone with the days, numbers and modifiers after it.
    /// </summary>
    private static int AfterOpening(string text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length == 0 || !IsOpeningWord(text, tokens)) return 0;
        if (CommaWithin(text, tokens, 1, LongestOpening) is { } comma) return PastFollowingSettings(text, tokens, comma + 1);
        int i = 1;
        while (i < tokens.Length && tokens[i].Kind == TokenKind.Word && (tokens[i].Is(WordClass.DayOrMonth) || char.IsDigit(text[tokens[i].Start])
               || tokens[i].Is(WordClass.Modifier) && !char.IsUpper(text[tokens[i].Start]))) i++;
        return i;
    }

    /// <summary>How far an opening phrase may run before its comma: a subordinate clause is a sentence's length of its own.</summary>
    private const int LongestOpening = 30;

    /// <summary>The first comma at or after <paramref name="from"/> within <paramref name="within"/> tokens, before any quotation.</summary>
    private static int? CommaWithin(string text, ReadOnlySpan<Token> tokens, int from, int within)
    {
        for (int c = from; c < tokens.Length && c < from + within; c++)
        {
            if (tokens[c].InQuote || tokens[c].Kind == TokenKind.QuoteMark) return null;
            if (tokens[c].Kind == TokenKind.Punct && text[tokens[c].Start] == ',') return c;
        }
        return null;
    }

    /// <summary>
    /// "…, Maine, on Thursday afternoon, Trump": after an opening phrase, a state after its city and a phrase of time or place
    /// in lower case, each closed by a comma, still come before the subject.
    /// </summary>
    private static int PastFollowingSettings(string text, ReadOnlySpan<Token> tokens, int i)
    {
        while (i < tokens.Length && tokens[i].Kind == TokenKind.Word && !tokens[i].InQuote)
        {
            var word = Word(text, tokens[i]);
            bool placeAfterPlace = char.IsUpper(word[0]) && i + 1 < tokens.Length && IsComma(text, tokens[i + 1])
                                   && i >= 2 && char.IsUpper(text[tokens[i - 2].Start]) && tokens[i - 2].Kind == TokenKind.Word;
            if (placeAfterPlace) { i += 2; continue; }
            if (char.IsUpper(word[0]) || !Lexicon.SettingLookup.Contains(word)) break;
            if (CommaWithin(text, tokens, i + 1, 8) is not { } comma) break;
            i = comma + 1;
        }
        return i;
    }

    private static bool IsSubordinator(string text, Token token) => Lexicon.SubordinatorLookup.Contains(Word(text, token));

    private static bool IsComma(string text, Token token) => token.Kind == TokenKind.Punct && text[token.Start] == ',';

    /// <summary>"Councillor Janet Okoro spoke next", "Dr. Ana Ruiz arrived": the title before the name is not part of it.</summary>
    private static int AfterTitles(string text, ReadOnlySpan<Token> tokens, int i)
    {
        // "Mining Minister Aurora Williams", "Health Secretary …": the word of the post before a capitalised title is part of it.
        if (i + 2 < tokens.Length && IsCapitalisedWord(text, tokens[i]) && !tokens[i].Is(WordClass.Title) && tokens[i + 1].Is(WordClass.Title)
            && IsCapitalisedWord(text, tokens[i + 1]) && IsCapitalisedWord(text, tokens[i + 2]) && !tokens[i + 2].Is(WordClass.Title)) i++;
        while (i + 1 < tokens.Length && tokens[i].Is(WordClass.Title) && char.IsUpper(text[tokens[i].Start]) && !tokens[i].InQuote)
        {
            i++;
            if (tokens[i].Kind == TokenKind.Punct && text[tokens[i].Start] == '.' && tokens[i].Start == tokens[i - 1].End) i++;
        }
        return i;
    }

    private static bool IsCapitalisedWord(string text, Token token) => token.Kind == TokenKind.Word && !token.InQuote && char.IsUpper(text[token.Start]);

    private static int NameEnd(string text, ReadOnlySpan<Token> tokens, int start)
    {
        int i = start, names = 0;
        while (i < tokens.Length && tokens[i].Kind == TokenKind.Word && !tokens[i].InQuote && names < 3)
        {
            if (SpeakerResolver.IsNameToken(Word(text, tokens[i]), tokens[i].Classes) && !tokens[i].Is(WordClass.Organization)) { i++; names++; continue; }
            // "Bill de Blasio", "Anna van der Berg": particles inside a name, before a name word.
            int k = i;
            while (k < tokens.Length && k - i < 2 && tokens[k].Kind == TokenKind.Word && NameParticles.IsParticle(Word(text, tokens[k]), tokens[k].Classes)) k++;
            if (k == i || names == 0 || k >= tokens.Length || !SpeakerResolver.IsNameToken(Word(text, tokens[k]), tokens[k].Classes)) break;
            i = k;
        }
        return i;
    }

    private static bool IsLowerCaseRole(string text, Token token)
        => token.Kind == TokenKind.Word && !token.InQuote && !char.IsUpper(text[token.Start]) && token.Is(WordClass.Title | WordClass.Organization);

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotASpeaker = Lexicon.NotASpeaker.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsOpeningWord(string text, ReadOnlySpan<Token> tokens)
    {
        var token = tokens[0];
        if (token.Kind != TokenKind.Word || token.InQuote || !char.IsUpper(text[token.Start])) return false;
        var word = Word(text, token);
        return NotASpeaker.Contains(word) || token.Is(WordClass.Modifier) && !token.Is(WordClass.DayOrMonth)
               || word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)
               || IsParticiple(text, tokens);
    }

    /// <summary>"Repeating from his speech, …", "Speaking to reporters, …": a word in -ing before a word in lower case ("Sterling Brown" is a name).</summary>
    private static bool IsParticiple(string text, ReadOnlySpan<Token> tokens)
        => tokens.Length > 1 && Word(text, tokens[0]) is { Length: > 5 } word && word.EndsWith("ing", StringComparison.Ordinal)
           && tokens[1].Kind == TokenKind.Word && char.IsLower(text[tokens[1].Start]);
}
