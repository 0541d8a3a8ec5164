namespace NewsBot.Quotes;

/// <summary>Finding the speaker phrase of an attribution: before the cue, after it, in appositives and asides.</summary>
internal sealed partial class SentenceAttributions
{
    private SourceMention? CoordinatedSubject(int cueIndex, List<Attribution> earlier)
    {
        int j = cueIndex - 1;
        while (Has(j, WordClass.Modifier) && cueIndex - j < 4) j--;
        if (!(IsWord(j, "and") || IsWord(j, "but"))) return null;
        return earlier.LastOrDefault()?.Source ?? SentenceInitialSubject(j);
    }

    /// <summary>
    /// When no clean noun phrase stands before the cue ("all the experts I interviewed said", "Another 19
    /// percent said"): the phrase from the clause's start, if short.
    /// </summary>
    /// <param name="plainlyReported">The cue plainly reports speech ("says", "…that", a quotation), so an unnamed speaker ("The ad", "Only 24 percent") will do.</param>
    private SourceMention? FallbackSubject(int cueIndex, bool plainlyReported)
    {
        int start = cueIndex - 1;
        while (start >= 0 && !_tokens[start].InQuote && !(IsPunct(start, ',') || IsPunct(start, ';') || IsPunct(start, ':') || IsQuoteMark(start)) && cueIndex - start <= 12) start--;
        start++;
        if (start >= cueIndex || cueIndex - start > 12) return SentenceInitialSubject(cueIndex);
        while (start < cueIndex && IsWord(start) && Lower(start) is "but" or "and" or "so" or "yet" or "still" or "however" or "meanwhile") start++;
        if (start >= cueIndex || !IsWord(start) || cueIndex - start > 7) return null;
        bool content = false, named = false;
        for (int k = start; k < cueIndex; k++)
        {
            if (IsWord(k) && Lower(k) is "to" or "if" or "when" or "because" or "while" or "although") return null;
            if (IsWord(k) && !Has(k, WordClass.Modifier)) content = true;
            if (LooksLikeVerb(k) && !(Has(k, WordClass.Modifier) && k == cueIndex - 1)) return null;
            if (IsWord(k) && (IsCapitalized(k) && k > 0 || Has(k, WordClass.Group | WordClass.Title))) named = true;
        }
        if (!content || !named && !(plainlyReported && cueIndex - start <= 5)) return null;
        return new SourceMention(new TextSpan(_tokens[start].Start, _tokens[cueIndex - 1].End), null);
    }

    /// <summary>
    /// The speaker before a cue, skipping auxiliaries, adverbs and time or medium phrases: a pronoun,
    /// a relative pronoun, or a noun phrase (with its appositive when set off by commas).
    /// </summary>
    private SourceMention? SubjectBefore(int cueIndex, out int subjectStart)
    {
        subjectStart = cueIndex;
        int j = cueIndex - 1;
        int skipped = 0;
        while (j >= 0 && IsWord(j) && !_tokens[j].InQuote && skipped < 8)
        {
            var w = Word(j);
            bool modifier = Has(j, WordClass.Modifier) && !(IsCapitalized(j) && !IsDayOrMonth(j) && w is not ("Twitter" or "Facebook"))
                            || (w.EndsWith("ly", StringComparison.Ordinal) && !IsCapitalized(j) && w.Length > 3)
                            || (IsNumber(w) && skipped > 0);
            if (!modifier) break;
            j--;
            skipped++;
        }
        if (j < 0) return null;
        if (IsPunct(j, ')'))
        {
            int open = j;
            while (open >= 0 && !IsPunct(open, '(')) open--;
            if (open > 0) j = open - 1;
        }
        if (!IsWord(j) || _tokens[j].InQuote)
        {
            // "Andriy Yermak, a senior advisor to Zelensky …, said"
            if (IsPunct(j, ',') && j > 1) return AppositiveSubject(j, out subjectStart);
            // "Kall -- co-editor of a book about debates -- said"
            if (IsDash(j)) return DashAppositiveSubject(j, out subjectStart);
            return null;
        }
        var w0 = Word(j);
        if (Has(j, WordClass.Pronoun))
        {
            subjectStart = j;
            return new SourceMention(new TextSpan(_tokens[j].Start, _tokens[j].End), null);
        }
        if (Has(j, WordClass.Relative) && !w0.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            int k = IsPunct(j - 1, ',') ? j - 2 : j - 1;
            var antecedent = NounPhraseEndingAt(k, out _) ?? PlainNounPhraseEndingAt(k);
            subjectStart = j;
            return antecedent is null ? null : new SourceMention(antecedent.Value, null);
        }
        var phrase = NounPhraseEndingAt(j, out int start);
        if (phrase is null) return null;
        subjectStart = start;
        return new SourceMention(phrase.Value, null);
    }

