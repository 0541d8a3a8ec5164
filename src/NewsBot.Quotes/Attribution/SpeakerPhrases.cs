namespace NewsBot.Quotes;

/// <summary>Finds the speaker phrase of an attribution: before the cue, after it, in appositives and asides.</summary>
internal sealed class SpeakerPhrases(SentenceView v)
{
    public SourceMention? CoordinatedSubject(int cueIndex, List<Attribution> earlier)
    {
        int j = cueIndex - 1;
        while (v.Has(j, WordClass.Modifier) && cueIndex - j < 4) j--;
        if (!(v.IsWord(j, "and") || v.IsWord(j, "but"))) return null;
        // "When asked whom she supported, Ms. Sherry smiled and said": the one asked answers, not the asker.
        var last = earlier.LastOrDefault(a => !AskedQuestion.IsQuestion(a));
        return last?.Source ?? SentenceInitialSubject(j);
    }

    /// <summary>
    /// When no clean noun phrase stands before the cue ("all the experts I interviewed said", "Another 19
    /// percent said"): the phrase from the clause's start, if short.
    /// </summary>
    /// <param name="plainlyReported">The cue plainly reports speech ("says", "…that", a quotation), so an unnamed speaker ("The ad", "Only 24 percent") will do.</param>
    public SourceMention? FallbackSubject(int cueIndex, bool plainlyReported)
    {
        int start = cueIndex - 1;
        while (start >= 0 && !v[start].InQuote && !(v.IsPunct(start, ',') || v.IsPunct(start, ';') || v.IsPunct(start, ':') || v.IsQuoteMark(start)) && cueIndex - start <= 12) start--;
        start++;
        if (start >= cueIndex || cueIndex - start > 12) return SentenceInitialSubject(cueIndex);
        while (start < cueIndex && v.IsWord(start) && v.Lower(start) is "but" or "and" or "so" or "yet" or "still" or "however" or "meanwhile") start++;
        if (start >= cueIndex || !v.IsWord(start) || cueIndex - start > 7) return null;
        bool content = false, named = false;
        for (int k = start; k < cueIndex; k++)
        {
            if (v.IsWord(k) && v.Lower(k) is "to" or "if" or "when" or "because" or "while" or "although") return null;
            if (v.IsWord(k) && !v.Has(k, WordClass.Modifier)) content = true;
            // "Politicians and even some technologists say": nouns joined by "and" are one subject.
            if (k > start && v.IsWord(k, "and") && JoinsNouns(k)) continue;
            if (v.IsWord(k, "even") && v.IsWord(k - 1, "and") && k - 1 > start && JoinsNouns(k - 1)) continue;
            if (v.LooksLikeVerb(k) && !(v.Has(k, WordClass.Modifier) && k == cueIndex - 1) && !(k > start && v.IsParticipleAfterNoun(k))) return null;
            if (v.IsWord(k) && (v.IsCapitalized(k) && k > 0 || v.Has(k, WordClass.Group | WordClass.Title))) named = true;
        }
        if (!content || !named && !(plainlyReported && cueIndex - start <= 5)) return null;
        return new SourceMention(new TextSpan(v[start].Start, v[cueIndex - 1].End), null);
    }

    /// <summary>Whether the "and" at <paramref name="and"/> (and an "even" after it) stands between two nouns, not after a verb or before an adverb or pronoun.</summary>
    private bool JoinsNouns(int and)
    {
        int next = v.IsWord(and + 1, "even") ? and + 2 : and + 1;
        return !v.LooksLikeVerb(and - 1) && v.IsWord(next) && !v.LooksLikeVerb(next) && !v.Lower(next).EndsWith("ly", StringComparison.Ordinal) && !v.Has(next, WordClass.Pronoun);
    }

    /// <summary>
    /// The speaker before a cue, skipping auxiliaries, adverbs and time or medium phrases: a pronoun,
    /// a relative pronoun, or a noun phrase (with its appositive when set off by commas).
    /// </summary>
    public SourceMention? SubjectBefore(int cueIndex, out int subjectStart)
    {
        subjectStart = cueIndex;
        int j = cueIndex - 1;
        int skipped = 0;
        while (j >= 0 && v.IsWord(j) && !v[j].InQuote && skipped < 8)
        {
            var w = v.Word(j);
            bool modifier = v.Has(j, WordClass.Modifier) && !(v.IsCapitalized(j) && !v.IsDayOrMonth(j) && w is not ("Twitter" or "Facebook"))
                            || (w.EndsWith("ly", StringComparison.Ordinal) && !v.IsCapitalized(j) && w.Length > 3 && !AfterDeterminer(j))
                            || (SentenceView.IsNumber(w) && (skipped > 0 || v.IsPreposition(j - 1)));
            if (!modifier) break;
            j--;
            skipped++;
        }
        if (j < 0) return null;
        if (v.IsPunct(j, ')'))
        {
            int open = j;
            while (open >= 0 && !v.IsPunct(open, '(')) open--;
            if (open > 0) j = open - 1;
        }
        if (!v.IsWord(j) || v[j].InQuote)
        {
            // "Andriy Yermak, a senior advisor to Zelensky …, said"
            if (v.IsPunct(j, ',') && j > 1) return AppositiveSubject(j, out subjectStart);
            // "Kall -- co-editor of a book about debates -- said"
            if (v.IsDash(j)) return DashAppositiveSubject(j, out subjectStart);
            return null;
        }
        var w0 = v.Word(j);
        // "When asked about the port, …", "If elected, …": a subordinator before the cue opens a clause without a subject.
        if (Lexicon.SubordinatorLookup.Contains(w0) && !v.Has(j, WordClass.Pronoun | WordClass.Relative)) return null;
        if (v.Has(j, WordClass.Pronoun))
        {
            subjectStart = j;
            return new SourceMention(new TextSpan(v[j].Start, v[j].End), null);
        }
        if (v.Has(j, WordClass.Relative) && !w0.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            int k = v.IsPunct(j - 1, ',') ? j - 2 : j - 1;
            var antecedent = NounPhraseEndingAt(k, out _) ?? PlainNounPhraseEndingAt(k);
            subjectStart = j;
            return antecedent is null ? null : new SourceMention(antecedent.Value, null);
        }
        if (QualifiedGroupSubject(j, out int groupStart) is { } group)
        {
            subjectStart = groupStart;
            return group;
        }
        // "A report published Wednesday said": the time skipped before the cue may end the description.
        var phrase = DescribedSourceEndingAt(j, cueIndex, out int start) ?? (j < cueIndex - 1 ? DescribedSourceEndingAt(cueIndex - 1, cueIndex, out start) : null)
                     ?? NounPhraseEndingAt(j, out start);
        if (phrase is null) return null;
        // "Fishermen and harbour pilots say", "Kari Holm and her husband say": two noun phrases joined by "and" speak together.
        if (v.IsWord(start - 1, "and") && !v[start - 1].InQuote && FirstConjunctEndingAt(start - 2) is int first)
        {
            start = first;
            phrase = new TextSpan(v[first].Start, phrase.Value.End);
        }
        subjectStart = start;
        return new SourceMention(phrase.Value, null);
    }

    /// <summary>
    /// Where the noun phrase before "and" in a conjoined subject starts, or null; a clause before "and" is no conjunct, nor a pronoun
    /// or a role in lower case ("he and Brafman", "the Republican nominee and his aides"), which name someone only once resolved.
    /// </summary>
    private int? FirstConjunctEndingAt(int end)
    {
        if (!v.IsWord(end) || v[end].InQuote || v.Has(end, WordClass.Pronoun) || v.Has(end, WordClass.Title) && !v.IsCapitalized(end)) return null;
        if (NounPhraseEndingAt(end, out int start) is null) return null;
        return start > 0 && !IsPhraseBoundary(start - 1) && !v.IsPreposition(start - 1) && !Lexicon.Subordinators.Contains(v.Word(start - 1).ToString()) ? null : start;
    }

