using System.Text;

namespace NewsBot.Quotes;

/// <summary>
/// Finds the reported-speech structures inside one sentence: "Source cue (that) content",
/// "content, Source cue", "content, cue Source", "according to Source, content", and participle
/// cues that share the sentence's speaker ("…, saying …").
/// </summary>
internal sealed partial class SentenceAttributions
{
    private readonly string _text;
    private readonly Sentence _sentence;
    private readonly ArraySegment<Token> _tokens;
    private readonly List<QuoteRegion> _regions;
    private readonly LowerCaseSentence _lowerCase;

    private SentenceAttributions(string text, Sentence sentence, ArraySegment<Token> tokens, List<QuoteRegion> regions, LowerCaseSentence lowerCase)
    {
        _text = text;
        _sentence = sentence;
        _tokens = tokens;
        _regions = regions;
        _lowerCase = lowerCase;
        lowerCase.Reset(text, sentence.Span);
    }

    private static readonly List<Attribution> None = [];

    /// <param name="lowerCase">Scratch space for the sentence's lower-case text, shared by the sentences of an article (parsed one at a time).</param>
    public static List<Attribution> Find(string text, Sentence sentence, ArticleTokens tokens, List<QuoteRegion> regions, LowerCaseSentence lowerCase)
    {
        // Most sentences hold no reporting word at all; they need no parsing.
        bool mayReport = (tokens.ClassesIn(sentence.Index) & (WordClass.Cue | WordClass.PhrasalCue)) != 0;
        return mayReport ? new SentenceAttributions(text, sentence, tokens[sentence.Index], regions, lowerCase).FindAll() : None;
    }

    /// <summary>
    /// The sentence in lower case, made once for the parser's many case-blind tests: a token's lower-case
    /// form is a slice of it, so comparing a word allocates nothing.
    /// </summary>
    internal sealed class LowerCaseSentence
    {
        private char[] _lower = [];
        private int _start;

        public void Reset(string text, TextSpan sentence)
        {
            if (_lower.Length < sentence.Length) _lower = new char[Math.Max(sentence.Length, _lower.Length * 2)];
            ToLower(text.AsSpan(sentence.Start, sentence.Length), _lower);
            _start = sentence.Start;
        }

        /// <summary>
        /// As ToLowerInvariant, but runs of ASCII are lowered in bulk and the rare other character on
        /// its own: most sentences hold a curly quote or a dash, which would send the whole of them
        /// through the slower full-Unicode path.
        /// </summary>
        private static void ToLower(ReadOnlySpan<char> source, Span<char> lower)
        {
            int done = 0;
            while (done < source.Length)
            {
                Ascii.ToLower(source[done..], lower[done..], out int written);
                done += written;
                if (done < source.Length)
                {
                    lower[done] = char.ToLowerInvariant(source[done]);
                    done++;
                }
            }
        }

        public ReadOnlySpan<char> Lower(Token token) => _lower.AsSpan(token.Start - _start, token.Length);
    }

    private ReadOnlySpan<char> Word(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private ReadOnlySpan<char> Lower(int i) => _lowerCase.Lower(_tokens[i]);

    private static bool IsAnyOf(ReadOnlySpan<char> word, string[] forms)
    {
        foreach (var form in forms)
            if (word.SequenceEqual(form)) return true;
        return false;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsDigit(c)) return false;
        return true;
    }

