namespace NewsBot.Quotes;

/// <summary>A person named after a title ("Chinese President Xi Jinping"): the name, and the role words before it.</summary>
/// <summary>
/// A person the article names: after a title ("Chinese President Xi Jinping"), with a role in an appositive, or by a full name that
/// opens with a given name ("sold to Tom Clarke"; <paramref name="ByGivenName"/>): the name, and the role words, if any.
/// </summary>
internal readonly record struct TitledPerson(TextSpan Name, TextSpan? Role, bool ByGivenName = false);

/// <summary>Finds people the article names with a title, quoted or not, so that mentions such as "Xi" can be linked and listed.</summary>
internal static class TitledPeople
{
    public static List<TitledPerson> Find(Article article, ArticleTokens sentenceTokens)
    {
        var text = article.Text;
        var found = new List<TitledPerson>();
        foreach (var sentence in article.Sentences)
        {
            ReadOnlySpan<Token> tokens = sentenceTokens[sentence.Index];
            // The sentence's word classes say which of the passes can find anything: most sentences hold no title, and are not read for one.
            var classes = sentenceTokens.ClassesIn(sentence.Index);
            int titledEnd = (classes & WordClass.PersonTitle) != 0 ? tokens.Length - 1 : 0;
            for (int i = 0; i < titledEnd; i++)
            {
                if (!tokens[i].Is(WordClass.PersonTitle) || tokens[i].InQuote) continue;
                int j = i + 1;
                if (j < tokens.Length && tokens[j].Kind == TokenKind.Punct && text[tokens[j].Start] == '.' && tokens[j].Start == tokens[i].End) j++;
                int nameStart = j;
                j = NameRunEnd(text, tokens, nameStart, 3);
                if (j == nameStart) continue;
                var name = new TextSpan(tokens[nameStart].Start, StripPossessive(text, tokens[j - 1]));
                int roleStart = i;
                while (roleStart > 0 && tokens[roleStart - 1].Kind == TokenKind.Word && !tokens[roleStart - 1].InQuote && IsRoleWord(text, tokens[roleStart - 1])) roleStart--;
                var role = new TextSpan(tokens[roleStart].Start, tokens[i].End + (nameStart > i + 1 && text[tokens[i + 1].Start] == '.' ? 1 : 0));
                found.Add(new TitledPerson(name, role));
                i = j - 1;
            }
            // A role in an appositive ends in a title word, after a determiner.
            if ((classes & (WordClass.Determiner | WordClass.Title)) == (WordClass.Determiner | WordClass.Title))
            {
                AddAppositiveRoles(text, tokens, found);
                AddRoleFirstAppositives(text, tokens, found);
            }
            AddFullNames(text, tokens, found);
        }
        found.Sort((a, b) => a.Name.Start.CompareTo(b.Name.Start));
        return found;
    }

    /// <summary>
    /// "Hillary Clinton, the former secretary of state, spoke": a named person and the role the
    /// appositive gives, so that "the former secretary of state said" later is linked to her.
    /// </summary>
    private static void AddAppositiveRoles(string text, ReadOnlySpan<Token> tokens, List<TitledPerson> found)
    {
        // Found from each ", the" / ", a": rare, so the name before it is checked only there.
        for (int j = 2; j + 2 < tokens.Length; j++)
        {
            if (!tokens[j + 1].Is(WordClass.Determiner) || !IsPunct(text, tokens, j, ',') || !IsDeterminer(text, tokens[j + 1])) continue;
            int i = j;
            // "Colorado’s Kendal Unruh": the owner before a possessive is no word of the name.
            while (i > 0 && j - i < 3 && IsName(text, tokens[i - 1]) && char.IsUpper(text[tokens[i - 1].Start]) && !(i < j && IsPossessive(text, tokens[i - 1]))) i--;
            // "But Cruz, …" opens with a connective; "of New Jersey, …" names a place.
            if (i < j && IsAnyWord(text, tokens[i], SpeakerResolver.NotASpeakerLookup)) i++;
            if (j - i < 2 || i > 0 && IsAnyWord(text, tokens[i - 1], PlacePrepositionLookup)) continue;
            int roleStart = j + 2, k = roleStart;
            bool titled = false, named = false, plainWord = false;
            while (k < tokens.Length && k - roleStart < 8 && tokens[k].Kind == TokenKind.Word && !tokens[k].InQuote)
            {
                // The role is the appositive's own title, not one of someone it names ("the son of Vice President Joe Biden");
                // names that open it qualify its title ("the Arsenal coach", "the White House press secretary").
                bool upper = char.IsUpper(text[tokens[k].Start]);
                named |= upper && plainWord;
                plainWord |= !upper;
                titled |= !named && tokens[k].Is(WordClass.Title);
                k++;
            }
            if (!titled || !IsPunct(text, tokens, k, ',')) continue;
            found.Add(new TitledPerson(new TextSpan(tokens[i].Start, StripPossessive(text, tokens[j - 1])), new TextSpan(tokens[roleStart].Start, tokens[k - 1].End)));
            j = k;
        }
    }

