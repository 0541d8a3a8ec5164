namespace NewsBot.Quotes;

/// <summary>Finds what was said: the content after or before a cue, its pieces, and the medium it was said in.</summary>
internal sealed class ContentPhrases(SentenceView v)
{
    /// <summary>"…," Hua added, "…": the rest of the sentence continues the statement when it quotes.</summary>
    public void AddRest(Attribution attribution, int after, ref int consumedTo, bool statementGoesOn = false)
    {
        if (after >= v.Count || !(v.IsPunct(after - 1, ',') || v.IsPunct(after, ','))) return;
        // "…," the mayor said, adding that …: the participle reports a statement of its own.
        if (v.IsPunct(after, ',') && v.ContentBoundaryFrom(after) == after) { consumedTo = after; return; }
        int restStart = v.IsPunct(after, ',') ? after + 1 : after;
        int restEnd = ContentEnd(restStart);
        // "The museum, Mr. Obama said, would make visitors …": after a short opening the sentence goes on with the statement.
        // "“…,” said Cruz, who leads the panel.", "“…,” said Cruz, on Monday.": a relative clause or a setting after the name is the writer's.
        bool shortOpening = attribution.Pieces.Count == 1 && QuoteRegionFinder.CountWords(v.Text, attribution.Pieces[0], atMost: 5) < 5
                            && !(v.IsWord(restStart) && v.Lower(restStart) is "who" or "which" or "whose") && !(v.IsPreposition(restStart) && ShortTail(restStart));
        if (restStart < restEnd && (v.ContainsQuote(restStart, restEnd) || shortOpening || statementGoesOn)) AddPiece(attribution, restStart, restEnd);
        consumedTo = restEnd - 1;
    }

    /// <summary>
    /// "…," Melanie said to the TV.: a few words of setting between the cue and the sentence's end. After a quotation that closed the
    /// sentence before, a setting may run longer ('"…!" McDonough wrote in an email to top State officials.'): nothing else is left to say.
    /// </summary>
    public bool ShortTail(int from, bool afterQuotation = false)
    {
        int words = 0;
        for (int i = from; i < v.Count; i++)
        {
            if (v[i].InQuote || v.IsQuoteMark(i)) return false;
            // "said Tuesday in Paris, noting …": a participle after the comma opens a clause of its own.
            if (v.IsPunct(i, ',') && words > 0 && OpensParticiple(i + 1)) break;
            if (v.IsWord(i) && ++words > LongestTail) return false;
        }
        // "said as he left the union hall": a time clause may run longer than a setting.
        // "said outside the building", "said amid the uproar": a word of place or time opens the tail as a preposition does.
        bool opensSetting = v.IsPreposition(from) || v.IsPreposition(from - 1) || IsPlaceOrTimeWord(from);
        return words > 0 && (words <= (afterQuotation ? LongestTail : 5) && opensSetting || words <= 2 || OpensTimeClause(from) || OpensMannerClause(from));
    }

    /// <summary>Where the subject of the clause whose auxiliary stands at <paramref name="auxiliary"/> starts, after a listener from <paramref name="from"/> if any; null when the words are no noun phrase ("asked for or just were confused").</summary>
    private int? ClauseSubjectBefore(int from, int auxiliary)
    {
        if (auxiliary - 1 > from && v.Has(auxiliary - 1, WordClass.Pronoun)) return auxiliary - 1;
        for (int d = from + 1; d < auxiliary; d++)
            if (v.IsWord(d) && v.Lower(d) is "the" or "a" or "an" or "his" or "her" or "their" or "its") return d;
        bool noun = v.IsWord(from) && !v[from].InQuote && (v.IsCapitalized(from) || v.Has(from, WordClass.Group | WordClass.Title | WordClass.Organization));
        return noun ? from : null;
    }

    /// <summary>"as he left", "when she arrived", "after the vote ended": a subordinator and a clause.</summary>
    private bool OpensTimeClause(int i) => v.IsWord(i) && !v[i].InQuote && v.Lower(i) is "as" or "when" or "while" or "after" or "before" && OpensClause(i + 1, v.Count)
        // "as he left", "as the crowd cheered"; "as much stimulus as many had hoped" compares.
        && !(v.IsWord(i, "as") && !(v.Has(i + 1, WordClass.Pronoun) || v.IsWord(i + 1) && v.Lower(i + 1) is "the" or "a" or "an" or "his" or "her" or "their"));

    /// <summary>"went on, as if he didn't hear her", "said as though it were settled": a clause of manner after the cue.</summary>
    private bool OpensMannerClause(int i)
    {
        if (v.IsPunct(i, ',')) i++;
        return v.IsWord(i, "as") && !v[i].InQuote && (v.IsWord(i + 1, "if") || v.IsWord(i + 1, "though"));
    }

