namespace NewsBot.Quotes;

/// <summary>
/// Decides whether a word of the lexicon reports speech where it stands: "said" and "called for"
/// do, "the said document", "has yet to explain", "the secretary of state" and a passive do not.
/// </summary>
internal static class CueMatcher
{
    public static bool Match(SentenceView v, int i, out CueVerb cue, out int cueEnd)
    {
        cueEnd = i;
        var word = v.Word(i);
        // A capitalised word inside a sentence is a name ("United States", "Washington Post"), not a verb.
        // In a headline set in title case ("Obama Says Museum Will Tell…") every word is capitalised.
        if (char.IsUpper(word[0]) && i > 0 && !v.IsQuoteMark(i - 1) && !v.IsTitleCase()) { cue = null!; return false; }
        // The token's word classes say which of the two lists holds the word: the other is not looked in.
        if (v[i].Is(WordClass.PhrasalCue) && Lexicon.PhrasalCueLookup.TryGetValue(word, out var particles) && v.IsWord(i + 1) && SentenceView.IsAnyOf(v.Lower(i + 1), particles))
        {
            cueEnd = i + 1;
            if (v.IsWord(i + 2) && (v.Word(i + 2) is "against" or "about" or "on" or "to") && v.Word(i + 1) is "out") cueEnd = i + 2;
            if (word is "went" or "goes" or "go" && !(v.IsWord(i + 2, "to") && v.IsWord(i + 3) && v.Has(i + 3, WordClass.Cue)) && !GoesOnWithQuotation(v, i)) { cue = null!; return false; }
            if (word is "put" or "puts" && !(v.EndsClause(i + 2) || v.IsPunct(i + 2, ':') || v.IsWord(i + 2, "in") || v.IsWord(i + 2, "this") || v.IsWord(i + 2, "that"))) { cue = null!; return false; }
            cue = new CueVerb(v.Lower(i).ToString(), CueComplement.ClauseOrObject, false, null);
            return true;
        }
        if (v[i].Is(WordClass.Cue) && Lexicon.CueLookup.TryGetValue(word, out cue!))
        {
            // "described as “an intentional act”", "dismissed it as …": what follows "as" is the label given.
            bool labelling = v.IsWord(i + 1, "as") && Lexicon.LabellingCues.Contains(cue.Lemma);
            if (labelling || v.IsWord(i + 1) && Lexicon.ReportingPrepositionLookup.Contains(v.Word(i + 1)) && !Lexicon.NoPrepositionalCue.Contains(cue.Lemma)
                && !(v.Word(i + 1) is "to" && v.IsWord(i + 2) && Lexicon.InfinitiveCues.Contains(cue.Lemma) && !v.IsCapitalized(i + 2) && v.Word(i + 2) is not ("the" or "a" or "an" or "his" or "her" or "their")))
            {
                cueEnd = i + 1;
                cue = cue with { Complement = CueComplement.PrepositionObject };
            }
            // "said" as an adjective ("the said document") or a noun use of "call", "report", "post" is not a cue; nor a line's
            // label ("Editor's note:").
            if (v.IsWord(i - 1) && (v.Lower(i - 1) is "the" or "a" or "an" or "this" or "that" or "his" or "her" or "their" or "its" or "our" or "my" or "your"
                                    || v.IsPunct(i + 1, ':') && Lexicon.LineLabels.Contains(v.Word(i - 1).ToString()))) return false;
            // "state law", "in states such as Ohio": a noun unless it plainly reports.
            if (Lexicon.NounCues.Contains(cue.Lemma) && (word.Equals(cue.Lemma, StringComparison.OrdinalIgnoreCase) || word.Length == cue.Lemma.Length + 1 && word.EndsWith("s", StringComparison.OrdinalIgnoreCase))
                && !(v.IsWord(i + 1, "that") || v.IsPunct(i + 1, ':') || v.IsQuoteMark(i + 1) || v.IsPunct(i + 1, ',') && v.IsQuoteMark(i + 2))) return false;
            // "the pledged delegates", "1,000 pledged delegates": a participle between a determiner or number and a group noun describes it.
            if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && v.Has(i + 1, WordClass.Group) && !v.IsCapitalized(i + 1)
                && v.IsWord(i - 1) && (SentenceView.IsNumber(v.Word(i - 1)) || v.Lower(i - 1) is "more" or "most" or "all" or "some" or "of" or "with" or "in")) return false;
            // "in a video posted on Instagram", "on a website run by …": a participle after a preposition's noun describes it.
            if (DescribesPrepositionObject(v, i)) return false;
            // "a D.C.-based talk radio host", "the long-awaited report": after a compound adjective the word is a noun.
            if (v.IsWord(i - 1) && IsCompoundAdjective(v.Word(i - 1))) return false;
            // "an official who asked not to be named said": a source's wish to stay unnamed reports nothing.
            if (v.IsWord(i + 1, "not") && v.IsWord(i + 2, "to") && v.IsWord(i + 3, "be")) return false;
            // An infinitive ("has yet to explain") is not a report of speech.
            if (v.IsWord(i - 1, "to")) return false;
            // After "of" the word is a noun: "the secretary of state said", "a matter of record".
            if (v.IsWord(i - 1, "of") && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
            // A passive ("was widely rejected by …", "was first proposed in 2019") reports what was done to the subject, not what it said.
            // "was asked by Baker whether …", "was asked if …": a question put to the subject is still one someone asked.
            if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && AfterBe(v, i)
                && !(cue.Lemma == "ask" && PassiveAskedQuestion.IntroducesQuestion(v, i + 1))) return false;
            return true;
        }
        cue = null!;
        return false;
    }

    /// <summary>
    /// "“…,” Trump went on.", "“…?” she went on, as if …", "He went on: “…”": "go on" reports where a quotation closes just before its
    /// subject or opens right after it ("the campaign went on" does not).
    /// </summary>
    private static bool GoesOnWithQuotation(SentenceView v, int i)
    {
        if (v.IsQuoteMark(i + 2) || v.IsPunct(i + 2, ':') || v.IsPunct(i + 2, ',') && v.IsQuoteMark(i + 3)) return true;
        if (!(v.EndsClause(i + 2) || v.IsPunct(i + 2, ','))) return false;
        for (int k = i - 2; k >= 0 && i - k <= 4; k--)
            if (v.IsQuoteMark(k)) return true;
        // "“…, right?” Trump went on.": the question mark closed the sentence before, the quotation with it.
        int before = v.Sentence.Span.Start - 1;
        while (before >= 0 && char.IsWhiteSpace(v.Text[before]) && v.Text[before] != '\n') before--;
        return i <= 4 && before >= 0 && QuoteChars.IsClosingLike(v.Text[before]);
    }

    /// <summary>
    /// "said in a video posted on Instagram", "in the letter written to the board": a past participle right after the
    /// noun of a prepositional phrase (a reduced relative clause). A phrase that opens with a preposition has no subject,
    /// so the participle is not the verb of a clause.
    /// </summary>
    private static bool DescribesPrepositionObject(SentenceView v, int i)
    {
        var word = v.Lower(i);
        if (!(word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal))) return false;
        // What it describes goes on with a preposition or a time ("posted on Instagram", "released Friday"); a verb of the
        // clause has its object or a quotation there ("Protesters marching through the streets chanted “…”").
        if (!(v.IsPreposition(i + 1) || v.IsWord(i + 1) && v.IsDayOrMonth(i + 1))) return false;
        int noun = i - 1;
        if (!v.IsWord(noun) || v[noun].InQuote || v.IsCapitalized(noun) || SentenceView.IsNumber(v.Word(noun)) || v.Has(noun, WordClass.Modifier | WordClass.Pronoun)) return false;
        int k = noun - 1;
        if (v.IsWord(k) && v.Lower(k) is "a" or "an" or "the") k--;
        return v.IsWord(k) && v.Lower(k) is "in" or "on" or "via" or "through";
    }

    /// <summary>"D.C.-based", "long-awaited", "so-called": a hyphenated word whose last part is a participle in -ed.</summary>
    private static bool IsCompoundAdjective(ReadOnlySpan<char> word)
    {
        int dash = word.LastIndexOf('-');
        return dash > 0 && word.Length - dash > 3 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[dash + 1]);
    }

    /// <summary>"was asked", "were first asked", "is widely rejected": the word at <paramref name="i"/> follows a form of "be", adverbs between.</summary>
    public static bool AfterBe(SentenceView v, int i)
    {
        int k = i - 1;
        while (v.IsWord(k) && (v.Word(k).EndsWith("ly", StringComparison.Ordinal) || v.Has(k, WordClass.Modifier) && !IsBeOrHave(v.Lower(k)))) k--;
        return v.IsWord(k) && v.Lower(k) is "was" or "were" or "been" or "be" or "is" or "are" or "being";
    }

    private static bool IsBeOrHave(ReadOnlySpan<char> word) => word is "was" or "were" or "been" or "be" or "is" or "are" or "being" or "has" or "have" or "had";
}
