namespace NewsBot.Quotes;

/// <summary>
/// Finds the reported-speech structures inside one sentence: "Source cue (that) content",
/// "content, Source cue", "content, cue Source", "according to Source, content", and participle
/// cues that share the sentence's speaker ("…, saying …").
/// </summary>
internal sealed class SentenceAttributions
{
    private readonly string _text;
    private readonly Sentence _sentence;
    private readonly List<Token> _tokens;
    private readonly IReadOnlyList<QuoteRegion> _regions;

    private SentenceAttributions(string text, Sentence sentence, List<Token> tokens, IReadOnlyList<QuoteRegion> regions)
    {
        _text = text;
        _sentence = sentence;
        _tokens = tokens;
        _regions = regions;
    }

    private static readonly List<Attribution> None = [];

    public static List<Attribution> Find(string text, Sentence sentence, List<Token> tokens, IReadOnlyList<QuoteRegion> regions)
    {
        // Most sentences hold no reporting word at all; they need no parsing.
        bool mayReport = false;
        foreach (var token in tokens)
            if (token.Is(WordClass.Cue | WordClass.PhrasalCue) || token.Length == 9 && text[token.Start] is 'a' or 'A') { mayReport = true; break; }
        return mayReport ? new SentenceAttributions(text, sentence, tokens, regions).FindAll() : None;
    }

    private string?[]? _words;

    private string Word(int i)
    {
        _words ??= new string?[_tokens.Count];
        return _words[i] ??= _text.Substring(_tokens[i].Start, _tokens[i].Length);
    }
    private bool IsWord(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Word;
    private bool Has(int i, WordClass c) => IsWord(i) && _tokens[i].Is(c);
    private bool IsWord(int i, string word) => IsWord(i) && string.Equals(Word(i), word, StringComparison.OrdinalIgnoreCase);
    private bool IsPunct(int i, char c) => i >= 0 && i < _tokens.Count && _tokens[i].Kind != TokenKind.Word && _text[_tokens[i].Start] == c;
    private bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(_text[_tokens[i].Start]);
    private bool IsQuoteMark(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.QuoteMark;

    private List<Attribution> FindAll()
    {
        var found = new List<Attribution>();
        for (int i = 0; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            if (token.Kind != TokenKind.Word || token.InQuote) continue;
            if (!token.Is(WordClass.Cue | WordClass.PhrasalCue) && !(token.Length == 9 && IsWord(i + 1, "to"))) continue;
            var word = Word(i);
            Attribution? attribution = null;
            int consumedTo = i;
            if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && IsWord(i + 1, "to"))
                attribution = AccordingTo(i, out consumedTo);
            else if (MatchCue(i, out var cue, out int cueEnd))
                attribution = FromCue(i, cueEnd, cue, found, out consumedTo);
            if (attribution is null) continue;
            found.Add(attribution);
            i = Math.Max(i, consumedTo);
        }
        return found;
    }

    private bool MatchCue(int i, out CueVerb cue, out int cueEnd)
    {
        cueEnd = i;
        var word = Word(i);
        // A capitalised word inside a sentence is a name ("United States", "Washington Post"), not a verb.
        if (char.IsUpper(word[0]) && i > 0 && !IsQuoteMark(i - 1)) { cue = null!; return false; }
        if (Lexicon.PhrasalCues.TryGetValue(word, out var particles) && IsWord(i + 1) && particles.Contains(Word(i + 1).ToLowerInvariant()))
        {
            cueEnd = i + 1;
            if (IsWord(i + 2) && (Word(i + 2) is "against" or "about" or "on" or "to") && Word(i + 1) == "out") cueEnd = i + 2;
            if (word is "went" or "goes" or "go" && !(IsWord(i + 2, "to") && IsWord(i + 3) && Has(i + 3, WordClass.Cue))) { cue = null!; return false; }
            if (word is "put" or "puts" && !(EndsClause(i + 2) || IsPunct(i + 2, ':') || IsWord(i + 2, "in") || IsWord(i + 2, "this") || IsWord(i + 2, "that"))) { cue = null!; return false; }
            cue = new CueVerb(word.ToLowerInvariant(), CueComplement.ClauseOrObject, false, null);
            return true;
        }
        if (Lexicon.Cues.TryGetValue(word, out cue!))
        {
            if (IsWord(i + 1) && Lexicon.ReportingPrepositions.Contains(Word(i + 1)) && !Lexicon.NoPrepositionalCue.Contains(cue.Lemma)
                && !(Word(i + 1) == "to" && IsWord(i + 2) && Lexicon.InfinitiveCues.Contains(cue.Lemma) && !IsCapitalized(i + 2) && Word(i + 2) is not ("the" or "a" or "an" or "his" or "her" or "their")))
            {
                cueEnd = i + 1;
                cue = cue with { Complement = CueComplement.PrepositionObject };
            }
            // "said" as an adjective ("the said document") or a noun use of "call", "report", "post" is not a cue.
            if (IsWord(i - 1) && Word(i - 1).ToLowerInvariant() is "the" or "a" or "an" or "this" or "that" or "his" or "her" or "their" or "its") return false;
            // An infinitive ("has yet to explain") is not a report of speech.
            if (IsWord(i - 1, "to")) return false;
            // A passive ("was widely rejected by …") reports what was done to the subject, not what it said.
            int k = i - 1;
            while (IsWord(k) && Word(k).EndsWith("ly", StringComparison.Ordinal)) k--;
            if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && IsWord(k) && Word(k).ToLowerInvariant() is "was" or "were" or "been" or "be" or "is" or "are" or "being") return false;
            return true;
        }
        return false;
    }