    /// <summary>"told reporters as she left the building that …": the "that" a time clause leads to, within the clause.</summary>
    private int? ThatWithin(int from)
    {
        for (int k = from; k < v.Count && k - from < 8 && v.IsWord(k) && !v[k].InQuote; k++)
            if (v.IsWord(k, "that")) return k;
        return null;
    }

    private const int LongestTail = 12;

    /// <summary>"outside", "amid", "following": a setting word that opens only a phrase of place or time, never a clause ("despite", "when").</summary>
    private bool IsPlaceOrTimeWord(int i)
        => v.IsWord(i) && !v[i].InQuote && Lexicon.SettingLookup.Contains(v.Word(i)) && !Lexicon.NotASpeakerLookup.Contains(v.Word(i));

    private bool OpensParticiple(int i) => v.IsWord(i) && !v[i].InQuote && !v.IsCapitalized(i) && v[i].Length > 4 && v.Word(i).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Whether the clause ends after token <paramref name="i"/>: the sentence's end, a comma or a quotation mark.</summary>
    public void AddPiece(Attribution attribution, int fromToken, int toToken)
    {
        if (fromToken >= toToken) return;
        int start = v[fromToken].Start, end = v[toToken - 1].End;
        // Keep the marks of a quote that begins or ends the piece.
        var region = v.RegionAt(start);
        if (region is not null && region.Content.Start == start) start = region.Outer.Start;
        while (toToken - 1 > fromToken && v[toToken - 1].Kind == TokenKind.Punct && v.Text[v[toToken - 1].Start] is '.' or ',' or ';' or ':')
        {
            toToken--;
            end = v[toToken - 1].End;
        }
        // A quotation that the piece opens runs to its closing mark, over sentence ends; what follows
        // it as a mere setting ("“dialogue is important” alongside emoji flags") is not part of what was said.
        if (region is not null && region.Outer.Start == start)
        {
            if (region.Outer.End > end) end = region.Outer.End;
            else if (SettingFollows(region.Outer.End, end)) end = region.Outer.End;
        }
        // 'Carson is "losing strength. Some of his support is moving to Cruz."': so does a quotation the piece opens after its start, in its
        // paragraph, unless a cue of its own brings it in ('…, Reed said: "I was struck. …"'), a statement of its own.
        else if (v.RegionAt(end - 1) is { Closed: true } inner && inner.Outer.Start > start && inner.Outer.End > end && inner.LastParagraph == v.Sentence.Paragraph
                 && !CueBrings(inner.Outer.Start, fromToken, toToken))
            end = inner.Outer.End;
        attribution.Pieces.Add(new TextSpan(start, end));
    }

    /// <summary>Whether the quotation opening at <paramref name="position"/>, within tokens [from, to), follows a cue and a comma or colon ("said: \"…").</summary>
    private bool CueBrings(int position, int from, int to)
    {
        for (int k = to - 1; k > from; k--)
            if (v[k].Start == position) return (v.IsPunct(k - 1, ',') || v.IsPunct(k - 1, ':')) && v.Has(k - 2, WordClass.Cue);
        return false;
    }

    /// <summary>A quotation that ends right before this sentence, in the same paragraph.</summary>
    public QuoteRegion? QuotationJustBefore()
    {
        int i = v.Sentence.Span.Start - 1;
        while (i >= 0 && v.Text[i] == ' ') i--;
        if (i < 0 || !QuoteChars.IsClosingLike(v.Text[i])) return null;
        var region = v.RegionAt(i);
        return region is not null && region.Outer.End == i + 1 && region.LastParagraph == v.Sentence.Paragraph ? region : null;
    }

    private bool SettingFollows(int from, int end)
    {
        int i = from;
        while (i < end && !char.IsLetter(v.Text[i])) i++;
        int w = i;
        while (w < end && char.IsLetter(v.Text[w])) w++;
        return v.Text.AsSpan(i, w - i) is "alongside" or "along" or "amid" or "during" or "while" or "before" or "after" or "at" or "in" or "on" or "with";
    }

