namespace NewsBot.Quotes;

/// <summary>Finding what was said: the content after or before a cue, its pieces, and the medium it was said in.</summary>
internal sealed partial class SentenceAttributions
{
    /// <summary>"…," Hua added, "…": the rest of the sentence continues the statement when it quotes.</summary>
    private void AddRest(Attribution attribution, int after, ref int consumedTo)
    {
        if (after >= _tokens.Count || !(IsPunct(after - 1, ',') || IsPunct(after, ','))) return;
        int restStart = IsPunct(after, ',') ? after + 1 : after;
        int restEnd = ContentEnd(restStart);
        // "The museum, Mr. Obama said, would make visitors …": after a short opening the sentence goes on with the statement.
        bool shortOpening = attribution.Pieces.Count == 1 && QuoteRegionFinder.CountWords(_text, attribution.Pieces[0], atMost: 5) < 5;
        if (restStart < restEnd && (ContainsQuote(restStart, restEnd) || shortOpening)) AddPiece(attribution, restStart, restEnd);
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
        return words > 0 && (IsPreposition(from) || IsPreposition(from - 1) || words <= 2);
    }

    /// <summary>Whether the clause ends after token <paramref name="i"/>: the sentence's end, a comma or a quotation mark.</summary>
    private bool EndsClause(int i) => i >= _tokens.Count || IsPunct(i, ',') || IsPunct(i, '.') || IsPunct(i, ';') || IsQuoteMark(i) || IsPunct(i, '!') || IsPunct(i, '?');

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

    /// <summary>A quotation that ends right before this sentence, in the same paragraph.</summary>
    private QuoteRegion? QuotationJustBefore()
    {
        int i = _sentence.Span.Start - 1;
        while (i >= 0 && _text[i] == ' ') i--;
        if (i < 0 || !QuoteChars.IsClosingLike(_text[i])) return null;
        var region = RegionAt(i);
        return region is not null && region.Outer.End == i + 1 && region.LastParagraph == _sentence.Paragraph ? region : null;
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
            bool adverb = IsWord(i) && !IsCapitalized(i) && _tokens[i].Length > 4 && Word(i).EndsWith("ly", StringComparison.Ordinal);
            if ((Has(i, WordClass.Modifier) || adverb) && !IsWord(i, "that") && i - start < 8 && !StartsClause(i))
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
    private bool StartsClause(int i) => IsWord(i) && Lower(i) is "the" or "a" or "an" or "this" && i > 0;

    private bool MediumPhrase(int i, out int length, out string? medium)
    {
        length = 0;
        medium = null;
        // Only "on", "via", "in", "during" and "to" open one: most words are turned away before they are lowered.
        if (!IsWord(i) || _tokens[i].Length is not (2 or 3 or 6) || char.ToLowerInvariant(_text[_tokens[i].Start]) is not ('o' or 'v' or 'i' or 'd' or 't')) return false;
        var w = Lower(i);
        if ((w is "on" or "via") && IsWord(i + 1))
        {
            var platform = Lower(i + 1);
            medium = platform switch
            {
                "twitter" or "x" => "Twitter", "facebook" => "Facebook", "instagram" => "Instagram",
                "truth" => "Truth Social", "youtube" => "YouTube", "linkedin" => "LinkedIn", "telegram" => "Telegram",
                _ => null,
            };
            if (medium is not null) { length = platform is "truth" && IsWord(i + 2, "social") ? 3 : 2; return true; }
        }
        if ((w is "in" or "during") && IsWord(i + 1))
        {
            int j = i + 1;
            if (Lower(j) is "a" or "an" or "the" or "his" or "her" or "their" or "its") j++;
            for (int k = j; k < Math.Min(j + 3, _tokens.Count) && IsWord(k); k++)
            {
                var noun = Lower(k);
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
                    if (IsWord(i + length) && Lower(i + length) is "with" or "to" or "on" or "from" or "at")
                    {
                        int m = i + length + 1;
                        while (m < _tokens.Count && IsWord(m) && (IsCapitalized(m) || Word(m) is "the" or "a") && m - i < 10) m++;
                        length = m - i;
                    }
                    return true;
                }
            }
        }
        if (w is "to" && IsWord(i + 1, "reporters")) { medium = "to reporters"; length = 2; return true; }
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
                if ((Lexicon.CueLookup.ContainsKey(next) || Lexicon.PhrasalCueLookup.ContainsKey(next)) && next.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return i;
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
        // "said about 20 people had applied": "about" before a number is an amount, not a topic.
        infinitive |= IsWord(from) && Lower(from) is "about" or "over" or "under" && IsWord(from + 1) && char.IsDigit(_text[_tokens[from + 1].Start]);
        if (!sawThat && !sawColon && !infinitive && cue.Complement != CueComplement.PrepositionObject && IsWord(from) && Lower(from) is "to" or "for" or "about" or "with" or "from" or "by" or "of" or "after" or "at" or "in" or "during" or "before" or "as" or "than" or "on")
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
        return QuoteRegionFinder.CountWords(_text, span, atMost: 2) >= 2 ? span : null;
    }
}