    /// <summary>
    /// "Experts on North Korea and nuclear nonproliferation said", "Political observers in Virginia say": a group noun, then a
    /// preposition and the words that qualify it, up to the cue. The group is the speaker, the rest its description.
    /// </summary>
    private SourceMention? QualifiedGroupSubject(int last, out int subjectStart)
    {
        subjectStart = last + 1;
        for (int p = last - 1; p > 0 && last - p < 8; p--)
        {
            if (!v.IsWord(p) || v[p].InQuote || v.Has(p, WordClass.Pronoun | WordClass.Relative)) return null;
            if (!QualifiedGroups.IsQualifyingPreposition(v.Lower(p))) continue;
            if (!v.IsWord(p - 1) || v[p - 1].InQuote || !IsPlural(v.Lower(p - 1))) continue;
            if (HasClauseVerb(p + 1, last + 1)) return null;
            var head = NounPhraseEndingAt(p - 1, out int start) ?? PlainNounPhraseEndingAt(p - 1);
            if (head is null) return null;
            // "Bakers in Cairo said", "Teachers at the school said": any plural that opens the sentence is its subject, as a known group is anywhere
            if (!v.Has(p - 1, WordClass.Group) && !(OpensSentence(head.Value.Start) && QualifiedGroups.NamesDoers(v.Lower(p - 1)))) continue;
            subjectStart = head.Value.Start == v[p - 1].Start ? p - 1 : start;
            return new SourceMention(head.Value, new TextSpan(v[p].Start, v[last].End));
        }
        return null;
    }

    /// <summary>
    /// "A person familiar with the talks said", "officials briefed on the plan said", "a report published Wednesday said",
    /// "people who have followed the case say": a source noun that opens the clause, then the words that describe it, up to
    /// the cue. The whole phrase names the source, as the article does.
    /// </summary>
    private TextSpan? DescribedSourceEndingAt(int last, int cueIndex, out int subjectStart)
    {
        subjectStart = last + 1;
        if (UnnamedSourceEndingAt(last) is { } unnamed)
        {
            subjectStart = unnamed.Start;
            return unnamed.Phrase;
        }
        // "questions", "chant": a cue that may be a noun follows no described source ("reporters who raise questions about …").
        if (IsNounCue(cueIndex) || !EndsDescription(last)) return null;
        // The description has words after its first ("officials briefed on the plan"): "the groups who said" is the relative clause's.
        for (int h = last - 2; h >= 0 && last - h <= LongestSourceDescription; h--)
        {
            if (!v.IsWord(h + 1) || v[h + 1].InQuote) return null;
            bool relativeClause = v.IsWord(h + 1, "who") || v.IsWord(h + 1, "that");
            // "reporters who raise questions about …": a relative clause of one word may end on its verb, before its object.
            if (!IsSourceNoun(h) || !OpensSourceDescription(h + 1) || relativeClause && last - h < 3 || !DescriptionRuns(h + 2, last, relativeClause)) continue;
            var head = NounPhraseEndingAt(h, out int start);
            if (head is null || !OpensClause(start - 1) || v.IsCapitalized(h) && !OpensSentence(head.Value.Start)) continue;
            subjectStart = start;
            return new TextSpan(head.Value.Start, v[last].End);
        }
        return null;
    }

    private const int LongestSourceDescription = 10;

    /// <summary>
    /// "an official who asked not to be named", "two diplomats who spoke on condition of anonymity", "a source who declined to be
    /// identified": a source noun and the clause that keeps it unnamed, ending at <paramref name="last"/>.
    /// </summary>
    private (TextSpan Phrase, int Start)? UnnamedSourceEndingAt(int last)
    {
        if (!v.IsWord(last) || !(v.Lower(last) is "named" or "identified" or "anonymity")) return null;
        for (int who = last - 2; who > 0 && last - who <= 6; who--)
        {
            if (!v.IsWord(who, "who")) continue;
            if (!IsSourceNoun(who - 1) || NounPhraseEndingAt(who - 1, out int start) is not { } head) return null;
            for (int k = who + 1; k < last; k++)
                if (!v.IsWord(k) || v[k].InQuote || v.IsCapitalized(k)) return null;
            return (new TextSpan(head.Start, v[last].End), start);
        }
        return null;
    }

    /// <summary>"said Erin Clark, a postdoctoral fellow at Brandeis University who spends about 60 hours a week …": an appositive may run to the sentence's end.</summary>
    private const int LongestAppositive = 40;

    /// <summary>Where a description that opens at <paramref name="opener"/> ends with its clause (a comma or the sentence's end), or null.</summary>
    private int? DescribedSourceAfter(int opener)
    {
        int last = opener + 1;
        while (last + 1 < v.Count && v.IsWord(last + 1) && !v[last + 1].InQuote && last + 1 - opener < LongestSourceDescription) last++;
        bool clauseEnds = last + 1 >= v.Count || v.IsPunct(last + 1, ',') || v.IsPunct(last + 1, '.') || v.IsPunct(last + 1, ';');
        bool relativeClause = v.IsWord(opener, "who") || v.IsWord(opener, "that");
        return clauseEnds && EndsDescription(last) && !(relativeClause && last - opener < 2) && DescriptionRuns(opener + 1, last, relativeClause) ? last : null;
    }

    private bool IsSourceNoun(int i) =>
        v.IsWord(i) && !v[i].InQuote && (v.Has(i, WordClass.Group | WordClass.Title | WordClass.Organization) && !v.IsPossessive(i) || EvidenceNouns.Contains(v.Word(i)));

    /// <summary>
    /// "familiar with", "who have …", "briefed on", "published Wednesday": a word that opens what describes the source noun before it.
    /// A past form opens a description only before a preposition or a time ("the poll showed a majority" and "declined to comment" are verbs).
    /// </summary>
    private bool OpensSourceDescription(int i)
    {
        if (!v.IsWord(i) || v[i].InQuote || v.IsCapitalized(i)) return false;
        // "organizations that have endorsed him say": "that" with a verb after it is a relative clause too.
        if (SourceDescribers.Contains(v.Word(i)) || v.IsWord(i, "who") || v.IsWord(i, "that") && (ContentPhrases.IsAuxiliary(v.Lower(i + 1)) || v.LooksLikeVerb(i + 1) && !v.Has(i + 1, WordClass.Modifier))) return true;
        return IsDescribingParticiple(i) && (v.IsPreposition(i + 1) && !(v.IsWord(i + 1, "to") && !StartsNounPhrase(i + 2)) || v.IsDayOrMonth(i + 1));
    }

    private bool StartsNounPhrase(int i) => v.IsWord(i) && !v[i].InQuote && (v.IsCapitalized(i) || v.IsPossessive(i) || v.Lower(i) is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "this");

    /// <summary>
    /// Whether the words from <paramref name="from"/> to <paramref name="last"/> go on describing the source: no clause of their own
    /// ("Democrats controlled the Senate and had confirmed", "a candidate who was lambasted in a year when voters cried out"); a "who"
    /// clause may hold its verb and auxiliaries ("people who have followed the case").
    /// </summary>
    private bool DescriptionRuns(int from, int last, bool relativeClause)
    {
        for (int k = from; k <= last; k++)
        {
            if (!v.IsWord(k) || v[k].InQuote) return false;
            var w = v.Lower(k);
            // A pronoun inside ("people who know him") leaves the phrase naming no one the resolver can keep.
            if (w is "and" or "or" or "but" or "who" or "which" or "that" or "him" or "them" or "us" or "me" || Lexicon.SubordinatorLookup.Contains(w)
                || v.Has(k, WordClass.Pronoun) && !v.IsPossessive(k)) return false;
            if (v.Has(k, WordClass.Cue) && !AfterDeterminer(k) && !v.IsCapitalized(k) || w is "to" && !StartsNounPhrase(k + 1)) return false;
            if (!relativeClause && ContentPhrases.IsAuxiliary(w)) return false;
        }
        return true;
    }