    /// <summary>After the cue: the listener ("told reporters"), time and medium phrases, then "that" or a colon.</summary>
    public int SkipAfterCue(int i, CueVerb cue, out string? medium, out bool sawThat, out bool sawColon, bool inRelativeClause = false)
    {
        medium = cue.Medium;
        sawThat = sawColon = false;
        int limit = Math.Min(v.Count, i + 12);
        int start = i;
        if (cue.TakesListener && v.IsWord(i) && !v.IsWord(i, "that"))
        {
            int j = i;
            // "asked Trump if he was ever bullied": the listener ends where the question begins.
            // "told his closest advisers as he left": a time clause ends it too, and a clause after it is what was said; "ask" takes
            // its object whole ("asking for money while …", "asked about statements he had made").
            bool objectIsListener = cue.Lemma != "ask";
            while (j < limit && v.IsWord(j) && !v.IsWord(j, "that") && !v.IsWord(j, "on") && !v.IsWord(j, "in") && !v.IsWord(j, "at") && !v.IsWord(j, "to") && !OpensQuestion(j)
                   && !(objectIsListener && j > i && OpensTimeClause(j)) && !(objectIsListener && IsAuxiliary(v.Lower(j)))
                   && !(objectIsListener && j > i && v.Has(j, WordClass.Pronoun)) && j - i < 5) j++;
            // A verb after the words makes them, or their end, the subject of what was said: "warned members would strike",
            // "told members it would strike", "assured residents the port would reopen".
            // "told reporters that …" leaves the listener out; "urged Republicans to join …" keeps it.
            // "“…,” she told ABC Radio Sydney.": a listener that ends the sentence is no content either.
            // "told aides he sees …": a pronoun after the listener is the subject of what was said.
            if (objectIsListener && j > i && v.Has(j, WordClass.Pronoun)) i = j;
            else if (objectIsListener && j > i && j < v.Count && IsAuxiliary(v.Lower(j)) && ClauseSubjectBefore(i, j) is int subject) i = subject;
            else if (j >= v.Count && j > i || j < v.Count && (v.IsWord(j, "that") || j > i && v.IsWord(j) && OpensQuestion(j) || v.IsPunct(j, ',') || v.IsPunct(j, ':') || v.IsQuoteMark(j) || v.IsWord(j, "on") || v.IsWord(j, "in") || v.IsWord(j, "at") && j > i || v.IsPunct(j, '.') && j == v.Count - 1
                                   || objectIsListener && j > i && OpensTimeClause(j)))
                i = objectIsListener && j > i && OpensTimeClause(j) && ThatWithin(j + 1) is int that ? that : j;
        }
        while (i < limit)
        {
            if (MediumPhrase(i, out int length, out var found))
            {
                medium ??= found;
                i += length;
                continue;
            }
            if (SettingBeforeContent(i, cue.Lemma == "ask" || cue.TakesListener && i > start) is int settingEnd)
            {
                i = settingEnd;
                continue;
            }
            bool adverb = v.IsWord(i) && !v.IsCapitalized(i) && v[i].Length > 4 && v.Word(i).EndsWith("ly", StringComparison.Ordinal);
            // "told supporters in Columbus, Ohio, that …": a place named between the cue and "that" is passed.
            if (PlaceBeforeThat(i) is int that)
            {
                i = that;
                break;
            }
            // "said at a town hall on Thursday", "said in an implicit caution": a preposition opens a setting, passed only before a time ("said on Tuesday that").
            if (v.IsWord(i) && v.Lower(i) is "on" or "in" or "at" or "during" && !(v.IsWord(i + 1) && (v.IsDayOrMonth(i + 1) || v.Has(i + 1, WordClass.Modifier) && !StartsClause(i + 1))))
                break;
            // "the tax, which he said would be paid …": in a relative clause an auxiliary after the cue opens what was said, its subject the
            // clause's antecedent ("the answer was that …" passes it).
            if ((v.Has(i, WordClass.Modifier) && !(inRelativeClause && IsAuxiliary(v.Lower(i))) || adverb) && !v.IsWord(i, "that") && i - start < 8 && !StartsClause(i))
            {
                i++;
                continue;
            }
            // "wrote on X, formerly Twitter, that …": an aside set off by commas before "that".
            if (v.IsPunct(i, ',') && AsideBeforeThat(i) is int thatAfterAside)
            {
                i = thatAfterAside;
                break;
            }
            // "said, adding that …": the participle's comma ends what this cue says.
            if (v.IsPunct(i, ',') && i == start && v.ContentBoundaryFrom(i) != i) { i++; continue; }
            break;
        }
        // "says of Clinton, “…”": the topic, then the quotation.
        if ((v.IsWord(i, "of") || v.IsWord(i, "about")) && !v[i].InQuote)
        {
            int k = i + 1;
            while (k < v.Count && v.IsWord(k) && k - i <= 4) k++;
            if (v.IsPunct(k, ',') && v.IsQuoteMark(k + 1)) i = k + 1;
        }
        // "said that was a natural part of it": "that" before a verb is the reported clause's subject, kept in it.
        if (v.IsWord(i, "that")) { sawThat = true; if (!(v.IsWord(i + 1) && IsAuxiliary(v.Lower(i + 1)))) i++; }
        else if (v.IsPunct(i, ':')) { sawColon = true; i++; }
        else if (v.IsPunct(i, ',') && v.IsQuoteMark(i + 1)) i++;
        return i;
    }