    private bool IsWord(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Word;
    private bool Has(int i, WordClass c) => IsWord(i) && _tokens[i].Is(c);
    private bool IsWord(int i, string word) => IsWord(i) && _text.AsSpan(_tokens[i].Start, _tokens[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);
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
            if (!token.Is(WordClass.Cue | WordClass.PhrasalCue)) continue;
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

    private bool? _titleCase;

    private bool IsTitleCase()
    {
        if (_titleCase is { } known) return known;
        int words = 0, capitalised = 0;
        for (int k = 0; k < _tokens.Count; k++)
        {
            if (!IsWord(k) || _tokens[k].InQuote || _tokens[k].Length < 4) continue;
            words++;
            if (IsCapitalized(k)) capitalised++;
        }
        return (_titleCase = words >= 3 && capitalised * 10 >= words * 8).Value;
    }

    private bool MatchCue(int i, out CueVerb cue, out int cueEnd)
    {
        cueEnd = i;
        var word = Word(i);
        // A capitalised word inside a sentence is a name ("United States", "Washington Post"), not a verb.
        // In a headline set in title case ("Obama Says Museum Will Tell…") every word is capitalised.
        if (char.IsUpper(word[0]) && i > 0 && !IsQuoteMark(i - 1) && !IsTitleCase()) { cue = null!; return false; }
        if (Lexicon.PhrasalCueLookup.TryGetValue(word, out var particles) && IsWord(i + 1) && IsAnyOf(Lower(i + 1), particles))
        {
            cueEnd = i + 1;
            if (IsWord(i + 2) && (Word(i + 2) is "against" or "about" or "on" or "to") && Word(i + 1) is "out") cueEnd = i + 2;
            if (word is "went" or "goes" or "go" && !(IsWord(i + 2, "to") && IsWord(i + 3) && Has(i + 3, WordClass.Cue))) { cue = null!; return false; }
            if (word is "put" or "puts" && !(EndsClause(i + 2) || IsPunct(i + 2, ':') || IsWord(i + 2, "in") || IsWord(i + 2, "this") || IsWord(i + 2, "that"))) { cue = null!; return false; }
            cue = new CueVerb(Lower(i).ToString(), CueComplement.ClauseOrObject, false, null);
            return true;
        }
        if (Lexicon.CueLookup.TryGetValue(word, out cue!))
        {
            // "described as “an intentional act”", "dismissed it as …": what follows "as" is the label given.
            bool labelling = IsWord(i + 1, "as") && cue.Lemma is "describe" or "characterize" or "characterise" or "dismiss" or "label" or "brand" or "call" or "denounce" or "condemn" or "praise" or "hail" or "criticize" or "mock";
            if (labelling || IsWord(i + 1) && Lexicon.ReportingPrepositionLookup.Contains(Word(i + 1)) && !Lexicon.NoPrepositionalCue.Contains(cue.Lemma)
                && !(Word(i + 1) is "to" && IsWord(i + 2) && Lexicon.InfinitiveCues.Contains(cue.Lemma) && !IsCapitalized(i + 2) && Word(i + 2) is not ("the" or "a" or "an" or "his" or "her" or "their")))
            {
                cueEnd = i + 1;
                cue = cue with { Complement = CueComplement.PrepositionObject };
            }
            // "said" as an adjective ("the said document") or a noun use of "call", "report", "post" is not a cue.
            if (IsWord(i - 1) && Lower(i - 1) is "the" or "a" or "an" or "this" or "that" or "his" or "her" or "their" or "its") return false;
            // An infinitive ("has yet to explain") is not a report of speech.
            if (IsWord(i - 1, "to")) return false;
            // After "of" the word is a noun: "the secretary of state said", "a matter of record".
            if (IsWord(i - 1, "of") && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
            // A passive ("was widely rejected by …") reports what was done to the subject, not what it said.
            int k = i - 1;
            while (IsWord(k) && Word(k).EndsWith("ly", StringComparison.Ordinal)) k--;
            if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && IsWord(k) && Lower(k) is "was" or "were" or "been" or "be" or "is" or "are" or "being") return false;
            return true;
        }
        return false;
    }

    private Attribution? FromCue(int cueIndex, int cueEnd, CueVerb cue, List<Attribution> earlier, out int consumedTo)
    {
        consumedTo = cueEnd;
        var cueSpan = new TextSpan(_tokens[cueIndex].Start, _tokens[cueEnd].End);
        // Made a string only for a statement found: most cues are turned away.
        var cueText = _text.AsSpan(cueSpan.Start, cueSpan.Length);
        var subject = SubjectBefore(cueIndex, out int subjectStart);
        bool participle = cueText.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && cueIndex == cueEnd || cueText.Contains("ing ", StringComparison.OrdinalIgnoreCase);
        // "Zelensky offering a plan" is not a report; "Zelensky is offering" or "…, offering" are.
        if (participle && subject is not null && !HasAuxiliary(subjectStart, cueIndex)) subject = null;

        int after = SkipAfterCue(cueEnd + 1, cue, out string? medium, out bool sawThat, out bool sawColon);
        int contentEnd = ContentEnd(after);
        bool hasContentAfter = HasContent(after, contentEnd, cue, sawThat, sawColon);

        if (subject is null && participle && hasContentAfter && (IsPunct(cueIndex - 1, ',') || IsWord(cueIndex - 1) && Lower(cueIndex - 1) is "by" or "for" or "after" or "before" or "while" or "when" or "without" or "despite"))
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
        if (subject is not null && subjectStart > 1 && IsPunct(subjectStart - 1, ',') && IsPunct(cueEnd + 1, ',') && !participle
            && !IsPreposition(0) && ContentBefore(subjectStart - 1) is { } opening && QuoteRegionFinder.CountWords(_text, opening, atMost: 6) < 6)
        {
            // "The museum, Mr. Obama said, would make visitors …": the attribution stands inside the statement.
            var inside = Make(subject, cueSpan, cueText, medium ?? MediumBefore(cueIndex));
            inside.Pieces.Add(opening);
            AddRest(inside, cueEnd + 1, ref consumedTo);
            return inside;
        }

        if (subject is not null && sawColon && after >= _tokens.Count)
            return new Attribution { Paragraph = _sentence.Paragraph, Source = subject, CueSpan = cueSpan, Cue = cueText.ToString(), Medium = medium, ContentFollows = true };

        if (subject is not null && hasContentAfter && !sawThat && !sawColon && !ContainsQuote(after, contentEnd) && cue.Lemma != "say"
            && IsWord(subjectStart - 1) && Lower(subjectStart - 1) is "after" or "before" or "when" or "since" or "until" or "once" or "while")
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
            && SubjectAfter(cueEnd + 1, out int invertedEnd) is { } inverted && EndsClause(TimeAfterName(invertedEnd + 1)))
        {
            // "…," said Hua. / "…," said Kirby, the spokesman. / "…," said Hua on Tuesday.
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

        if (subject is null && hasContentAfter && cue.Lemma == "ask" && (IsWord(after) && Lower(after) is "if" or "whether" or "about" or "how" or "what" or "why" or "who" or "when" || cue.Complement == CueComplement.PrepositionObject))
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

        // '"…," Quina Jones, 25, said as she marched': right after a quotation the cue closes it, whatever follows.
        bool closesQuotation = subject is not null && (IsQuoteMark(subjectStart - 1) || IsPunct(subjectStart - 1, ',') && IsQuoteMark(subjectStart - 2));
        if (hasContentAfter && !closesQuotation || participle || !(EndsClause(after) || IsPunct(after - 1, ',') || ShortTail(after) || closesQuotation)) return null;

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
        if (boundary < 0 && QuotationJustBefore() is { } previous)
        {
            // '"… Europe must be ready." French President Hollande said Friday.': the quotation closed the sentence before.
            var closing = Make(source, cueSpan, cueText, medium ?? MediumBefore(cueIndex));
            closing.Pieces.Add(previous.Outer);
            return closing;
        }
        if (!(IsPunct(boundary, ',') || IsQuoteMark(boundary) || IsPunct(boundary, '—') || IsPunct(boundary, '–') || IsPunct(boundary, ':'))) return null;
        var before = ContentBefore(boundary);
        if (before is null) return null;
        var result = Make(source, cueSpan, cueText, medium ?? MediumBefore(cueIndex));
        result.Pieces.Add(before.Value);
        AddRest(result, after, ref consumedTo);
        return result;
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

    private Attribution Make(SourceMention? source, TextSpan cueSpan, ReadOnlySpan<char> cue, string? medium) => new()
    {
        Paragraph = _sentence.Paragraph,
        Source = source,
        CueSpan = cueSpan,
        Cue = cue.ToString(),
        Medium = medium,
    };

}