    /// <summary>A description ends on a noun, a name or a number, not on a verb, an adjective in -ed or a preposition ("based on complicated rules").</summary>
    private bool EndsDescription(int last) =>
        v.IsWord(last) && !v[last].InQuote && !v.IsPreposition(last) && !(v.LooksLikeVerb(last) && !AfterDeterminer(last)) && !v.Lower(last).EndsWith("ed", StringComparison.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SourceDescribers = Lexicon.SourceDescribers.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool OpensClause(int i) => IsPhraseBoundary(i) || v.IsWord(i) && !v[i].InQuote && (v.Lower(i) is "and" or "but" or "that" or "yet" or "so" || Lexicon.SubordinatorLookup.Contains(v.Word(i)));

    private bool OpensSentence(int position)
    {
        int first = 0;
        while (first < v.Count && !v.IsWord(first)) first++;
        return first < v.Count && v[first].Start == position;
    }

    /// <summary>"Kall -- co-editor of a book about debates -- said": the speaker is the noun phrase before the dashes.</summary>
    private SourceMention? DashAppositiveSubject(int dashBeforeCue, out int subjectStart)
    {
        subjectStart = dashBeforeCue;
        int k = dashBeforeCue;
        while (k >= 0 && v.IsDash(k)) k--;
        int open = k;
        while (open >= 0 && !v.IsDash(open) && !v[open].InQuote && dashBeforeCue - open < 40) open--;
        if (open < 1 || !v.IsDash(open)) return null;
        int headEnd = open;
        while (headEnd >= 0 && v.IsDash(headEnd)) headEnd--;
        var head = NounPhraseEndingAt(headEnd, out int start);
        if (head is null) return null;
        subjectStart = start;
        return new SourceMention(head.Value, new TextSpan(v[open + 1].Start, v[k].End));
    }

    /// <summary>
    /// "Andriy Yermak, a senior advisor to Zelensky …, said", "Johnnie Wilson, of Springfield, Va., said",
    /// "one of the family's attorneys, Justin Bamberg, said": the speaker is the noun phrase that opens
    /// the chain of comma-separated phrases before the cue.
    /// </summary>
    private SourceMention? AppositiveSubject(int commaBeforeCue, out int subjectStart)
    {
        subjectStart = commaBeforeCue;
        var commas = new List<int>();
        for (int k = commaBeforeCue - 1; k > 0 && commaBeforeCue - k < 40; k--)
        {
            if (v[k].InQuote || v.IsQuoteMark(k) || v.IsPunct(k, ';') || v.IsPunct(k, ':')) break;
            if (v.IsPunct(k, ',')) commas.Add(k);
        }
        if (commas.Count == 0) return null;
        int open = commas[^1];
        for (int c = commas.Count - 1; c >= 0; c--)
        {
            open = commas[c];
            if (NounPhraseEndingAt(open - 1, out int phraseStart) is not null && !v.IsPreposition(phraseStart - 1)) break;
        }
        int segmentEnd = commas.Count > 0 && commas.IndexOf(open) > 0 ? commas[commas.IndexOf(open) - 1] : commaBeforeCue;
        if (NameBetweenCommas(open + 1, segmentEnd))
        {
            int roleStart = open - 1;
            while (roleStart > 0 && v.IsWord(roleStart - 1) && !v[roleStart - 1].InQuote && open - roleStart < 10) roleStart--;
            // '"…," a resident, Priya Nair, said': a role set off after a quotation belongs to the speaker, not to what was said.
            subjectStart = v.IsQuoteMark(roleStart - 1) || v.IsPunct(roleStart - 1, ',') && v.IsQuoteMark(roleStart - 2) ? roleStart : open + 1;
            var nameSpan = new TextSpan(v[open + 1].Start, v[segmentEnd - 1].End);
            return new SourceMention(nameSpan, new TextSpan(v[roleStart].Start, v[open - 1].End));
        }
        var head = NounPhraseEndingAt(open - 1, out int start);
        // "Sen. Ted Cruz (R-Texas), also a …, said": the party and state in parentheses close the name.
        int headEnd = v.IsPunct(open - 1, ')') && ParenthesisOpening(open - 1) is int paren ? paren - 1 : open - 1;
        if (head is null || !(v.IsCapitalized(headEnd) || v.Has(headEnd, WordClass.Group | WordClass.Title))) return null;
        // "…, candidates have more room to walk away from the law, said …": a clause between the commas is no appositive.
        if (HasClauseVerb(open + 1, commaBeforeCue)) return null;
        subjectStart = start;
        var appositive = new TextSpan(v[open + 1].Start, v[commaBeforeCue - 1].End);
        return new SourceMention(head.Value, appositive);
    }

    /// <summary>Whether the quotation that opens at <paramref name="open"/> is followed by a lower-case noun ("the “Medicare for all” document").</summary>
    private bool NounAfterQuotation(int open)
    {
        int k = open + 1;
        while (k < v.Count && k - open < 12 && !v.IsQuoteMark(k)) k++;
        return v.IsQuoteMark(k) && v.IsWord(k + 1) && !v[k + 1].InQuote && !v.IsCapitalized(k + 1) && !v.IsPreposition(k + 1) && v.Lower(k + 1) is not ("and" or "or" or "but" or "that" or "which") && !v.Has(k + 1, WordClass.Cue);
    }

    /// <summary>The speaker after an inverted cue ("said Hua", "according to the newspaper").</summary>
    public SourceMention? SubjectAfter(int i, out int end, bool allowAppositive = true)
    {
        end = i;
        if (!v.IsWord(i) || v[i].InQuote) return null;
        if (v.Has(i, WordClass.Pronoun))
        {
            end = i;
            return new SourceMention(new TextSpan(v[i].Start, v[i].End), null);
        }
        int j = i;
        while (j < v.Count && j - i < 8)
        {
            if (v.IsWord(j) && !v[j].InQuote && (v.IsNounPhraseWord(j, j == i) || CueWordInName(j))) { j++; continue; }
            if (j > i && IsTitleDot(j)) { j++; continue; } // "Mr. Morgan"
            break;
        }
        // "according to her account, …": the owner and the noun for their words.
        if (j == i + 1 && v.Lower(i) is "her" or "his" or "their" or "its" && v.IsWord(j) && !v.IsCapitalized(j) && !v[j].InQuote
            && !v.IsPreposition(j) && !v.IsWord(j, "that") && !v.Has(j, WordClass.Cue))
            j++;
        // "said one senior official", "said another longtime aide": a count opens the phrase as an article does.
        bool counted = j == i && v.Lower(i) is "one" or "another";
        if (counted) j = i + 1;
        // "the nonpartisan Congressional Budget Office": adjectives between the article and the name.
        if (j == i + 1 && (counted || v.Lower(i) is "the" or "a" or "an"))
        {
            int k = j;
            while (k < v.Count && k - j < 4 && v.IsWord(k) && !v.IsCapitalized(k) && !v[k].InQuote && (!v.Has(k, WordClass.Cue) || AuthorAfter(k + 1) is not null)
                   && !v.IsPreposition(k) && !v.IsWord(k, "that")) k++;
            if (k > j && v.IsWord(k) && (v.IsCapitalized(k) || v.IsNounPhraseWord(k, false)) && !v[k].InQuote)
            {
                j = k;
                while (j < v.Count && j - i < 12 && v.IsWord(j) && !v[j].InQuote && (v.IsNounPhraseWord(j, false) || CueWordInName(j))) j++;
            }
            // "according to a count by The Associated Press", "a new article in Politico": the author or the publication.
            else if (k > j && AuthorAfter(k) is int author)
            {
                i = author;
                j = author;
                while (j < v.Count && j - author < 8 && v.IsWord(j) && !v[j].InQuote && (v.IsCapitalized(j) || IsTitleDot(j))) j++;
            }
            // "said a longtime adviser", "said the harbour master": a role in lower case, named by its last word.
            else if (k > j && v.Has(k - 1, WordClass.Title | WordClass.Group) && !v.IsPossessive(k - 1)) j = k;
            if (counted && j == i + 1) j = i;
            // "and he, once again, pledged a “political revolution” and …": an article before a quotation that names nothing is no speaker
            // ("according to the “Medicare for all” document" goes on to the noun).
            if (!counted && j == i + 1 && v.IsQuoteMark(j) && !NounAfterQuotation(j)) return null;
        }
        // Possessives and "of" inside names: "the Department of Justice", "Trump's campaign"; and where a named
        // person is from: "said Stacey Plaskett of the Virgin Islands", as "of Ohio" is.
        while (v.IsWord(j, "of") && (v.IsCapitalized(j + 1) || j > i && v.IsWord(j + 1, "the") && v.IsCapitalized(j + 2)))
        {
            j += v.IsCapitalized(j + 1) ? 1 : 2;
            while (j < v.Count && v.IsCapitalized(j) && j - i < 10) j++;
        }
        // "the Food and Drug Administration", "the Disaster Risk Reduction and Management Council": "and" inside a body's name,
        // which ends in a word for a body ("Bill and Hillary Clinton" are two people, not joined here).
        if (j > i && (v.IsWord(j, "and") || v.IsWord(j, "&")) && v.IsCapitalized(j - 1) && v.IsCapitalized(j + 1))
        {
            int k = j + 1;
            while (k < v.Count && v.IsCapitalized(k) && k - i < 14) k++;
            if (v.Has(k - 1, WordClass.Organization)) j = k;
        }
        // "according to a statement from the ministry", "a report by the agency": the body the document came from speaks.
        if (j > i && (v.IsWord(j, "by") || v.IsWord(j, "from")) && !v.IsCapitalized(j - 1) && (v.Has(j - 1, WordClass.Organization) || EvidenceNouns.Contains(v.Word(j - 1)))
            && v.IsWord(j + 1, "the") && SubjectAfter(j + 1, out int bodyEnd, allowAppositive) is { } body && NamesABody(bodyEnd))
        {
            end = bodyEnd;
            return body;
        }
        // "an analysis by Lily Batchelder": the author is the speaker's name.
        if (j > i && (v.IsWord(j, "by") || v.IsWord(j, "from")) && v.IsCapitalized(j + 1))
        {
            j++;
            while (j < v.Count && (v.IsCapitalized(j) || v.IsPunct(j, '.') && v.IsCapitalized(j - 1)) && j - i < 14) j++;
        }
        TextSpan? description = null;
        // "said Nordhaven University political scientist Ivar Lunde": a capitalised organisation or party, a role in lower case,
        // then the name of the one who holds it.
        if (j > i && v.IsCapitalized(j - 1) && DescribedName(j) is ({ } roleEnd, { } heldEnd) && HasRoleWord(j, roleEnd))
        {
            description = new TextSpan(v[i].Start, v[roleEnd - 1].End);
            i = roleEnd;
            j = heldEnd;
        }
        // "said local trader Ruth Adebayo": adjectives of a noun phrase that goes on in lower case describe the name after them.
        else if (j == i || OnlyLowerCaseBefore(i, j) && DescribedName(i) is not null)
        {
            if (DescribedName(i) is not ({ } nameStart, { } nameEnd)) return null;
            description = new TextSpan(v[i].Start, v[nameStart - 1].End);
            i = nameStart;
            j = nameEnd;
            // "said marine biologist Dr. Ana Ruiz of Coastline University": the place of work goes with the name.
            while (v.IsWord(j, "of") && v.IsCapitalized(j + 1))
            {
                j++;
                while (j < v.Count && v.IsCapitalized(j) && j - i < 10) j++;
            }
        }
        // "said Rep. Jim Clyburn (D-S.C.), the …": party and state belong to the name.
        if (v.IsPunct(j, '('))
        {
            int close = j;
            while (close < v.Count && !v.IsPunct(close, ')') && close - j < 10) close++;
            if (v.IsPunct(close, ')')) j = close + 1;
        }
        end = j - 1;
        var span = new TextSpan(v[i].Start, v[end].End);
        // "said the Rovers manager, Kevin Doyle": a role, then the name of the one who holds it.
        if (allowAppositive && description is null && NameAfterRole(end) is ({ } nameFrom, { } nameTo))
        {
            end = nameTo;
            return new SourceMention(new TextSpan(v[nameFrom].Start, v[nameTo].End), span);
        }
        // "said a person familiar with the talks", "said two officials briefed on the plan": the description goes with the source.
        if (description is null && j > i && IsSourceNoun(j - 1) && OpensSourceDescription(j) && DescribedSourceAfter(j) is int describedEnd)
        {
            end = describedEnd;
            return new SourceMention(new TextSpan(v[i].Start, v[end].End), null);
        }
        TextSpan? appositive = null;
        if (allowAppositive && v.IsPunct(j, ',') && v.IsWord(j + 1) && v.Lower(j + 1) is "a" or "an" or "the" or "who")
        {
            int k = j + 1;
            while (k < v.Count && !v.IsPunct(k, ',') && !v.IsPunct(k, '.') && !v.IsPunct(k, ':') && k - j < LongestAppositive) k++;
            appositive = new TextSpan(v[j + 1].Start, v[k - 1].End);
            end = k - 1;
        }
        return new SourceMention(span, appositive ?? description);
    }

    private bool NamesABody(int last) => v.Has(last, WordClass.Organization | WordClass.Group | WordClass.Title) || v.IsCapitalized(last);

    /// <summary>
    /// "according to exit polls", "according to law enforcement officials, …", "according to data released Friday by state
    /// regulators": lower-case words (days and months aside; a name they run into ends the source, with them as its description) to the clause's end (a comma or the sentence's end, within <see cref="LongestPlainSource"/>
    /// tokens) whose last noun of evidence, group or organisation ends the source. Null when there is none: "according to plan".
    /// </summary>
    public SourceMention? PlainSourceAfter(int i, out int end)
    {
        end = i;
        int head = -1;
        for (int k = i; k < v.Count && k - i < LongestPlainSource; k++)
        {
            if (v.IsPunct(k, ',') || v.IsPunct(k, '.') || v.IsPunct(k, ';') || v.IsPunct(k, ')')) break;
            if (!v.IsWord(k) || v[k].InQuote || v.Has(k, WordClass.Pronoun | WordClass.Relative) || v.IsWord(k, "that")) return null;
            // "according to conservative talk radio host Rush Limbaugh": the words describe the name they run into, which ends the source.
            if (v.IsCapitalized(k) && !v.IsDayOrMonth(k))
            {
                while (k + 1 < v.Count && k - i < LongestPlainSource + 4 && (v.IsCapitalized(k + 1) && !v[k + 1].InQuote || IsTitleDot(k + 1))) k++;
                end = k;
                return new SourceMention(new TextSpan(v[i].Start, v[k].End), null);
            }
            if (v.Has(k, WordClass.Group | WordClass.Organization) || EvidenceNouns.Contains(v.Word(k))) head = k;
        }
        if (head < 0) return null;
        end = head;
        return new SourceMention(new TextSpan(v[i].Start, v[head].End), null);
    }

    private const int LongestPlainSource = 10;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EvidenceNouns = Lexicon.EvidenceNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"the State Department", "the Say Yes Foundation": a capitalised cue word inside a name, between capitalised words.</summary>
    private bool CueWordInName(int j)
        => j > 0 && v.IsCapitalized(j) && v.IsWord(j - 1) && (v.IsCapitalized(j - 1) || v.Lower(j - 1) is "the" or "a" or "an")
           && v.IsWord(j + 1) && v.IsCapitalized(j + 1) && !v[j + 1].InQuote;

    /// <summary>
    /// After "a count", "an analysis", "a new article": "by" or "from" and a capitalised name, or "in" and one after a word for a
    /// piece of writing. Where the name starts, or null.
    /// </summary>
    private int? AuthorAfter(int k)
    {
        int name = k + 1;
        if (v.IsWord(name) && v.Lower(name) is "the") name++;
        if (!v.IsWord(k) || !v.IsWord(name) || !v.IsCapitalized(name) || v[name].InQuote) return null;
        if (v.IsWord(k, "by") || v.IsWord(k, "from")) return name;
        return v.IsWord(k, "in") && v.Lower(k - 1) is "article" or "report" or "story" or "column" or "editorial" or "piece" or "interview" or "op-ed" ? name : null;
    }

    /// <summary>
    /// "the Rovers manager, Kevin Doyle" (to the clause's end, or a comma, or a setting): a role phrase that ends in a
    /// title in lower case, a comma, and a full name; the name's first and last tokens, or null.
    /// </summary>
    private (int From, int To)? NameAfterRole(int roleEnd)
    {
        if (!v.Has(roleEnd, WordClass.Title) || v.IsCapitalized(roleEnd) || !v.IsPunct(roleEnd + 1, ',')) return null;
        int from = roleEnd + 2, k = from, names = 0;
        while (k < v.Count && k - from < 6 && (v.IsCapitalized(k) && !v[k].InQuote || IsTitleDot(k)))
        {
            if (v.IsWord(k) && SpeakerResolver.IsNameToken(v.Word(k))) names++;
            k++;
        }
        if (names < 2 || !(v.EndsClause(k) || TimeAfterName(k) > k)) return null;
        return (from, k - 1);
    }

    private bool OnlyLowerCaseBefore(int from, int to)
    {
        if (!v.IsWord(to) || v.IsCapitalized(to) || v[to].InQuote) return false;
        for (int k = from; k < to; k++)
            if (!v.IsWord(k) || v.IsCapitalized(k) || v.Has(k, WordClass.Title | WordClass.Group | WordClass.Organization)) return false;
        return true;
    }

    /// <summary>
    /// "…, Justin Bamberg, …", "…, Chief Timipre Sylva, …", "…, Mr. Guajardo Villarreal, …": the words in [from, to) are a person's
    /// name, with titles before it: two names or more, or one after a title.
    /// </summary>
    /// <param name="longRole">"former Secretary of State Hillary Clinton": the role before the name may start in lower case and hold an "of"
    /// (where the words may instead be a role of their own after a name, "Scot Ross, executive director of One Wisconsin Now," they may not).</param>
    private bool NameBetweenCommas(int from, int to, bool longRole = false)
    {
        if (to - from is < 2 or > 7 || !(v.IsCapitalized(from) || longRole && v.Has(from, WordClass.Title)) || IsPartyLabel(from)) return false;
        int names = 0;
        bool titled = false;
        for (int k = from; k < to; k++)
        {
            if (v.IsCapitalized(k) && SpeakerResolver.IsNameToken(v.Word(k))) names++;
            else if ((v.IsCapitalized(k) || longRole) && v.Has(k, WordClass.Title) && names == 0) titled = true;
            else if (longRole && titled && names == 0 && v.IsWord(k, "of") && v.IsCapitalized(k + 1)) continue;
            // "Ruben del Campo", "Ursula von der Leyen": a particle between the name's words
            else if (names > 0 && k + 1 < to && v.IsWord(k) && NameParticles.IsParticle(v.Word(k), v[k].Classes)) continue;
            else if (!IsTitleDot(k) && !v.IsPunct(k, '.')) return false;
        }
        return names >= 2 || names == 1 && titled;
    }

    /// <summary>"R-S.C.", "D-Calif.", "I-Vt.": a legislator's party and state, set off by commas after the name, is no name.</summary>
    private int? ParenthesisOpening(int close)
    {
        for (int k = close - 1; k > 0 && close - k < 10; k--)
            if (v.IsPunct(k, '(')) return k;
        return null;
    }

    /// <summary>"said Sen. Ted Cruz, R-Texas.", "said Rep. Jamie Raskin, D-Md., on Monday": the party and state set off after a name end it.</summary>
    public int PartyLabelEnd(int end)
    {
        if (!v.IsPunct(end + 1, ',') || !v.IsWord(end + 2) || !IsPartyLabel(end + 2)) return end;
        int last = end + 2;
        // "D-Md., on Monday": the full stop before a comma is the abbreviation's.
        if (v.IsPunct(last + 1, '.') && v[last + 1].Start == v[last].End && v.IsPunct(last + 2, ',')) last++;
        return last;
    }

    private bool IsPartyLabel(int i)
    {
        var word = v.Word(i);
        return word.Length >= 3 && word[0] is 'R' or 'D' or 'I' && word[1] == '-' && char.IsUpper(word[2]);
    }

    /// <summary>An auxiliary or modal before any "who"/"which" in [from, to): the words make a clause of their own.</summary>
    private bool HasClauseVerb(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!v.IsWord(k)) continue;
            if (v.Has(k, WordClass.Relative)) return false;
            if (ContentPhrases.IsAuxiliary(v.Lower(k))) return true;
        }
        return false;
    }

    private bool HasRoleWord(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (v.Has(k, WordClass.Title | WordClass.Group)) return true;
        return false;
    }

    /// <summary>
    /// ", with 50 percent of voters saying …", "with three in 10 saying …": the short phrase between "with" and a participle cue is
    /// its subject (a name or role "with" stands before is found as any subject is); null when a verb or a clause boundary comes first.
    /// </summary>
    public SourceMention? WithSubject(int cueIndex, out int start)
    {
        start = cueIndex;
        for (int k = cueIndex - 1; k > 0 && cueIndex - k <= LongestShare; k--)
        {
            if (v[k].InQuote || v.IsQuoteMark(k) || v.IsPunct(k, ',') || v.IsPunct(k, ';') || v.IsPunct(k, ':')) return null;
            if (!v.IsWord(k)) continue;
            if (v.IsWord(k, "with"))
            {
                // "…, with": the absolute clause after a comma; "a call with Zelensky since offering …" is none.
                if (k == cueIndex - 1 || !v.IsWord(k + 1) || !v.IsPunct(k - 1, ',')) return null;
                start = k + 1;
                return new SourceMention(v.SpanOf(k + 1, cueIndex - 1), null);
            }
            if (v.Has(k, WordClass.Cue | WordClass.Pronoun | WordClass.Relative) || v.LooksLikeVerb(k) && !v.Has(k, WordClass.Modifier) || ContentPhrases.IsAuxiliary(v.Lower(k))
                || v.IsPreposition(k) && !ShareWords.Contains(v.Word(k))) return null;
        }
        return null;
    }

    private const int LongestShare = 7;

    /// <summary>"50 percent of voters", "three in 10": the prepositions a share of those polled is written with.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ShareWords = Lexicon.ShareWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"said grower Patrick Nolan": up to three lower-case words describe the person named right after them (the name's token range, end exclusive).</summary>
    private (int Start, int End)? DescribedName(int i)
    {
        int k = i;
        while (k - i < 3 && v.IsWord(k) && !v.IsCapitalized(k) && !v[k].InQuote && !v.Has(k, WordClass.Cue) && !v.Has(k, WordClass.Pronoun)
               && !v.IsPreposition(k) && v.Lower(k) is not ("that" or "and" or "or" or "but" or "as" or "if" or "not"))
            k++;
        if (k == i || !v.IsCapitalized(k) || v[k].InQuote || v.Has(k, WordClass.Cue) || v.IsDayOrMonth(k)) return null;
        int end = k;
        while (end < v.Count && end - k < 5 && (v.IsCapitalized(end) && !v[end].InQuote || IsTitleDot(end))) end++;
        return (k, end);
    }

    /// <summary>
    /// "said a longtime adviser to the mayor", "said a strategist for one of the campaigns": the complement of a role noun in
    /// lower case, to the clause's end, goes with the speaker; the token it ends at, or <paramref name="end"/> when none follows.
    /// </summary>
    public int RoleComplementEnd(int end)
    {
        if (!v.Has(end, WordClass.Title | WordClass.Group) || v.IsCapitalized(end) || !v.IsWord(end + 1) || !RoleComplements.Contains(v.Word(end + 1))) return end;
        for (int k = end + 2; k < v.Count && k - end <= LongestRoleComplement; k++)
        {
            if (v.EndsClause(k)) return k > end + 2 ? k - 1 : end;
            if (!v.IsWord(k) || v[k].InQuote || v.Has(k, WordClass.Cue | WordClass.Pronoun | WordClass.Relative) || v.IsWord(k, "that") || ContentPhrases.IsAuxiliary(v.Lower(k))) return end;
        }
        return end;
    }

    private const int LongestRoleComplement = 8;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleComplements = Lexicon.RoleComplements.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The period of an abbreviated title between it and a name: "Dr. Ana Ruiz", "Mr. Morgan".</summary>
    private bool IsTitleDot(int j) => v.IsPunct(j, '.') && j > 0 && v[j - 1].End == v[j].Start && v[j - 1].Length <= 4 && v.IsCapitalized(j - 1) && v.IsCapitalized(j + 1);

    /// <summary>Where the sentence goes on after a short time phrase ("on Tuesday", "late Friday", "last week", "yesterday"), or <paramref name="i"/> when none follows.</summary>
    public int TimeAfterName(int i)
    {
        if (SettingToClauseEnd(i) is int end) return end;
        if (v.IsWord(i) && v.Lower(i) is "yesterday" or "today" or "tonight") return i + 1;
        if (!v.IsWord(i) || v.Lower(i) is not ("on" or "late" or "early" or "earlier" or "last" or "this")) return i;
        int j = i + 1;
        while (j < v.Count && j - i <= 3 && v.IsWord(j)
               && (v.IsDayOrMonth(j) || SentenceView.IsNumber(v.Word(j)) || v.Lower(j) is "morning" or "afternoon" or "evening" or "night" or "week" or "month" or "year"))
            j++;
        return j > i + 1 ? j : i;
    }

    /// <summary>"said Moreau after the vote.", "said Hua at a news conference in Beijing.": a phrase of time or place that ends the clause.</summary>
    private int? SettingToClauseEnd(int i)
    {
        if (!v.IsWord(i) || v[i].InQuote || !Lexicon.SettingLookup.Contains(v.Word(i))) return null;
        for (int j = i + 1; j < v.Count && j - i <= 9; j++)
        {
            if (v.EndsClause(j)) return j > i + 1 && !v.IsQuoteMark(j) ? j : null;
            // "said Assad on state television": a cue that is mostly a noun ("state", "report") is one after a preposition.
            if (!v.IsWord(j) || v[j].InQuote || v.Has(j, WordClass.Cue) && !IsNounCue(j)) return null;
        }
        return null;
    }

    private bool IsNounCue(int i) => Lexicon.CueLookup.TryGetValue(v.Word(i), out var cue) && Lexicon.NounCues.Contains(cue.Lemma) && v.Lower(i).StartsWith(cue.Lemma, StringComparison.Ordinal) && v[i].Length <= cue.Lemma.Length + 1;

    public SourceMention? QuotedPhraseSubject(int cueIndex, out int start)
    {
        start = cueIndex - 1;
        while (start >= 0 && v.IsWord(start) && !v[start].InQuote && cueIndex - start <= 8) start--;
        if (start < 0 || !(v.IsQuoteMark(start) || v.IsPunct(start, ',') && v.IsQuoteMark(start - 1))) return null;
        start++;
        if (start >= cueIndex || !AnyNamingWord(start, cueIndex)) return null;
        return new SourceMention(new TextSpan(v[start].Start, v[cueIndex - 1].End), null);
    }

    /// <summary>Whether a phrase has a word that may name someone: not only prepositions, modifiers and function words ("before details emerge").</summary>
    private bool AnyNamingWord(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (v.IsWord(k) && !v.IsPreposition(k) && !v.Has(k, WordClass.Modifier | WordClass.Relative) && !SpeakerResolver.NotASpeakerLookup.Contains(v.Word(k))) return true;
        return false;
    }

    public bool HasAuxiliary(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (v.IsWord(k) && v.Lower(k) is "is" or "are" or "was" or "were" or "been" or "be" or "am" or "keeps" or "kept") return true;
        return false;
    }

    public SourceMention? SentenceInitialSubject(int before)
    {
        int i = 0;
        while (i < before && !v.IsWord(i)) i++;
        // "When asked whom she supported, Ms. Sherry smiled and said …": the question put to the subject comes before it.
        if (v.IsWord(i, "asked") || v.IsWord(i + 1, "asked") && Lexicon.SubordinatorLookup.Contains(v.Lower(i)))
        {
            int comma = i + 1;
            while (comma < before && comma - i < 25 && !v.IsPunct(comma, ',')) comma++;
            if (comma < before) i = comma + 1;
        }
        // "Still, Sanders …", "Then he cut into Bush, …": a connective or adverb alone before the subject.
        if (OpensAdverbial(i) && !v.IsPreposition(i))
        {
            i++;
            if (v.IsPunct(i, ',')) i++;
            if (i >= before) return null;
        }
        // "WASHINGTON (UPI) —", "Hours later,", "The day before,", "Sunday morning,": a dateline or a time is the setting, no subject.
        while (OpeningSettingEnd(i, before) is int settingEnd)
        {
            i = settingEnd + 1;
            while (i < before && !v.IsWord(i)) i++;
            if (i >= before) return null;
        }
        // "On Sunday, Sanders …", "On Sunday morning Mr. Trump …": the opening adverbial is not the subject.
        if (v.IsPreposition(i))
        {
            int comma = i;
            while (comma < before && comma - i < 20 && !v.IsPunct(comma, ',')) comma++;
            // "At an event in Ames, Iowa, on Sunday, Mrs. Clinton …": a place's state and a time go with the phrase.
            while (v.IsPunct(comma, ',') && comma + 2 < before && v.IsCapitalized(comma - 1) && !v.IsDayOrMonth(comma - 1) && PlaceOrTimeGoesOn(comma + 1, before) is int next) comma = next;
            if (v.IsPunct(comma, ',')) i = comma + 1;
            else
            {
                i++;
                while (i < before && v.IsWord(i) && (v.IsDayOrMonth(i) || v.Has(i, WordClass.Modifier) || SentenceView.IsNumber(v.Word(i)))) i++;
            }
            while (i < before && !v.IsWord(i)) i++;
            if (i >= before) return null;
        }
        // "Speaking at a town hall in Salem, Trump went after Bush": an opening participle clause is not the subject.
        if (OpensParticipleClause(i))
        {
            int comma = i + 2;
            while (comma < before && comma - i < 30 && !(v.IsPunct(comma, ',') && !ClauseGoesOn(comma))) comma++;
            if (comma >= before) return null;
            i = comma + 1;
            while (i < before && !v.IsWord(i)) i++;
        }
        // A sentence that opens with a quotation has no subject there: its first words are the speaker's, not the speaker.
        if (i >= before || v[i].InQuote) return null;
        if (v.Has(i, WordClass.Pronoun)) return new SourceMention(new TextSpan(v[i].Start, v[i].End), null);
        if (NamedInAppositive(i, before) is { } named) return named;
        int j = i;
        while (j < before && (v.IsWord(j) && v.IsNounPhraseWord(j, j == i) || j > i && IsTitleDot(j))) j++;
        // "The county sheriff arrested …": plain nouns up to the first word that looks like a verb.
        int nounPhraseEnd = j;
        int preposition = -1;
        while (j < before && j - i < 6 && v.IsWord(j) && !v[j].InQuote && !v.LooksLikeVerb(j))
        {
            if (preposition < 0 && v.IsPreposition(j)) preposition = j;
            j++;
        }
        // "The state-owned oil company, in a statement signed by …, insisted": plain nouns set off by a comma are the phrase.
        bool setOff = v.IsPunct(j, ',') && preposition < 0 && j > nounPhraseEnd && !Text.StopWords.IsStopWord(v.Lower(j - 1).ToString());
        if (!v.LooksLikeVerb(j) && !setOff) j = nounPhraseEnd;
        // "The veteran judge began by saying": the word before a preposition on the way is the verb the lexicon does not know.
        else if (preposition >= 0) j = Math.Max(nounPhraseEnd, preposition - 1);
        if (j == i) return null;
        return new SourceMention(new TextSpan(v[i].Start, v[j - 1].End), null);
    }

    /// <summary>
    /// "The premier of British Columbia, David Eby, welcomed the plan but said …", "The interior minister, Hector Salas, defended the police,
    /// saying …": a role set off by the name after it opens the sentence; the speaker is the name, the role its appositive.
    /// </summary>
    private SourceMention? NamedInAppositive(int i, int before)
    {
        int open = i;
        while (open < before && open - i < 10 && v.IsWord(open) && !v[open].InQuote && !v.LooksLikeVerb(open)) open++;
        if (open == i || !v.IsPunct(open, ',') || !v.Has(open - 1, WordClass.Title) && !v.IsCapitalized(open - 1) && !HasTitleWord(i, open)) return null;
        int close = open + 1;
        while (close < before && close - open < 9 && !v.IsPunct(close, ',')) close++;
        if (close >= before || !v.IsPunct(close, ',') || !NameBetweenCommas(open + 1, close, longRole: true)) return null;
        return new SourceMention(new TextSpan(v[open + 1].Start, v[close - 1].End), new TextSpan(v[i].Start, v[open - 1].End));
    }

    private bool HasTitleWord(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (v.Has(k, WordClass.Title) || IsCompoundTitle(k)) return true;
        return false;
    }

    /// <summary>"secretary-general", "attorney-general", "editor-in-chief": a hyphenated compound of a title word.</summary>
    private bool IsCompoundTitle(int k)
    {
        if (!v.IsWord(k) || v.Word(k).IndexOf('-') < 0) return false;
        foreach (var part in v.Lower(k).Split('-'))
            if (Lexicon.TitleWordLookup.Contains(v.Lower(k)[part])) return true;
        return false;
    }

    /// <summary>
    /// "…, which is set to host …,", "in Salem, New Hampshire, …": after this comma the opening clause goes on, with a relative
    /// clause or the state or country of a place.
    /// </summary>
    private bool ClauseGoesOn(int comma)
    {
        if (v.IsWord(comma + 1) && v.Lower(comma + 1) is "which" or "who" or "where") return true;
        // "Chastened by the analyses, as well as complaints over the costs, Trump …"
        if (v.IsWord(comma + 1, "as") && v.IsWord(comma + 2, "well") && v.IsWord(comma + 3, "as")) return true;
        if (!v.IsCapitalized(comma - 1) || !v.IsCapitalized(comma + 1)) return false;
        int k = comma + 1;
        while (k < v.Count && k - comma < 4 && v.IsCapitalized(k)) k++;
        return v.IsPunct(k, ',') && !(v.IsWord(k + 1) && v.Lower(k + 1) is "who" or "a" or "an" or "the");
    }

    /// <summary>"Speaking to reporters", "Writing in the Post", "Asked about the plan": a participle and a preposition open the sentence.</summary>
    private bool OpensParticipleClause(int i)
    {
        if (!v.IsWord(i) || v[i].InQuote || !v.IsCapitalized(i) || !v.IsWord(i + 1) || v.IsCapitalized(i + 1) || !v.IsPreposition(i + 1)) return false;
        var w = v.Word(i);
        // "Chastened by the analyses, Trump …", "Frustrated with the talks, the union …": a past participle with its agent or cause.
        return w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && !Lexicon.IsGivenName(w) || w is "Asked" or "Pressed" or "Questioned"
               || w.Length > 5 && w.EndsWith("ed", StringComparison.Ordinal) && v.Lower(i + 1) is "by" or "with" or "at" && !Lexicon.IsGivenName(w);
    }

    /// <summary>An adverb or connective that opens a sentence ("Ultimately", "Still", "Hours after …" is not one): not the subject.</summary>
    /// <summary>Where the comma after "Iowa" or "on Sunday" stands when the words after <paramref name="from"/> are a state after a place or a time phrase, or null.</summary>
    private int? PlaceOrTimeGoesOn(int from, int before)
    {
        int k = from;
        if (v.IsPreposition(k) && v.IsDayOrMonth(k + 1)) k += 2;
        else while (k < before && k - from < 3 && v.IsCapitalized(k) && !v.Has(k, WordClass.Title)) k++;
        // "in Beaumont, Tex., Mr. Trump": the state's abbreviation keeps its full stop.
        if (k > from && v.IsPunct(k, '.') && v.IsCapitalized(k - 1)) k++;
        return k > from && k < before && v.IsPunct(k, ',') ? k : null;
    }

    /// <summary>The comma after "Hours later", "Two days ago", "Moments earlier" at <paramref name="i"/>, or null.</summary>
    private int? TimeAgoEnd(int i, int before)
    {
        int k = i;
        while (k < before && k - i < 4 && v.IsWord(k) && !v[k].InQuote && !(v.Lower(k) is "later" or "earlier" or "ago" or "afterward" or "afterwards")) k++;
        return k > i && k < before && v.IsWord(k) && v.Lower(k) is "later" or "earlier" or "ago" or "afterward" or "afterwards" && v.IsPunct(k + 1, ',') && !HasClauseVerb(i, k) ? k + 1 : null;
    }

    /// <summary>The dash of a dateline or the comma of a time phrase ("Hours later,", "The day before,") that opens the clause at <paramref name="i"/>.</summary>
    public int? OpeningSettingEnd(int i, int before) => DatelineEnd(i, before) ?? TimeAgoEnd(i, before) ?? OpeningTimeEnd(i, before);

    /// <summary>
    /// The comma after "The day before", "Sunday morning", "The next week", "A few hours later" at <paramref name="i"/>: words that only
    /// count or place a span of time, with a day, month or span noun among them.
    /// </summary>
    private int? OpeningTimeEnd(int i, int before)
    {
        bool span = false;
        int k = i;
        for (; k < before && k - i < 5 && v.IsWord(k) && !v[k].InQuote; k++)
        {
            var word = v.Lower(k);
            if (v.IsDayOrMonth(k) || TimePeriods.Contains(word)) span = true;
            else if (!TimeSpanWords.Contains(word) && !SentenceView.IsNumber(word)) return null;
        }
        return span && k > i && k < before && v.IsPunct(k, ',') ? k : null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimePeriods = Lexicon.TimePeriods.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeSpanWords = Lexicon.TimeSpanWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The dash that ends a dateline at <paramref name="i"/>: "WASHINGTON —", "NAIROBI, Kenya (AP) —", "Washington (AFP) –": capitalised place words,
    /// commas and a date, then a news agency in parentheses or a place in capitals, then the dash.
    /// </summary>
    private int? DatelineEnd(int i, int before)
    {
        bool capitals = v.IsWord(i) && v.Word(i).Length >= 3 && NameValidator.IsAllCapitals(v.Word(i));
        bool agency = false;
        for (int k = i; k < before && k - i < 12 && !v[k].InQuote; k++)
        {
            if (v.IsDash(k)) return k > i && (capitals || agency) ? k : null;
            if (v.IsPunct(k, '('))
            {
                int close = k + 1;
                while (close < before && close - k < 4 && v.IsCapitalized(close)) close++;
                if (close == k + 1 || !v.IsPunct(close, ')')) return null;
                agency = true;
                k = close;
                continue;
            }
            if (agency || !(v.IsCapitalized(k) || v.IsPunct(k, ',') || v.IsPunct(k, '.') || v.IsWord(k) && SentenceView.IsNumber(v.Word(k)))) return null;
        }
        return null;
    }

    private bool OpensAdverbial(int i)
    {
        if (!v.IsWord(i) || v[i].InQuote) return false;
        var w = v.Word(i);
        return SpeakerResolver.NotASpeakerLookup.Contains(w) && !v.Has(i, WordClass.Pronoun | WordClass.Relative)
               || w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !Lexicon.IsGivenName(w) && v.IsPunct(i + 1, ',');
    }

    private static bool IsPlural(ReadOnlySpan<char> lower) => lower.EndsWith('s') || UnmarkedPlurals.Contains(lower);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnmarkedPlurals = Lexicon.UnmarkedPlurals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A noun phrase that ends at token <paramref name="end"/>: names, titles, determiners, "of" between names.</summary>
    public TextSpan? NounPhraseEndingAt(int end, out int start)
    {
        // "Rep. Jim Clyburn (D-S.C.)": the party and state in parentheses belong to the name.
        int last = end;
        if (v.IsPunct(end, ')'))
        {
            int open = end;
            while (open > 0 && !v.IsPunct(open, '(') && end - open < 10) open--;
            if (v.IsPunct(open, '(') && open > 0) end = open - 1;
        }
        start = end;
        if (!v.IsWord(end) || v[end].InQuote) return null;
        if (!v.IsNounPhraseWord(end, false) && !v.IsCapitalized(end)) return null;
        int j = end;
        while (j - 1 >= 0 && end - j < 9)
        {
            int p = j - 1;
            if (v.IsWord(p) && !v[p].InQuote && v.IsNounPhraseWord(p, false)) { j = p; continue; }
            // "“…,” county engineer Grace Quintero said": plain nouns before a title, from a quotation or comma on, are the role.
            // "…, and human rights groups warned": after a conjunction too; "Gay rights groups said": from the sentence's first word.
            if (v.Has(j, WordClass.Title | WordClass.Group) && IsPlainNoun(p) && PlainRoleStart(p) is int roleStart) { j = roleStart; break; }
            // "the budget office said", "the county engineer said", "the federal home ministry said": one or two plain nouns between a determiner and the head.
            // "the unsigned opinion said", "the leaked memo says": a participle that describes stands there too.
            if (v.Has(j, WordClass.Title | WordClass.Group | WordClass.Organization) && (IsPlainNoun(p) || IsDescribingParticiple(p)) && IsDeterminer(p - 1)) { j = p - 1; break; }
            if (v.Has(j, WordClass.Organization) && IsPlainNoun(p) && IsPlainNoun(p - 1) && IsDeterminer(p - 2)) { j = p - 2; break; }
            // "the state disaster management authority said": three words of the body's name in lower case.
            if (v.Has(j, WordClass.Organization) && IsPlainNoun(p) && IsPlainNoun(p - 1) && IsBodyWord(p - 2) && IsDeterminer(p - 3)) { j = p - 3; break; }
            if ((v.IsWord(p, "of") || (v.IsWord(p, "on") || v.IsWord(p, "for")) && v.Has(p - 1, WordClass.Organization)) && v.IsCapitalized(p - 1) && v.IsCapitalized(j)) { j = p; continue; }
            // "the former secretary of state", "the senator from Vermont"
            if ((v.IsWord(p, "of") || v.IsWord(p, "from")) && v.IsWord(p - 1) && !v[p - 1].InQuote && v.Has(p - 1, WordClass.Title)) { j = p; continue; }
            if (v.IsWord(p) && v.Lower(p) is "the" && v.IsWord(p - 1, "of") && v.IsCapitalized(p - 2) && v.IsCapitalized(j)) { j = p - 1; continue; } // "Mr. Morgan of the Sierra Club"
            if (v.IsWord(p) && v.Lower(p) is "the" or "a" or "an" or "another" or "some" or "many" or "several" or "both" or "two" or "three" or "other") { j = p; break; }
            if (v.IsPunct(p, '.') && p - 1 >= 0 && v.IsWord(p - 1) && v[p - 1].End == v[p].Start && v.Word(p - 1).Length <= 4 && v.IsCapitalized(p - 1)) { j = p; continue; } // "Sen." "Gov."
            if (v.IsWord(p, "and") && v.IsCapitalized(j) && (v.IsCapitalized(p - 1) || v.IsPunct(p - 1, '.'))) { j = p; continue; } // "Mr. Grassley and Mr. Leahy"
            break;
        }
        // "“…,” retired Air Force general Lloyd Newton said": lower-case words from a quotation or comma on describe the name after them.
        if ((v.IsCapitalized(j) || v.Has(j, WordClass.Title | WordClass.Group | WordClass.Organization)) && DescriptionBefore(j) is int described) j = described;
        // A lone lowercase noun that is not a role or group word is not a speaker ("the fact said" is not a thing).
        if (j == end && !v.IsCapitalized(end) && !v.Has(end, WordClass.Title | WordClass.Group | WordClass.Organization)) return null;
        // Sentence-initial adverbials such as "On Wednesday" are not part of the subject.
        while (j < end && v.IsWord(j) && (v.Has(j, WordClass.Modifier) && v.Lower(j) is not ("the" or "a" or "an") || v.IsDayOrMonth(j))) j++;
        start = j;
        return new TextSpan(v[j].Start, v[last].End);
    }

    /// <summary>
    /// Where up to three lower-case words that describe ("retired", "longtime", "former state") start, when a phrase boundary
    /// (a quotation mark, a comma) stands right before them and the token <paramref name="name"/> after them; else null.
    /// </summary>
    private int? DescriptionBefore(int name)
    {
        int k = name - 1;
        while (k >= 0 && name - k <= 3 && (IsPlainNoun(k) || IsDescribingParticiple(k))) k--;
        // '"…," DoubleLine Capital portfolio manager Bonnie Baha said': the employer's name before the role words.
        int described = k;
        while (k >= 0 && described - k < 3 && k < name - 1 && v.IsCapitalized(k) && !v[k].InQuote && !v.Has(k, WordClass.Cue | WordClass.Pronoun)) k--;
        if (k < described && !IsPhraseBoundary(k)) k = described;
        return k < name - 1 && IsPhraseBoundary(k) && !v.IsPunct(k, ':') ? k + 1 : null;
    }

    /// <summary>"retired", "decorated": a participle in lower case that describes a person rather than reports.</summary>
    private bool IsDescribingParticiple(int i) =>
        v.IsWord(i) && !v[i].InQuote && !v.IsCapitalized(i) && v.Lower(i).EndsWith("ed", StringComparison.Ordinal) && !v.Has(i, WordClass.Modifier | WordClass.Cue | WordClass.PhrasalCue);

    /// <summary>A lower-case word that may name a thing: not a function word, verb, adverb or preposition.</summary>
    private bool IsPlainNoun(int i) =>
        v.IsWord(i) && !v[i].InQuote && !v.IsCapitalized(i) && !v.Has(i, WordClass.Modifier | WordClass.Cue | WordClass.PhrasalCue | WordClass.Pronoun | WordClass.Relative)
        && !v.IsPreposition(i) && !v.LooksLikeVerb(i) && !SpeakerResolver.NotASpeakerLookup.Contains(v.Word(i)) && !(v.Word(i).EndsWith("ly", StringComparison.Ordinal) && !AfterDeterminer(i));

    /// <summary>"the family", "her supply", "an ally": a word in -ly after a determiner or possessive is a noun, not an adverb.</summary>
    private bool AfterDeterminer(int i) => v.IsWord(i - 1) && !v[i - 1].InQuote && v.Lower(i - 1) is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "our" or "my" or "your";

    private bool IsBodyWord(int i) => IsPlainNoun(i) || v.IsWord(i) && !v[i].InQuote && !v.IsCapitalized(i) && v.Has(i, WordClass.Organization | WordClass.Title);

    private bool IsDeterminer(int i) => v.IsWord(i) && !v[i].InQuote && v.Lower(i) is "the" or "a" or "an";

    /// <summary>Where one or two plain nouns ending at <paramref name="p"/> start, when a phrase opens before them (or with them, in capitals at the sentence's start).</summary>
    private int? PlainRoleStart(int p)
    {
        if (OpensPhrase(p - 1)) return p;
        if (IsPlainNoun(p - 1) && OpensPhrase(p - 2)) return p - 1;
        if (p - 1 == 0 && v.IsCapitalized(0) && !v.Has(0, WordClass.Title | WordClass.Group | WordClass.Organization)) return 0;
        return null;
    }

    private bool OpensPhrase(int i) => IsPhraseBoundary(i) || v.IsWord(i) && !v[i].InQuote && v.Lower(i) is "and" or "but";

    private bool IsPhraseBoundary(int i) => i < 0 || v.IsQuoteMark(i) || v.IsPunct(i, ',') || v.IsPunct(i, ':') || v.IsPunct(i, ';');

    /// <summary>"an architect", "black listeners": a determiner or adjectives and a lowercase noun, for the antecedent of "who".</summary>
    private TextSpan? PlainNounPhraseEndingAt(int end)
    {
        if (!v.IsWord(end) || v[end].InQuote || v.LooksLikeVerb(end)) return null;
        int j = end;
        while (j - 1 >= 0 && end - j < 4 && v.IsWord(j - 1) && !v[j - 1].InQuote && !v.IsPreposition(j - 1) && !v.LooksLikeVerb(j - 1) && !v.Has(j - 1, WordClass.Modifier | WordClass.Pronoun)) j--;
        if (j - 1 >= 0 && v.IsWord(j - 1) && v.Lower(j - 1) is "a" or "an" or "the") j--;
        return new TextSpan(v[j].Start, v[end].End);
    }

}