    /// <summary>
    /// "said after the vote: “…”", "said at the meeting that …": a short phrase of time or place between
    /// the cue and the content, which starts after a colon, "that", a quotation mark or with a pronoun; after "asked",
    /// also with a question word ("Asked in Iowa recently whether …"). The token that ends the phrase, or null.
    /// </summary>
    private int? SettingBeforeContent(int i, bool asks)
    {
        if (!v.IsWord(i) || v[i].InQuote || !Lexicon.SettingLookup.Contains(v.Word(i))) return null;
        for (int j = i + 1; j < v.Count && j - i <= 12; j++)
        {
            if (v.IsPunct(j, ':') || v.IsQuoteMark(j) || v.IsWord(j, "that") || v.IsPunct(j, ',') && v.IsQuoteMark(j + 1)) return j > i + 1 ? j : null;
            // "at a breakfast spot in Manchester, New Hampshire, that …": a place's commas
            if (v.IsPunct(j, ',') && v.IsWord(j + 1) && !v[j + 1].InQuote && v.IsCapitalized(j - 1)) continue;
            // "at the Republican Party's annual gala"
            if (!v.IsWord(j) && j > i + 1 && v.Text.AsSpan(v[j].Start, v[j].Length) is "'s" or "\u2019s" or "'" or "\u2019") continue;
            // "in a filing with the Securities and Exchange Commission that …": "and" inside a name.
            if (v.IsWord(j, "and") && v.IsCapitalized(j - 1) && v.IsCapitalized(j + 1)) continue;
            // "said after the convention he would not …": a pronoun opens the reported clause.
            if (v.Has(j, WordClass.Pronoun) && j > i + 1 && !v.IsWord(j, "it") && !v.IsWord(j, "you")) return j;
            if (asks && j > i + 1 && v.IsWord(j) && OpensQuestion(j)) return j;
            if (!v.IsWord(j) || v[j].InQuote || v.Has(j, WordClass.Cue) && !v.IsCapitalized(j)) return null;
            // "said after Pagliano failed to show up at the hearing he was called to": a clause of its own, not a setting
            if (v.LooksLikeVerb(j) && !v.IsCapitalized(j) && !v.Has(j, WordClass.Modifier)) return null;
        }
        return null;
    }

    private bool OpensQuestion(int i) => v.Lower(i) is "if" or "whether" or "how" or "what" or "why" or "who" or "whom" or "when" or "where" or "which";

    /// <summary>A word among the modifiers that here starts the reported clause ("said the White House …" is not "the").</summary>
    private bool StartsClause(int i) => v.IsWord(i) && v.Lower(i) is "the" or "a" or "an" or "this" && i > 0;

    private bool MediumPhrase(int i, out int length, out string? medium)
    {
        length = 0;
        medium = null;
        // Only "on", "via", "in", "during" and "to" open one: most words are turned away before they are lowered.
        if (!v.IsWord(i) || v[i].Length is not (2 or 3 or 6) || char.ToLowerInvariant(v.Text[v[i].Start]) is not ('o' or 'v' or 'i' or 'd' or 't')) return false;
        var w = v.Lower(i);
        if ((w is "on" or "via") && v.IsWord(i + 1))
        {
            var platform = v.Lower(i + 1);
            medium = platform switch
            {
                "twitter" or "x" => "Twitter", "facebook" => "Facebook", "instagram" => "Instagram",
                "truth" => "Truth Social", "youtube" => "YouTube", "linkedin" => "LinkedIn", "telegram" => "Telegram",
                _ => null,
            };
            if (platform is "social" && v.IsWord(i + 2, "media")) medium = "social media";
            if (medium is not null) { length = platform is "truth" or "social" && v.IsWord(i + 2) ? 3 : 2; return true; }
        }
        if ((w is "in" or "during") && v.IsWord(i + 1))
        {
            int j = i + 1;
            if (v.Lower(j) is "a" or "an" or "the" or "his" or "her" or "their" or "its") j++;
            for (int k = j; k < Math.Min(j + 3, v.Count) && v.IsWord(k); k++)
            {
                var noun = v.Lower(k);
                medium = noun switch
                {
                    "statement" or "statements" => "a statement", "interview" => "an interview", "tweet" or "tweets" => "Twitter",
                    "post" => "a post", "speech" => "a speech", "email" or "e-mail" => "an email", "letter" => "a letter",
                    "op-ed" or "column" or "essay" => "an op-ed", "briefing" => "a briefing", "conference" => "a news conference",
                    "video" => "a video", "podcast" => "a podcast", "memo" => "a memo", "testimony" => "testimony",
                    "remarks" => "remarks", "rally" => "a rally", "debate" => "a debate", "release" => "a statement",
                    _ => null,
                };
                if (medium is not null)
                {
                    length = k - i + 1;
                    // "in an interview with CNN", "in a statement to The Hill"
                    if (v.IsWord(i + length) && v.Lower(i + length) is "with" or "to" or "on" or "from" or "at")
                    {
                        int m = i + length + 1;
                        while (m < v.Count && v.IsWord(m) && (v.IsCapitalized(m) || v.Word(m) is "the" or "a") && m - i < 10) m++;
                        // "in a letter to the court on Friday that", "in an interview with the local radio station, …": plain nouns
                        // after the article, where a setting, "that" or a clause's punctuation follows them.
                        if (v.IsWord(m - 1) && v.Word(m - 1) is "the" or "a")
                        {
                            int n = m;
                            while (n < v.Count && n - m < 3 && v.IsWord(n) && !v[n].InQuote && !v.IsCapitalized(n) && !v.LooksLikeVerb(n) && !v.IsPreposition(n)
                                   && !v.IsWord(n, "that") && !v.Has(n, WordClass.Pronoun)) n++;
                            if (n > m && (v.IsWord(n, "that") || v.IsPunct(n, ',') || v.IsPunct(n, ':') || v.IsQuoteMark(n) || v.IsWord(n) && v.Lower(n) is "on" or "in" or "at")) m = n;
                        }
                        length = m - i;
                    }
                    return true;
                }
            }
        }
        if (w is "to" && v.IsWord(i + 1, "reporters")) { medium = "to reporters"; length = 2; return true; }
        return false;
    }