    private bool IsDayOrMonth(int i) => Lower(i) is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
        or "january" or "february" or "march" or "april" or "june" or "july" or "august" or "september" or "october" or "november" or "december";

    /// <summary>
    /// "Andriy Yermak, a senior advisor to Zelensky …, said", "Johnnie Wilson, of Springfield, Va., said",
    /// "one of the family's attorneys, Justin Bamberg, said": the speaker is the noun phrase that opens
    /// the chain of comma-separated phrases before the cue.
    /// </summary>
    private bool IsDash(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Punct && _text[_tokens[i].Start] is '-' or '—' or '–' or '―';

    private SourceMention? DashAppositiveSubject(int dashBeforeCue, out int subjectStart)
    {
        subjectStart = dashBeforeCue;
        int k = dashBeforeCue;
        while (k >= 0 && IsDash(k)) k--;
        int open = k;
        while (open >= 0 && !IsDash(open) && !_tokens[open].InQuote && dashBeforeCue - open < 40) open--;
        if (open < 1 || !IsDash(open)) return null;
        int headEnd = open;
        while (headEnd >= 0 && IsDash(headEnd)) headEnd--;
        var head = NounPhraseEndingAt(headEnd, out int start);
        if (head is null) return null;
        subjectStart = start;
        return new SourceMention(head.Value, new TextSpan(_tokens[open + 1].Start, _tokens[k].End));
    }

    private SourceMention? AppositiveSubject(int commaBeforeCue, out int subjectStart)
    {
        subjectStart = commaBeforeCue;
        var commas = new List<int>();
        for (int k = commaBeforeCue - 1; k > 0 && commaBeforeCue - k < 40; k--)
        {
            if (_tokens[k].InQuote || IsQuoteMark(k) || IsPunct(k, ';') || IsPunct(k, ':')) break;
            if (IsPunct(k, ',')) commas.Add(k);
        }
        if (commas.Count == 0) return null;
        int open = commas[^1];
        for (int c = commas.Count - 1; c >= 0; c--)
        {
            open = commas[c];
            if (NounPhraseEndingAt(open - 1, out int phraseStart) is not null && !IsPreposition(phraseStart - 1)) break;
        }
        int segmentEnd = commas.Count > 0 && commas.IndexOf(open) > 0 ? commas[commas.IndexOf(open) - 1] : commaBeforeCue;
        int nameWords = 0;
        bool nameBetween = segmentEnd - open - 1 is >= 2 and <= 6 && IsCapitalized(open + 1)
                           && Enumerable.Range(open + 1, segmentEnd - open - 1).All(k => (IsCapitalized(k) && SpeakerResolver.IsNameToken(Word(k)) && ++nameWords > 0) || IsPunct(k, '.'))
                           && nameWords >= 2;
        if (nameBetween)
        {
            int roleStart = open - 1;
            while (roleStart > 0 && IsWord(roleStart - 1) && !_tokens[roleStart - 1].InQuote && open - roleStart < 10) roleStart--;
            subjectStart = open + 1;
            var nameSpan = new TextSpan(_tokens[open + 1].Start, _tokens[segmentEnd - 1].End);
            return new SourceMention(nameSpan, new TextSpan(_tokens[roleStart].Start, _tokens[open - 1].End));
        }
        var head = NounPhraseEndingAt(open - 1, out int start);
        if (head is null || !(IsCapitalized(open - 1) || Has(open - 1, WordClass.Group | WordClass.Title))) return null;
        subjectStart = start;
        var appositive = new TextSpan(_tokens[open + 1].Start, _tokens[commaBeforeCue - 1].End);
        return new SourceMention(head.Value, appositive);
    }

    /// <summary>The speaker after an inverted cue ("said Hua", "according to the newspaper").</summary>
    private SourceMention? SubjectAfter(int i, out int end, bool allowAppositive = true)
    {
        end = i;
        if (!IsWord(i) || _tokens[i].InQuote) return null;
        if (Has(i, WordClass.Pronoun))
        {
            end = i;
            return new SourceMention(new TextSpan(_tokens[i].Start, _tokens[i].End), null);
        }
        int j = i;
        while (j < _tokens.Count && j - i < 8)
        {
            if (IsWord(j) && !_tokens[j].InQuote && IsNounPhraseWord(j, j == i)) { j++; continue; }
            if (IsPunct(j, '.') && j > i && _tokens[j - 1].End == _tokens[j].Start && _tokens[j - 1].Length <= 4 && IsCapitalized(j - 1) && IsCapitalized(j + 1)) { j++; continue; } // "Mr. Morgan"
            break;
        }
        // "the nonpartisan Congressional Budget Office": adjectives between the article and the name.
        if (j == i + 1 && Lower(i) is "the" or "a" or "an")
        {
            int k = j;
            while (k < _tokens.Count && k - j < 4 && IsWord(k) && !IsCapitalized(k) && !_tokens[k].InQuote && !Has(k, WordClass.Cue) && !IsPreposition(k) && !IsWord(k, "that")) k++;
            if (k > j && IsWord(k) && (IsCapitalized(k) || IsNounPhraseWord(k, false)) && !_tokens[k].InQuote)
            {
                j = k;
                while (j < _tokens.Count && j - i < 12 && IsWord(j) && !_tokens[j].InQuote && IsNounPhraseWord(j, false)) j++;
            }
        }
        // Possessives and "of" inside names: "the Department of Justice", "Trump's campaign"
        while (IsWord(j, "of") && IsCapitalized(j + 1))
        {
            j++;
            while (j < _tokens.Count && IsCapitalized(j) && j - i < 10) j++;
        }
        // "an analysis by Lily Batchelder": the author is the speaker's name.
        if (j > i && (IsWord(j, "by") || IsWord(j, "from")) && IsCapitalized(j + 1))
        {
            j++;
            while (j < _tokens.Count && (IsCapitalized(j) || IsPunct(j, '.') && IsCapitalized(j - 1)) && j - i < 14) j++;
        }
        TextSpan? description = null;
        if (j == i)
        {
            if (DescribedName(i) is not ({ } nameStart, { } nameEnd)) return null;
            description = new TextSpan(_tokens[i].Start, _tokens[nameStart - 1].End);
            i = nameStart;
            j = nameEnd;
        }
        // "said Rep. Jim Clyburn (D-S.C.), the …": party and state belong to the name.
        if (IsPunct(j, '('))
        {
            int close = j;
            while (close < _tokens.Count && !IsPunct(close, ')') && close - j < 10) close++;
            if (IsPunct(close, ')')) j = close + 1;
        }
        end = j - 1;
        var span = new TextSpan(_tokens[i].Start, _tokens[end].End);
        TextSpan? appositive = null;
        if (allowAppositive && IsPunct(j, ',') && IsWord(j + 1) && Lower(j + 1) is "a" or "an" or "the" or "who")
        {
            int k = j + 1;
            while (k < _tokens.Count && !IsPunct(k, ',') && !IsPunct(k, '.') && k - j < 25) k++;
            appositive = new TextSpan(_tokens[j + 1].Start, _tokens[k - 1].End);
            end = k - 1;
        }
        return new SourceMention(span, appositive ?? description);
    }

    /// <summary>"said grower Patrick Nolan": up to three lower-case words describe the person named right after them (the name's token range, end exclusive).</summary>
    private (int Start, int End)? DescribedName(int i)
    {
        int k = i;
        while (k - i < 3 && IsWord(k) && !IsCapitalized(k) && !_tokens[k].InQuote && !Has(k, WordClass.Cue) && !Has(k, WordClass.Pronoun)
               && !IsPreposition(k) && Lower(k) is not ("that" or "and" or "or" or "but" or "as" or "if" or "not"))
            k++;
        if (k == i || !IsCapitalized(k) || _tokens[k].InQuote || Has(k, WordClass.Cue) || IsDayOrMonth(k)) return null;
        int end = k;
        while (end < _tokens.Count && end - k < 4 && IsCapitalized(end) && !_tokens[end].InQuote) end++;
        return (k, end);
    }

    /// <summary>Where the sentence goes on after a short time phrase ("on Tuesday", "late Friday", "last week", "yesterday"), or <paramref name="i"/> when none follows.</summary>
    private int TimeAfterName(int i)
    {
        if (IsWord(i) && Lower(i) is "yesterday" or "today" or "tonight") return i + 1;
        if (!IsWord(i) || Lower(i) is not ("on" or "late" or "early" or "earlier" or "last" or "this")) return i;
        int j = i + 1;
        while (j < _tokens.Count && j - i <= 3 && IsWord(j)
               && (IsDayOrMonth(j) || IsNumber(Word(j)) || Lower(j) is "morning" or "afternoon" or "evening" or "night" or "week" or "month" or "year"))
            j++;
        return j > i + 1 ? j : i;
    }

    private SourceMention? QuotedPhraseSubject(int cueIndex, out int start)
    {
        start = cueIndex - 1;
        while (start >= 0 && IsWord(start) && !_tokens[start].InQuote && cueIndex - start <= 8) start--;
        if (start < 0 || !(IsQuoteMark(start) || IsPunct(start, ',') && IsQuoteMark(start - 1))) return null;
        start++;
        if (start >= cueIndex) return null;
        return new SourceMention(new TextSpan(_tokens[start].Start, _tokens[cueIndex - 1].End), null);
    }

    private bool HasAuxiliary(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (IsWord(k) && Lower(k) is "is" or "are" or "was" or "were" or "been" or "be" or "am" or "keeps" or "kept") return true;
        return false;
    }

    private bool IsPreposition(int i) => IsWord(i) && Lower(i) is "on" or "in" or "at" or "during" or "after" or "before" or "for"
        or "with" or "from" or "by" or "of" or "to" or "since" or "until" or "earlier" or "later" or "last" or "this" or "meanwhile" or "however";

    private SourceMention? SentenceInitialSubject(int before)
    {
        int i = 0;
        while (i < before && !IsWord(i)) i++;
        // "On Sunday, Sanders …", "On Sunday morning Mr. Trump …": the opening adverbial is not the subject.
        if (IsPreposition(i))
        {
            int comma = i;
            while (comma < before && comma - i < 8 && !IsPunct(comma, ',')) comma++;
            if (IsPunct(comma, ',')) i = comma + 1;
            else
            {
                i++;
                while (i < before && IsWord(i) && (IsDayOrMonth(i) || Has(i, WordClass.Modifier) || IsNumber(Word(i)))) i++;
            }
            while (i < before && !IsWord(i)) i++;
            if (i >= before) return null;
        }
        // A sentence that opens with a quotation has no subject there: its first words are the speaker's, not the speaker.
        if (i >= before || _tokens[i].InQuote) return null;
        if (Has(i, WordClass.Pronoun)) return new SourceMention(new TextSpan(_tokens[i].Start, _tokens[i].End), null);
        int j = i;
        while (j < before && IsWord(j) && IsNounPhraseWord(j, j == i)) j++;
        // "The county sheriff arrested …": plain nouns up to the first word that looks like a verb.
        int nounPhraseEnd = j;
        int preposition = -1;
        while (j < before && j - i < 6 && IsWord(j) && !_tokens[j].InQuote && !LooksLikeVerb(j))
        {
            if (preposition < 0 && IsPreposition(j)) preposition = j;
            j++;
        }
        if (!LooksLikeVerb(j)) j = nounPhraseEnd;
        // "The veteran judge began by saying": the word before a preposition on the way is the verb the lexicon does not know.
        else if (preposition >= 0) j = Math.Max(nounPhraseEnd, preposition - 1);
        if (j == i) return null;
        return new SourceMention(new TextSpan(_tokens[i].Start, _tokens[j - 1].End), null);
    }

    private bool LooksLikeVerb(int i)
    {
        if (!IsWord(i) || IsCapitalized(i)) return false;
        var w = Lower(i);
        return w.EndsWith("ed", StringComparison.Ordinal) || Has(i, WordClass.Cue) || Has(i, WordClass.Modifier) && w is not ("the" or "a" or "an" or "on" or "in" or "at" or "this" or "last" or "past")
               || w is "and" or "but" or "who" or "which";
    }

    /// <summary>A noun phrase that ends at token <paramref name="end"/>: names, titles, determiners, "of" between names.</summary>
    private TextSpan? NounPhraseEndingAt(int end, out int start)
    {
        // "Rep. Jim Clyburn (D-S.C.)": the party and state in parentheses belong to the name.
        int last = end;
        if (IsPunct(end, ')'))
        {
            int open = end;
            while (open > 0 && !IsPunct(open, '(') && end - open < 10) open--;
            if (IsPunct(open, '(') && open > 0) end = open - 1;
        }
        start = end;
        if (!IsWord(end) || _tokens[end].InQuote) return null;
        if (!IsNounPhraseWord(end, false) && !IsCapitalized(end)) return null;
        int j = end;
        while (j - 1 >= 0 && end - j < 9)
        {
            int p = j - 1;
            if (IsWord(p) && !_tokens[p].InQuote && IsNounPhraseWord(p, false)) { j = p; continue; }
            if (IsWord(p, "of") && IsCapitalized(p - 1) && IsCapitalized(j)) { j = p; continue; }
            if (IsWord(p, "of") && IsWord(p - 1) && !_tokens[p - 1].InQuote && Has(p - 1, WordClass.Title)) { j = p; continue; } // "the former secretary of state"
            if (IsWord(p) && Lower(p) is "the" && IsWord(p - 1, "of") && IsCapitalized(p - 2) && IsCapitalized(j)) { j = p - 1; continue; } // "Mr. Morgan of the Sierra Club"
            if (IsWord(p) && Lower(p) is "the" or "a" or "an") { j = p; break; }
            if (IsPunct(p, '.') && p - 1 >= 0 && IsWord(p - 1) && _tokens[p - 1].End == _tokens[p].Start && Word(p - 1).Length <= 4 && IsCapitalized(p - 1)) { j = p; continue; } // "Sen." "Gov."
            if (IsWord(p, "and") && IsCapitalized(j) && (IsCapitalized(p - 1) || IsPunct(p - 1, '.'))) { j = p; continue; } // "Mr. Grassley and Mr. Leahy"
            break;
        }
        // A lone lowercase noun that is not a role or group word is not a speaker ("the fact said" is not a thing).
        if (j == end && !IsCapitalized(end) && !Has(end, WordClass.Title | WordClass.Group | WordClass.Organization)) return null;
        // Sentence-initial adverbials such as "On Wednesday" are not part of the subject.
        while (j < end && IsWord(j) && (Has(j, WordClass.Modifier) && Lower(j) is not ("the" or "a" or "an") || IsDayOrMonth(j))) j++;
        start = j;
        return new TextSpan(_tokens[j].Start, _tokens[last].End);
    }

    /// <summary>"an architect", "black listeners": a determiner or adjectives and a lowercase noun, for the antecedent of "who".</summary>
    private TextSpan? PlainNounPhraseEndingAt(int end)
    {
        if (!IsWord(end) || _tokens[end].InQuote || LooksLikeVerb(end)) return null;
        int j = end;
        while (j - 1 >= 0 && end - j < 4 && IsWord(j - 1) && !_tokens[j - 1].InQuote && !IsPreposition(j - 1) && !LooksLikeVerb(j - 1) && !Has(j - 1, WordClass.Modifier | WordClass.Pronoun)) j--;
        if (j - 1 >= 0 && IsWord(j - 1) && Lower(j - 1) is "a" or "an" or "the") j--;
        return new TextSpan(_tokens[j].Start, _tokens[end].End);
    }

    private bool IsNounPhraseWord(int i, bool first)
    {
        if (IsCapitalized(i)) return !Has(i, WordClass.Cue) || first;
        var lower = Lower(i);
        if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal)) return true;
        return Has(i, WordClass.Title | WordClass.Group | WordClass.Organization)
               || (first && lower is "the" or "a" or "an" or "both" or "many" or "some" or "several" or "two" or "three" or "other" or "his" or "her" or "their" or "its")
               || lower is "u.s." or "white" or "federal" or "local" or "senior" or "top" or "former" or "current" or "chinese" or "american" or "russian";
    }
}