    private Attribution? FromCue(int cueIndex, int cueEnd, CueVerb cue, List<Attribution> earlier, out int consumedTo)
    {
        consumedTo = cueEnd;
        var cueSpan = new TextSpan(_tokens[cueIndex].Start, _tokens[cueEnd].End);
        var cueText = _text[cueSpan.Start..cueSpan.End];
        var subject = SubjectBefore(cueIndex, out int subjectStart);
        bool participle = cueText.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && cueIndex == cueEnd || cueText.Contains("ing ", StringComparison.OrdinalIgnoreCase);
        // "Zelensky offering a plan" is not a report; "Zelensky is offering" or "…, offering" are.
        if (participle && subject is not null && !HasAuxiliary(subjectStart, cueIndex)) subject = null;

        int after = SkipAfterCue(cueEnd + 1, cue, out string? medium, out bool sawThat, out bool sawColon);
        int contentEnd = ContentEnd(after);
        bool hasContentAfter = HasContent(after, contentEnd, cue, sawThat, sawColon);

        if (subject is null && participle && hasContentAfter && (IsPunct(cueIndex - 1, ',') || IsWord(cueIndex - 1) && Word(cueIndex - 1).ToLowerInvariant() is "by" or "for" or "after" or "before" or "while" or "when" or "without"))
        {
            // "…, saying …": the speaker is the one of the sentence's main clause.
            var owner = earlier.LastOrDefault();
            var inherited = owner?.Source ?? SentenceInitialSubject(cueIndex);
            if (inherited is null && owner is null) return null;
            var attribution = Make(inherited, cueSpan, cueText, medium);
            attribution.InheritsFrom = inherited is null ? owner : null;
            AddPiece(attribution, after, contentEnd);
            consumedTo = contentEnd - 1;
            return attribution;
        }

        if (subject is not null && IsWord(subjectStart - 1, "as") && (IsPunct(cueEnd + 1, ',') || EndsClause(cueEnd + 1)))
        {
            // "Hawaii, as one of the advisers pointed out, rarely gets two hurricanes": the sentence around the aside.
            var aside = Make(subject, cueSpan, cueText, medium);
            int open = IsPunct(subjectStart - 2, ',') ? subjectStart - 2 : subjectStart - 1;
            if (open > 0) AddPiece(aside, 0, open);
            int resume = IsPunct(cueEnd + 1, ',') ? cueEnd + 2 : cueEnd + 1;
            int resumeEnd = ContentEnd(resume);
            AddPiece(aside, resume, resumeEnd);
            consumedTo = resumeEnd - 1;
            return aside.Pieces.Count > 0 ? aside : null;
        }
        if (subject is not null && sawColon && after >= _tokens.Count)
            return new Attribution { Paragraph = _sentence.Paragraph, Source = subject, CueSpan = cueSpan, Cue = cueText, Medium = medium, ContentFollows = true };

        if (subject is not null && hasContentAfter && !sawThat && !sawColon && !ContainsQuote(after, contentEnd) && cue.Lemma != "say"
            && IsWord(subjectStart - 1) && Word(subjectStart - 1).ToLowerInvariant() is "after" or "before" or "when" or "since" or "until" or "once" or "while")
        {
            // "after Xi announced intentions to mediate": a past event in a time clause, not a statement.
            return null;
        }

        if (subject is not null && hasContentAfter)
        {
            var attribution = Make(subject, cueSpan, cueText, medium ?? MediumBefore(cueIndex));
            AddPiece(attribution, after, contentEnd);
            consumedTo = contentEnd - 1;
            return attribution;
        }

        if (subject is null && (IsQuoteMark(cueIndex - 1) || IsPunct(cueIndex - 1, ',')) && !participle
            && SubjectAfter(cueEnd + 1, out int invertedEnd) is { } inverted && EndsClause(invertedEnd + 1))
        {
            // "…," said Hua. / "…," said Kirby, the spokesman.
            var quoted = ContentBefore(cueIndex - 1);
            if (quoted is null) return null;
            var inversion = Make(inverted, cueSpan, cueText, medium);
            inversion.Pieces.Add(quoted.Value);
            AddRest(inversion, invertedEnd + 1, ref consumedTo);
            return inversion;
        }

        if (subject is null && hasContentAfter && CoordinatedSubject(cueIndex, earlier) is { } shared)
        {
            // "Police arrested a man and said a curfew would continue": the verbs share the subject.
            var attribution = Make(shared, cueSpan, cueText, medium);
            AddPiece(attribution, after, contentEnd);
            consumedTo = contentEnd - 1;
            return attribution;
        }

        // Where the phrase before the cue does not look like a speaker, no statement is claimed:
        // a quote without a trustworthy speaker answers no "who said" question.
        bool plainlyReported = sawThat || sawColon || IsQuoteMark(after) || cue.Lemma == "say";
        if (subject is null && hasContentAfter && !participle && FallbackSubject(cueIndex, plainlyReported) is { } fallback)
        {
            var attribution = Make(fallback, cueSpan, cueText, medium);
            AddPiece(attribution, after, contentEnd);
            consumedTo = contentEnd - 1;
            return attribution;
        }

        if (subject is null && hasContentAfter && cue.Lemma == "ask" && (IsWord(after) && Word(after).ToLowerInvariant() is "if" or "whether" or "about" or "how" or "what" or "why" or "who" or "when" || cue.Complement == CueComplement.PrepositionObject))
        {
            // "Asked if the plan had failed, …": a question put to someone the sentence names later, if at all.
            // The question ends at the first comma outside quotations; the answer follows.
            int questionEnd = after;
            while (questionEnd < contentEnd && !(IsPunct(questionEnd, ',') && !_tokens[questionEnd].InQuote)) questionEnd++;
            var question = Make(null, cueSpan, cueText, medium);
            AddPiece(question, after, questionEnd);
            consumedTo = questionEnd - 1;
            return question;
        }

        if (hasContentAfter || participle || !(EndsClause(after) || IsPunct(after - 1, ',') || ShortTail(after))) return null;

        // Nothing said after the cue: the content comes before it ("…," Hua said / "…," said Hua).
        int boundary;
        if (subject is null && !IsQuoteMark(cueIndex - 1) && !IsPunct(cueIndex - 1, ',') && QuotedPhraseSubject(cueIndex, out int phraseStart) is { } phrase)
        {
            // "“Why didn’t he pay?” a narrator in the ad asks."
            subject = phrase;
            subjectStart = phraseStart;
        }
        SourceMention? source = subject;
        if (source is not null) boundary = subjectStart - 1;
        else
        {
            source = SubjectAfter(cueEnd + 1, out int subjectEnd);
            if (source is null) return null;
            boundary = cueIndex - 1;
            after = SkipAfterCue(subjectEnd + 1, cue, out medium, out _, out _);
        }
        if (!(IsPunct(boundary, ',') || IsQuoteMark(boundary) || IsPunct(boundary, '—') || IsPunct(boundary, '–') || IsPunct(boundary, ':'))) return null;
        var before = ContentBefore(boundary);
        if (before is null) return null;
        var result = Make(source, cueSpan, cueText, medium ?? MediumBefore(cueIndex));
        result.Pieces.Add(before.Value);
        AddRest(result, after, ref consumedTo);
        return result;
    }