    /// <summary>"in Columbus, Ohio, that", "at Nordhaven that": "in" or "at", capitalised names and commas, then "that" (its token), else null.</summary>
    private int? PlaceBeforeThat(int i)
    {
        if (!v.IsWord(i) || v[i].InQuote || v.Lower(i) is not ("in" or "at") || !v.IsCapitalized(i + 1)) return null;
        for (int k = i + 1; k < v.Count && k - i <= LongestPlace; k++)
        {
            if (v.IsWord(k, "that") && !v[k].InQuote) return v.IsPunct(k - 1, ',') || v.IsCapitalized(k - 1) ? k : null;
            if (!(v.IsCapitalized(k) && !v[k].InQuote || v.IsPunct(k, ',') || v.IsPunct(k, '.') && v.IsCapitalized(k - 1))) return null;
        }
        return null;
    }

    private const int LongestPlace = 8;

    /// <summary>The "that" after an aside of a few words without a verb between the comma at <paramref name="comma"/> and the next ("…, formerly Twitter, that"), or null.</summary>
    private int? AsideBeforeThat(int comma)
    {
        if (!v.IsWord(comma + 1) || Lexicon.SettingLookup.Contains(v.Word(comma + 1))) return null;
        for (int k = comma + 1; k < v.Count && k - comma <= 6; k++)
        {
            if (v.IsPunct(k, ',')) return k > comma + 1 && v.IsWord(k + 1, "that") && !v[k + 1].InQuote ? k + 1 : null;
            if (!v.IsWord(k) || v[k].InQuote || v.LooksLikeVerb(k) || v.Has(k, WordClass.Pronoun) || v.IsWord(k, "that")) return null;
        }
        return null;
    }

    /// <summary>
    /// "praised the decision on social media", "denied it in a statement on Friday": a medium phrase that ends the
    /// content says where it was said, not what. The token where the content then ends, or <paramref name="end"/>.
    /// </summary>
    public int BeforeTrailingMedium(int from, int end, out string? medium)
    {
        medium = null;
        int last = end;
        while (last > from && v.IsPunct(last - 1, '.')) last--;
        for (int m = last - 2; m > from && last - m <= 10; m--)
        {
            if (v[m].InQuote || v.IsQuoteMark(m)) break;
            if (MediumPhrase(m, out int length, out var found) && m + length == last)
            {
                medium = found;
                return m;
            }
        }
        return end;
    }

    public string? MediumBefore(int cueIndex)
    {
        // "In a statement, the union said …": the medium may open the sentence. The sentence is read once, and only as far
        // as its cues ask: the first medium before a cue is the sentence's first. The same sentence, not an equal one: the
        // next article's sentence at the same place has other words.
        if (!ReferenceEquals(_mediumSentence, v.Sentence))
        {
            _mediumSentence = v.Sentence;
            _mediumReadTo = 0;
            _firstMedium = (-1, null);
        }
        int end = Math.Min(cueIndex, v.Count);
        for (; _firstMedium.At < 0 && _mediumReadTo < end; _mediumReadTo++)
            if (MediumPhrase(_mediumReadTo, out _, out var medium)) _firstMedium = (_mediumReadTo, medium);
        return _firstMedium.At >= 0 && _firstMedium.At < cueIndex ? _firstMedium.Medium : null;
    }

    private Sentence? _mediumSentence;
    private int _mediumReadTo;
    private (int At, string? Medium) _firstMedium;