    /// <summary>
    /// "The police chief, Liam Adeyemi, spoke": a role with a determiner, then the name set off by
    /// commas, so that "the chief said" later is linked to him.
    /// </summary>
    private static void AddRoleFirstAppositives(string text, ReadOnlySpan<Token> tokens, List<TitledPerson> found)
    {
        for (int d = 0; d + 4 < tokens.Length; d++)
        {
            var opening = tokens[d];
            if (!opening.Is(WordClass.Determiner) || text.AsSpan(opening.Start, opening.Length) is not ("the" or "a" or "an" or "The" or "A" or "An")) continue;
            int k = d + 1;
            bool titled = false;
            while (k < tokens.Length && k - d <= 5 && tokens[k].Kind == TokenKind.Word && !tokens[k].InQuote && !char.IsUpper(text[tokens[k].Start]))
            {
                titled = tokens[k].Is(WordClass.Title);
                k++;
            }
            // The role ends in its title ("the police chief", not "the chief of the fire brigade").
            if (!titled || k == d + 1 || !IsPunct(text, tokens, k, ',')) continue;
            int nameStart = k + 1, j = nameStart;
            j = NameRunEnd(text, tokens, nameStart, 3);
            if (j - nameStart < 2 || !IsPunct(text, tokens, j, ',')) continue;
            found.Add(new TitledPerson(new TextSpan(tokens[nameStart].Start, tokens[j - 1].End), new TextSpan(tokens[d + 1].Start, tokens[k - 1].End)));
            d = j;
        }
    }

    /// <summary>
    /// "The mine was sold to Tom Clarke": a given name and one or two more names, wherever they stand, so that "Mr. Clarke"
    /// and a "he" later find him. A name after a title is found with the title already.
    /// </summary>
    private static void AddFullNames(string text, ReadOnlySpan<Token> tokens, List<TitledPerson> found)
    {
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].InQuote || !char.IsUpper(text[tokens[i].Start]) || i > 0 && tokens[i - 1].Is(WordClass.Title)) continue;
            // Most capitalised words are followed by no name: that is tested before the given names are looked up.
            int j = NameRunEnd(text, tokens, i + 1, 2);
            if (j == i + 1 || !Lexicon.IsGivenName(text.AsSpan(tokens[i].Start, tokens[i].Length))) continue;
            // "Aung San Suu Kyi": a given name inside a name of four words ("San") does not start one, nor give it a gender.
            if (j == i + 3 && i > 0 && tokens[i - 1].End + 1 == tokens[i].Start && IsName(text, tokens[i - 1])) { i = j - 1; continue; }
            found.Add(new TitledPerson(new TextSpan(tokens[i].Start, StripPossessive(text, tokens[j - 1])), null, ByGivenName: true));
            i = j - 1;
        }
    }

    private static bool IsPunct(string text, ReadOnlySpan<Token> tokens, int i, char mark) =>
        i < tokens.Length && tokens[i].Kind == TokenKind.Punct && text[tokens[i].Start] == mark;

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase) { "of", "in", "from", "at", "to" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositionLookup = PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsAnyWord(string text, Token token, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        token.Kind == TokenKind.Word && words.Contains(text.AsSpan(token.Start, token.Length));

    private static bool IsDeterminer(string text, Token token) =>
        token.Kind == TokenKind.Word && text.AsSpan(token.Start, token.Length) is "the" or "a" or "an";

    /// <summary>"Colorado’s", "Corps’": a possessive word.</summary>
    private static bool IsPossessive(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal)
               || token.End < text.Length && text[token.End] is '\'' or '’' && (token.End + 1 == text.Length || !char.IsLetter(text[token.End + 1]));
    }

    private static int StripPossessive(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? token.End - 2 : token.End;
    }

    /// <summary>
    /// Where a run of up to <paramref name="most"/> name words from <paramref name="from"/> ends (exclusive), with the particles
    /// between them ("Anna van der Berg", "Bashar al-Assad") passed over uncounted.
    /// </summary>
    internal static int NameRunEnd(string text, ReadOnlySpan<Token> tokens, int from, int most)
    {
        int j = from, names = 0;
        while (j < tokens.Length && names < most)
        {
            if (IsName(text, tokens[j]) || IsPrefixedName(text, tokens[j])) { j++; names++; continue; }
            int k = j;
            while (k < tokens.Length && k - j < 2 && IsParticle(text, tokens[k])) k++;
            if (k == j || k >= tokens.Length || !IsName(text, tokens[k])) break;
            j = k;
        }
        return j;
    }

    private static bool IsParticle(string text, Token token) => token.Kind == TokenKind.Word && !token.InQuote && NameParticles.IsParticle(text.AsSpan(token.Start, token.Length), token.Classes);

    private static bool IsPrefixedName(string text, Token token) => token.Kind == TokenKind.Word && !token.InQuote && NameParticles.IsPrefixedName(text.AsSpan(token.Start, token.Length));

    // The token's word classes say whether the lexicon's sets hold its word.
    private static bool IsName(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.InQuote || token.Is(WordClass.Organization | WordClass.PersonTitle | WordClass.Cue)) return false;
        var word = text.AsSpan(token.Start, token.Length);
        return SpeakerResolver.IsNameToken(word, token.Classes) && HasLowercase(word);
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