    /// <summary>"…," Hua added, "…": the rest of the sentence continues the statement when it quotes.</summary>
    private void AddRest(Attribution attribution, int after, ref int consumedTo)
    {
        if (after >= _tokens.Count || !(IsPunct(after - 1, ',') || IsPunct(after, ','))) return;
        int restStart = IsPunct(after, ',') ? after + 1 : after;
        int restEnd = ContentEnd(restStart);
        if (restStart < restEnd && ContainsQuote(restStart, restEnd)) AddPiece(attribution, restStart, restEnd);
        consumedTo = restEnd - 1;
    }

    /// <summary>"…," Melanie said to the TV.: a few words of setting between the cue and the sentence's end.</summary>
    private bool ShortTail(int from)
    {
        int words = 0;
        for (int i = from; i < _tokens.Count; i++)
        {
            if (_tokens[i].InQuote || IsQuoteMark(i)) return false;
            if (IsWord(i) && ++words > 5) return false;
        }
        return words > 0 && IsPreposition(from);
    }

    /// <summary>Whether the clause ends after token <paramref name="i"/>: the sentence's end, a comma or a quotation mark.</summary>
    private bool EndsClause(int i) => i >= _tokens.Count || IsPunct(i, ',') || IsPunct(i, '.') || IsPunct(i, ';') || IsQuoteMark(i) || IsPunct(i, '!') || IsPunct(i, '?');

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
        while (start < cueIndex && IsWord(start) && Word(start).ToLowerInvariant() is "but" or "and" or "so" or "yet" or "still" or "however" or "meanwhile") start++;
        if (start >= cueIndex || !IsWord(start) || cueIndex - start > 7) return null;
        bool content = false, named = false;
        for (int k = start; k < cueIndex; k++)
        {
            if (IsWord(k) && Word(k).ToLowerInvariant() is "to" or "if" or "when" or "because" or "while" or "although") return null;
            if (IsWord(k) && !Has(k, WordClass.Modifier)) content = true;
            if (LooksLikeVerb(k) && !(Has(k, WordClass.Modifier) && k == cueIndex - 1)) return null;
            if (IsWord(k) && (IsCapitalized(k) && k > 0 || Has(k, WordClass.Group | WordClass.Title))) named = true;
        }
        if (!content || !named && !(plainlyReported && cueIndex - start <= 5)) return null;
        return new SourceMention(new TextSpan(_tokens[start].Start, _tokens[cueIndex - 1].End), null, null);
    }

    private Attribution? AccordingTo(int i, out int consumedTo)
    {
        consumedTo = i + 1;
        bool opensSentence = i == 0 || (i == 1 && IsQuoteMark(0));
        var source = SubjectAfter(i + 2, out int subjectEnd, allowAppositive: !opensSentence);
        if (source is null) return null;
        var cueSpan = new TextSpan(_tokens[i].Start, _tokens[i + 1].End);
        var attribution = Make(source, cueSpan, "according to", null);
        if (opensSentence)
        {
            int start = subjectEnd + 1;
            if (IsPunct(start, ',')) start++;
            int end = ContentEnd(start);
            if (start >= end) return null;
            AddPiece(attribution, start, end);
            consumedTo = end - 1;
        }
        else
        {
            int boundary = i - 1;
            if (!IsPunct(boundary, ',') && !IsPunct(boundary, '—')) boundary = i;
            var before = ContentBefore(boundary);
            if (before is null) return null;
            attribution.Pieces.Add(before.Value);
            consumedTo = subjectEnd;
        }
        return attribution;
    }

    private Attribution Make(SourceMention? source, TextSpan cueSpan, string cue, string? medium) => new()
    {
        Paragraph = _sentence.Paragraph,
        Source = source,
        CueSpan = cueSpan,
        Cue = cue,
        Medium = medium,
    };

    private void AddPiece(Attribution attribution, int fromToken, int toToken)
    {
        if (fromToken >= toToken) return;
        int start = _tokens[fromToken].Start, end = _tokens[toToken - 1].End;
        // Keep the marks of a quote that begins or ends the piece.
        var region = RegionAt(start);
        if (region is not null && region.Content.Start == start) start = region.Outer.Start;
        while (toToken - 1 > fromToken && _tokens[toToken - 1].Kind == TokenKind.Punct && _text[_tokens[toToken - 1].Start] is '.' or ',' or ';' or ':')
        {
            toToken--;
            end = _tokens[toToken - 1].End;
        }
        // A quotation that the piece opens runs to its closing mark, over sentence ends; what follows
        // it as a mere setting ("“dialogue is important” alongside emoji flags") is not part of what was said.
        if (region is not null && region.Outer.Start == start)
        {
            if (region.Outer.End > end) end = region.Outer.End;
            else if (SettingFollows(region.Outer.End, end)) end = region.Outer.End;
        }
        attribution.Pieces.Add(new TextSpan(start, end));
    }

    private bool SettingFollows(int from, int end)
    {
        int i = from;
        while (i < end && !char.IsLetter(_text[i])) i++;
        int w = i;
        while (w < end && char.IsLetter(_text[w])) w++;
        return _text.AsSpan(i, w - i) is "alongside" or "along" or "amid" or "during" or "while" or "before" or "after" or "at" or "in" or "on" or "with";
    }

    private QuoteRegion? RegionAt(int position) => QuoteRegionSearch.At(_regions, position);

    /// <summary>After the cue: the listener ("told reporters"), time and medium phrases, then "that" or a colon.</summary>
    private int SkipAfterCue(int i, CueVerb cue, out string? medium, out bool sawThat, out bool sawColon)
    {
        medium = cue.Medium;
        sawThat = sawColon = false;
        int limit = Math.Min(_tokens.Count, i + 12);
        int start = i;
        if (cue.TakesListener && IsWord(i) && !IsWord(i, "that"))
        {
            int j = i;
            while (j < limit && IsWord(j) && !IsWord(j, "that") && !IsWord(j, "on") && !IsWord(j, "in") && !IsWord(j, "to") && j - i < 5) j++;
            // "told reporters that …" leaves the listener out; "urged Republicans to join …" keeps it.
            if (j < _tokens.Count && (IsWord(j, "that") || IsPunct(j, ',') || IsPunct(j, ':') || IsQuoteMark(j) || IsWord(j, "on") || IsWord(j, "in")))
                i = j;
        }
        while (i < limit)
        {
            if (MediumPhrase(i, out int length, out var found))
            {
                medium ??= found;
                i += length;
                continue;
            }
            if (Has(i, WordClass.Modifier) && !IsWord(i, "that") && i - start < 8 && !StartsClause(i))
            {
                i++;
                continue;
            }
            if (IsPunct(i, ',') && i == start) { i++; continue; }
            break;
        }
        // "says of Clinton, “…”": the topic, then the quotation.
        if ((IsWord(i, "of") || IsWord(i, "about")) && !_tokens[i].InQuote)
        {
            int k = i + 1;
            while (k < _tokens.Count && IsWord(k) && k - i <= 4) k++;
            if (IsPunct(k, ',') && IsQuoteMark(k + 1)) i = k + 1;
        }
        if (IsWord(i, "that")) { sawThat = true; i++; }
        else if (IsPunct(i, ':')) { sawColon = true; i++; }
        else if (IsPunct(i, ',') && IsQuoteMark(i + 1)) i++;
        return i;
    }

    /// <summary>A word among the modifiers that here starts the reported clause ("said the White House …" is not "the").</summary>
    private bool StartsClause(int i) => IsWord(i) && Word(i).ToLowerInvariant() is "the" or "a" or "an" or "this" && i > 0;

    private bool MediumPhrase(int i, out int length, out string? medium)
    {
        length = 0;
        medium = null;
        if (!IsWord(i) || _tokens[i].Length > 6) return false;
        var w = Word(i).ToLowerInvariant();
        if ((w is "on" or "via") && IsWord(i + 1))
        {
            var platform = Word(i + 1).ToLowerInvariant();
            medium = platform switch
            {
                "twitter" or "x" => "Twitter", "facebook" => "Facebook", "instagram" => "Instagram",
                "truth" => "Truth Social", "youtube" => "YouTube", "linkedin" => "LinkedIn", "telegram" => "Telegram",
                _ => null,
            };
            if (medium is not null) { length = platform == "truth" && IsWord(i + 2, "social") ? 3 : 2; return true; }
        }
        if ((w is "in" or "during") && IsWord(i + 1))
        {
            int j = i + 1;
            if (Word(j).ToLowerInvariant() is "a" or "an" or "the" or "his" or "her" or "their" or "its") j++;
            for (int k = j; k < Math.Min(j + 3, _tokens.Count) && IsWord(k); k++)
            {
                var noun = Word(k).ToLowerInvariant();
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
                    if (IsWord(i + length) && Word(i + length).ToLowerInvariant() is "with" or "to" or "on" or "from" or "at")
                    {
                        int m = i + length + 1;
                        while (m < _tokens.Count && IsWord(m) && (IsCapitalized(m) || Word(m) is "the" or "a") && m - i < 10) m++;
                        length = m - i;
                    }
                    return true;
                }
            }
        }
        if (w == "to" && IsWord(i + 1, "reporters")) { medium = "to reporters"; length = 2; return true; }
        return false;
    }

    private string? MediumBefore(int cueIndex)
    {
        // "In a statement, the union said …": the medium may open the sentence.
        for (int i = 0; i < cueIndex; i++)
            if (MediumPhrase(i, out _, out var medium)) return medium;
        return null;
    }

    /// <summary>Where the content after a cue ends: the sentence's end, or the comma before a participle cue ("…, saying").</summary>
    private int ContentEnd(int from)
    {
        for (int i = from; i < _tokens.Count - 1; i++)
        {
            if (_tokens[i].InQuote) continue;
            if ((IsPunct(i, ',') || IsPunct(i, ';')) && IsWord(i + 1) && !_tokens[i + 1].InQuote)
            {
                var next = Word(i + 1);
                if ((Lexicon.Cues.ContainsKey(next) || Lexicon.PhrasalCues.ContainsKey(next)) && next.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return i;
                if (next.Equals("according", StringComparison.OrdinalIgnoreCase) && IsWord(i + 2, "to")) return i;
            }
        }
        return _tokens.Count;
    }

    private bool HasContent(int from, int to, CueVerb cue, bool sawThat, bool sawColon)
    {
        int words = 0;
        bool quoted = false;
        for (int i = from; i < to; i++)
        {
            if (_tokens[i].Kind == TokenKind.Word) words++;
            if (_tokens[i].InQuote) quoted = true;
        }
        if (words == 0) return false;
        bool infinitive = IsWord(from, "to") && Lexicon.InfinitiveCues.Contains(cue.Lemma) && IsWord(from + 1) && !IsCapitalized(from + 1)
                          && !Word(from + 1).Equals("the", StringComparison.OrdinalIgnoreCase);
        if (!sawThat && !sawColon && !infinitive && cue.Complement != CueComplement.PrepositionObject && IsWord(from) && Word(from).ToLowerInvariant() is "to" or "for" or "about" or "with" or "from" or "by" or "of" or "after" or "at" or "in" or "during" or "before" or "as" or "than" or "on")
            return false;
        if (cue.Complement == CueComplement.QuoteOrThat) return sawThat || sawColon || quoted;
        if (cue.Complement == CueComplement.PrepositionObject) return true;
        if (sawThat || sawColon || quoted) return words >= 1;
        return words >= (cue.Lemma == "call" ? 4 : 3);
    }

    private bool ContainsQuote(int from, int to)
    {
        for (int i = from; i < to; i++) if (_tokens[i].InQuote) return true;
        return false;
    }

    /// <summary>The content before an attribution: from the sentence's start (or the quote it continues) to the boundary token.</summary>
    private TextSpan? ContentBefore(int boundary)
    {
        if (boundary <= 0) return null;
        int end = _tokens[boundary].Start;
        if (IsQuoteMark(boundary)) end = _tokens[boundary].End;
        else if (IsPunct(boundary, ',') && IsQuoteMark(boundary - 1)) end = _tokens[boundary - 1].End;
        int start = _sentence.Span.Start;
        var region = RegionAt(start);
        if (region is not null && region.Outer.Start < start) start = region.Outer.Start;
        if (end - start < 2) return null;
        var span = ArticleReader.Trim(_text, start, end);
        return QuoteRegionFinder.CountWords(_text, span) >= 2 ? span : null;
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
            bool modifier = Has(j, WordClass.Modifier) && !(IsCapitalized(j) && !IsDayOrMonth(w) && w is not ("Twitter" or "Facebook"))
                            || (w.EndsWith("ly", StringComparison.Ordinal) && !IsCapitalized(j) && w.Length > 3)
                            || (w.All(char.IsDigit) && skipped > 0);
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
            return new SourceMention(new TextSpan(_tokens[j].Start, _tokens[j].End), null, null);
        }
        if (Has(j, WordClass.Relative) && !w0.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            int k = IsPunct(j - 1, ',') ? j - 2 : j - 1;
            var antecedent = NounPhraseEndingAt(k, out _) ?? PlainNounPhraseEndingAt(k);
            subjectStart = j;
            return antecedent is null ? null : new SourceMention(antecedent.Value, null, null);
        }
        var phrase = NounPhraseEndingAt(j, out int start);
        if (phrase is null) return null;
        subjectStart = start;
        return new SourceMention(phrase.Value, null, null);
    }

    private static bool IsDayOrMonth(string w) => w.ToLowerInvariant() is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
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
        return new SourceMention(head.Value, new TextSpan(_tokens[open + 1].Start, _tokens[k].End), null);
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
            return new SourceMention(nameSpan, new TextSpan(_tokens[roleStart].Start, _tokens[open - 1].End), null);
        }
        var head = NounPhraseEndingAt(open - 1, out int start);
        if (head is null || !(IsCapitalized(open - 1) || Has(open - 1, WordClass.Group | WordClass.Title))) return null;
        subjectStart = start;
        var appositive = new TextSpan(_tokens[open + 1].Start, _tokens[commaBeforeCue - 1].End);
        return new SourceMention(head.Value, appositive, null);
    }

    /// <summary>The speaker after an inverted cue ("said Hua", "according to the newspaper").</summary>
    private SourceMention? SubjectAfter(int i, out int end, bool allowAppositive = true)
    {
        end = i;
        if (!IsWord(i) || _tokens[i].InQuote) return null;
        if (Has(i, WordClass.Pronoun))
        {
            end = i;
            return new SourceMention(new TextSpan(_tokens[i].Start, _tokens[i].End), null, null);
        }
        int j = i;
        while (j < _tokens.Count && j - i < 8)
        {
            if (IsWord(j) && !_tokens[j].InQuote && IsNounPhraseWord(j, j == i)) { j++; continue; }
            if (IsPunct(j, '.') && j > i && _tokens[j - 1].End == _tokens[j].Start && _tokens[j - 1].Length <= 4 && IsCapitalized(j - 1) && IsCapitalized(j + 1)) { j++; continue; } // "Mr. Morgan"
            break;
        }
        // "the nonpartisan Congressional Budget Office": adjectives between the article and the name.
        if (j == i + 1 && Word(i).ToLowerInvariant() is "the" or "a" or "an")
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
        if (j == i) return null;
        end = j - 1;
        var span = new TextSpan(_tokens[i].Start, _tokens[end].End);
        TextSpan? appositive = null;
        if (allowAppositive && IsPunct(j, ',') && IsWord(j + 1) && Word(j + 1).ToLowerInvariant() is "a" or "an" or "the" or "who")
        {
            int k = j + 1;
            while (k < _tokens.Count && !IsPunct(k, ',') && !IsPunct(k, '.') && k - j < 25) k++;
            appositive = new TextSpan(_tokens[j + 1].Start, _tokens[k - 1].End);
            end = k - 1;
        }
        return new SourceMention(span, appositive, null);
    }

    private SourceMention? QuotedPhraseSubject(int cueIndex, out int start)
    {
        start = cueIndex - 1;
        while (start >= 0 && IsWord(start) && !_tokens[start].InQuote && cueIndex - start <= 8) start--;
        if (start < 0 || !(IsQuoteMark(start) || IsPunct(start, ',') && IsQuoteMark(start - 1))) return null;
        start++;
        if (start >= cueIndex) return null;
        return new SourceMention(new TextSpan(_tokens[start].Start, _tokens[cueIndex - 1].End), null, null);
    }

    private bool HasAuxiliary(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (IsWord(k) && Word(k).ToLowerInvariant() is "is" or "are" or "was" or "were" or "been" or "be" or "am" or "keeps" or "kept") return true;
        return false;
    }

    private bool IsPreposition(int i) => IsWord(i) && Word(i).ToLowerInvariant() is "on" or "in" or "at" or "during" or "after" or "before" or "for"
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
                while (i < before && IsWord(i) && (IsDayOrMonth(Word(i)) || Has(i, WordClass.Modifier) || Word(i).All(char.IsDigit))) i++;
            }
            while (i < before && !IsWord(i)) i++;
            if (i >= before) return null;
        }
        if (i >= before) return null;
        if (Has(i, WordClass.Pronoun)) return new SourceMention(new TextSpan(_tokens[i].Start, _tokens[i].End), null, null);
        int j = i;
        while (j < before && IsWord(j) && IsNounPhraseWord(j, j == i)) j++;
        // "The county sheriff arrested …": plain nouns up to the first word that looks like a verb.
        int nounPhraseEnd = j;
        while (j < before && j - i < 6 && IsWord(j) && !_tokens[j].InQuote && !LooksLikeVerb(j)) j++;
        if (!LooksLikeVerb(j)) j = nounPhraseEnd;
        if (j == i) return null;
        return new SourceMention(new TextSpan(_tokens[i].Start, _tokens[j - 1].End), null, null);
    }

    private bool LooksLikeVerb(int i)
    {
        if (!IsWord(i) || IsCapitalized(i)) return false;
        var w = Word(i).ToLowerInvariant();
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
            if (IsWord(p) && Word(p).ToLowerInvariant() is "the" && IsWord(p - 1, "of") && IsCapitalized(p - 2) && IsCapitalized(j)) { j = p - 1; continue; } // "Mr. Morgan of the Sierra Club"
            if (IsWord(p) && Word(p).ToLowerInvariant() is "the" or "a" or "an") { j = p; break; }
            if (IsPunct(p, '.') && p - 1 >= 0 && IsWord(p - 1) && _tokens[p - 1].End == _tokens[p].Start && Word(p - 1).Length <= 4 && IsCapitalized(p - 1)) { j = p; continue; } // "Sen." "Gov."
            if (IsWord(p, "and") && IsCapitalized(j) && (IsCapitalized(p - 1) || IsPunct(p - 1, '.'))) { j = p; continue; } // "Mr. Grassley and Mr. Leahy"
            break;
        }
        // A lone lowercase noun that is not a role or group word is not a speaker ("the fact said" is not a thing).
        if (j == end && !IsCapitalized(end) && !Has(end, WordClass.Title | WordClass.Group | WordClass.Organization)) return null;
        // Sentence-initial adverbials such as "On Wednesday" are not part of the subject.
        while (j < end && IsWord(j) && (Has(j, WordClass.Modifier) && Word(j).ToLowerInvariant() is not ("the" or "a" or "an") || IsDayOrMonth(Word(j)))) j++;
        start = j;
        return new TextSpan(_tokens[j].Start, _tokens[last].End);
    }

    /// <summary>"an architect", "black listeners": a determiner or adjectives and a lowercase noun, for the antecedent of "who".</summary>
    private TextSpan? PlainNounPhraseEndingAt(int end)
    {
        if (!IsWord(end) || _tokens[end].InQuote || LooksLikeVerb(end)) return null;
        int j = end;
        while (j - 1 >= 0 && end - j < 4 && IsWord(j - 1) && !_tokens[j - 1].InQuote && !IsPreposition(j - 1) && !LooksLikeVerb(j - 1) && !Has(j - 1, WordClass.Modifier | WordClass.Pronoun)) j--;
        if (j - 1 >= 0 && IsWord(j - 1) && Word(j - 1).ToLowerInvariant() is "a" or "an" or "the") j--;
        return new TextSpan(_tokens[j].Start, _tokens[end].End);
    }

    private bool IsNounPhraseWord(int i, bool first)
    {
        var w = Word(i);
        if (IsCapitalized(i)) return !Has(i, WordClass.Cue) || first;
        var lower = w.ToLowerInvariant();
        if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal)) return true;
        return Has(i, WordClass.Title | WordClass.Group | WordClass.Organization)
               || (first && lower is "the" or "a" or "an" or "both" or "many" or "some" or "several" or "two" or "three" or "other" or "his" or "her" or "their" or "its")
               || lower is "u.s." or "white" or "federal" or "local" or "senior" or "top" or "former" or "current" or "chinese" or "american" or "russian";
    }
}