    /// <summary>Where the content after a cue ends: the sentence's end, or the comma before a participle cue ("…, saying").</summary>
    public int ContentEnd(int from) => v.ContentBoundaryFrom(from);

    public bool HasContent(int from, int to, CueVerb cue, bool sawThat, bool sawColon, bool inRelativeClause)
    {
        int words = v.WordsBetween(from, to);
        bool quoted = v.ContainsQuote(from, to);
        if (words == 0) return false;
        // "…, he said, and intense wrangling could follow": after the cue's comma the writer goes on with a clause of their own.
        if (v.IsPunct(from - 1, ',') && !sawThat && !sawColon && v.IsWord(from) && !v[from].InQuote
            && (v.Lower(from) is "and" or "but" or "while" or "as" or "though" or "although" or "because" or "which" or "who" or "whose" or "where" or "so" or "yet" or "or" or "nor"
                || v.Lower(from).EndsWith("ing", StringComparison.Ordinal) && !v.Has(from, WordClass.Cue | WordClass.PhrasalCue)))
            return false;
        // "as Governor Alan Pryce promised in March, and help families find new pasture": after the setting, a verb coordinated
        // with the sentence's own ("would pay … and help") is not what the cue says.
        if (v.IsPunct(from, ',') && !sawThat && !sawColon && !quoted && v.IsWord(from + 1) && v.Lower(from + 1) is "and" or "or" or "but"
            && v.IsWord(from + 2) && !v.IsCapitalized(from + 2) && !v[from + 2].InQuote && !v.Has(from + 2, WordClass.Pronoun | WordClass.Relative)
            && v.Lower(from + 2) is not ("the" or "a" or "an" or "this" or "that" or "these" or "those" or "his" or "her" or "their" or "its" or "some" or "many" or "most"))
            return false;
        // "…, the minister said on Wednesday, after the worst season on record": past the cue's setting, a comma and a phrase
        // of time or place are the writer's own words, not a second thing said.
        // (", at fundraisers, that she …" goes on to what was said; ", in which he …" continues the quote before.)
        if (v.IsPunct(from, ',') && !sawThat && !sawColon && !quoted && v.IsWord(from + 1) && !v[from + 1].InQuote
            && (Lexicon.SettingLookup.Contains(v.Word(from + 1)) || Lexicon.SubordinatorLookup.Contains(v.Word(from + 1)) && !v.IsWord(from + 1, "if"))
            && !(v.IsWord(from + 2) && v.Has(from + 2, WordClass.Relative)) && !HasWordBetween(from + 2, to, "that"))
            return false;
        bool infinitive = v.IsWord(from, "to") && Lexicon.InfinitiveCues.Contains(cue.Lemma) && v.IsWord(from + 1) && !v.IsCapitalized(from + 1)
                          && !v.Word(from + 1).Equals("the", StringComparison.OrdinalIgnoreCase);
        // "said about 20 people had applied", "said about half of …": "about" before an amount is no topic.
        infinitive |= v.IsWord(from) && v.Lower(from) is "about" or "over" or "under" && v.IsWord(from + 1)
                      && (char.IsDigit(v.Text[v[from + 1].Start]) || v.Lower(from + 1) is "half" or "a" or "one" or "two" or "three" or "twice" or "double");
        if (!sawThat && !sawColon && !infinitive && cue.Complement != CueComplement.PrepositionObject && v.IsWord(from) && v.Lower(from) is "to" or "for" or "about" or "with" or "from" or "by" or "of" or "after" or "at" or "in" or "during" or "before" or "as" or "than" or "on"
            || !sawThat && !sawColon && IsPlaceOrTimeWord(from))
            return false;
        if (cue.Complement == CueComplement.QuoteOrThat) return sawThat || sawColon || quoted;
        if (cue.Complement == CueComplement.PrepositionObject) return true;
        if (sawThat || sawColon || quoted) return words >= 1;
        // "which critics said was unfair": the auxiliary and a word are the clause.
        return words >= (cue.Lemma == "call" ? 4 : 3) || IsShortAnswer(from, to) || words == 2 && inRelativeClause && IsAuxiliary(v.Lower(from));
    }

    /// <summary>"said so", "said no", "said the same", "said he would": an answer too short for a clause, but all that was said.</summary>
    private bool IsShortAnswer(int from, int to)
    {
        if (from >= to || to > v.Count || !v.IsWord(from) || v[from].InQuote) return false;
        // "said he would", "said she did": a pronoun and the auxiliary that stands for the verb of the question.
        if (v.WordsBetween(from, to) == 2 && v.Has(from, WordClass.Pronoun) && v.IsWord(from + 1) && IsAuxiliary(v.Lower(from + 1))) return true;
        int last = to - 1;
        while (last > from && !v.IsWord(last)) last--;
        return IsShortAnswer(v.Text.AsSpan(v[from].Start, v[last].End - v[from].Start));
    }

    /// <summary>"so", "no", "yes", "the same", "the same thing": words that answer without a clause.</summary>
    public static bool IsShortAnswer(ReadOnlySpan<char> words)
    {
        words = words.Trim().TrimEnd(".,;:!?");
        if (words.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) words = words[4..].TrimStart();
        if (words.EndsWith(" thing", StringComparison.OrdinalIgnoreCase)) words = words[..^6].TrimEnd();
        return words.Length > 0 && words.IndexOf(' ') < 0 && Lexicon.AnswerLookup.Contains(words);
    }

    private bool HasWordBetween(int from, int to, string word)
    {
        for (int k = from; k < to && k < v.Count; k++)
            if (v.IsWord(k, word) && !v[k].InQuote) return true;
        return false;
    }

    /// <summary>
    /// "praised his side's character after they edged a tight contest": the object of a cue that takes one ends where a time
    /// clause begins, when no verb came before it (in "urged voters to stay home after dark" the clause is what was urged).
    /// </summary>
    public int ObjectEnd(int from, int end)
    {
        for (int k = from; k < end && k - from < 15; k++)
        {
            if (v[k].InQuote || v.IsQuoteMark(k)) return end;
            if (!v.IsWord(k)) continue;
            if (k - from >= 2 && v.Lower(k) is "after" or "before" or "when" or "while" or "until" && OpensClause(k + 1, end)) return k;
            if (v.LooksLikeVerb(k) && !v.IsParticipleAfterNoun(k) || IsAuxiliary(v.Lower(k)) || v.IsWord(k, "to")) return end;
        }
        return end;
    }

    /// <summary>
    /// "Ines Olwen, who said the wall would hold, said on Tuesday …", "The law, which critics said was unfair, was struck down":
    /// what a cue in a relative clause reports ends at the comma before the verb of the sentence the clause sits in.
    /// </summary>
    public int RelativeClauseEnd(int from, int end, bool sawThat)
    {
        // "who suggested that Mr. Jäger, under fire for …, would resign": a comma before the clause after "that" has its verb sets off a phrase inside it.
        bool clauseHasVerb = !sawThat;
        for (int k = from; k < end - 1; k++)
        {
            if (v.IsPunct(k, ',') && !v[k].InQuote && clauseHasVerb && StartsMainVerb(k + 1)) return k;
            clauseHasVerb |= LooksFinite(k) || v.Has(k, WordClass.Pronoun);
        }
        return end;
    }

    /// <summary>
    /// "While Ramos said that journalists cannot …, he appears uneasy": what a cue in a sentence's opening subordinate clause reports
    /// ends at the comma before the main clause's pronoun subject.
    /// </summary>
    public int SubordinateClauseEnd(int subjectStart, int from, int end)
    {
        int first = 0;
        while (first < v.Count && !v.IsWord(first)) first++;
        if (first > subjectStart || !Lexicon.SubordinatorLookup.Contains(v.Word(first))) return end;
        for (int k = first + 1; k < subjectStart; k++)
            if (v.IsPunct(k, ',')) return end;
        for (int k = from + 1; k < end - 1; k++)
            if (v.IsPunct(k, ',') && !v[k].InQuote && v.Has(k + 1, WordClass.Pronoun) && !v[k + 1].InQuote && v.IsWord(k + 2) && !v.IsPunct(k + 2, ',')) return k;
        return end;
    }

    /// <summary>An auxiliary ("was", "would") or a verb in -ed: a word that makes the words around it a clause.</summary>
    public bool LooksFinite(int i) => v.IsWord(i) && (IsAuxiliary(v.Lower(i)) || v.LooksLikeVerb(i) && v.Lower(i).EndsWith("ed", StringComparison.Ordinal));

    /// <summary>", who said …", "which critics said …": the cue is the verb of a relative clause.</summary>
    public bool InRelativeClause(int cueIndex, int subjectStart)
        => OpensRelativeClause(cueIndex) || subjectStart > 0 && v.IsWord(subjectStart - 1) && v.Lower(subjectStart - 1) is "which" or "who" or "whom";

    /// <summary>", who said", ", who has said", ", who also told": the cue is the verb of a relative clause after a comma.</summary>
    private bool OpensRelativeClause(int cueIndex)
    {
        int k = cueIndex - 1;
        while (cueIndex - k <= 3 && v.IsWord(k) && !v.IsWord(k, "who") && (IsAuxiliary(v.Lower(k)) || v.Has(k, WordClass.Modifier))) k--;
        return v.IsWord(k, "who") && v.IsPunct(k - 1, ',');
    }

    /// <summary>"said", "told", "voted", "has", "would": a finite verb, after adverbs ("also said"), not a participle.</summary>
    public bool StartsMainVerb(int i)
    {
        while (v.Has(i, WordClass.Modifier) && !v.IsCapitalized(i) && !v.Has(i, WordClass.Cue) && !IsAuxiliary(v.Lower(i))) i++;
        if (!v.IsWord(i) || v[i].InQuote || v.IsCapitalized(i)) return false;
        var w = v.Lower(i);
        if (w.EndsWith("ing", StringComparison.Ordinal)) return false;
        return v.Has(i, WordClass.Cue) || IsAuxiliary(w) || w.EndsWith("ed", StringComparison.Ordinal) && !w.Contains('-');
    }

    /// <summary>"after they edged …", "when the vote was taken": a subject and its verb follow, not a noun phrase ("after the attacks").</summary>
    private bool OpensClause(int from, int end)
    {
        if (v.Has(from, WordClass.Pronoun)) return true;
        for (int k = from; k < end && k - from < 5; k++)
            if (v.IsWord(k) && (IsAuxiliary(v.Lower(k)) || k > from && v.LooksLikeVerb(k) && !v.Has(k, WordClass.Modifier))) return true;
        return false;
    }

    /// <summary>"is", "have", "will", "could": an auxiliary or modal, the mark of a finite clause.</summary>
    public static bool IsAuxiliary(ReadOnlySpan<char> lower) => lower is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would"
        or "can" or "could" or "should" or "may" or "might" or "must" or "does" or "do" or "did";

    /// <summary>The content before an attribution: from the sentence's start (or the quote it continues) to the boundary token.</summary>
    public TextSpan? ContentBefore(int boundary, int minimumWords = 2)
    {
        if (boundary <= 0) return null;
        int end = v[boundary].Start;
        if (v.IsQuoteMark(boundary)) end = v[boundary].End;
        else if (v.IsPunct(boundary, ',') && v.IsQuoteMark(boundary - 1)) end = v[boundary - 1].End;
        int start = v.Sentence.Span.Start;
        var region = v.RegionAt(start);
        if (region is not null && region.Outer.Start < start) start = region.Outer.Start;
        if (end - start < 2) return null;
        var span = ArticleReader.Trim(v.Text, start, end);
        if (QuoteRegionFinder.CountWords(v.Text, span, atMost: 2) < minimumWords || !QuoteChars.IsOpeningLike(v.Text[span.Start]) && EndsOnSetting(boundary)) return null;
        return span;
    }

    /// <summary>
    /// "In an interview with CNN, Cruz said Tuesday, noting …", "In federal court in Alexandria, Va., he said, …": unquoted words before
    /// the attribution that are all phrases opening with a preposition, with no verb, are the writer's setting, not a statement
    /// ("In 2014, most victims were …" and "On Tuesday she lost …" are).
    /// </summary>
    private bool EndsOnSetting(int boundary)
    {
        for (int end = boundary; end > 0;)
        {
            int k = end - 1;
            while (k >= 0 && !IsSegmentBreak(k)) k--;
            // "in Alexandria, Va.": a place's state or country, set off by commas, goes with the phrase before it.
            if (!OpensSetting(k + 1, end) && !(k > 0 && OnlyCapitalised(k + 1, end))) return false;
            end = k;
        }
        return true;
    }

    private bool OnlyCapitalised(int from, int end)
    {
        bool any = false;
        for (int k = from; k < end; k++)
        {
            if (v.IsWord(k) && !v.IsCapitalized(k) || v[k].InQuote) return false;
            any |= v.IsWord(k);
        }
        return any;
    }

    private bool IsSegmentBreak(int k) => v.IsPunct(k, ',') || v.IsPunct(k, ';') || v.IsPunct(k, ':') || v.IsDash(k);

    private bool OpensSetting(int first, int end)
    {
        while (first < end && v.IsWord(first) && v.Lower(first) is "even" or "just" or "only") first++;
        if (first >= end || !v.IsWord(first) || v[first].InQuote) return false;
        // "Asked whether he would run again, the mayor said …": the question put to the speaker is not what they said.
        if (v.IsWord(first, "asked") || Lexicon.SubordinatorLookup.Contains(v.Lower(first)) && v.IsWord(first + 1, "asked")) return true;
        if (!(v.Lower(first) is "in" or "on" or "at" or "during" or "with" or "from" or "by" or "for" or "after" or "before")) return false;
        // "On Tuesday she lost the primary": a subject and its verb make the phrase a statement.
        for (int k = first + 1; k < end; k++)
            if (v.IsWord(k) && (v.Has(k, WordClass.Pronoun) || IsAuxiliary(v.Lower(k)) || v.LooksLikeVerb(k) && !v.Has(k, WordClass.Modifier) && !v.IsParticipleAfterNoun(k))) return false;
        return true;
    }

}
