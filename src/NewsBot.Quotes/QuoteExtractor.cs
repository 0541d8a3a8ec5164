using System.Text.RegularExpressions;

namespace NewsBot.Quotes;

/// <summary>
/// Finds the article's statements: reported speech found sentence by sentence, then the quotations
/// no cue claimed: continuations of a split quote, quote-only paragraphs that carry the previous
/// speaker on, "— Name" signatures and "NAME: …" transcript lines.
/// </summary>
internal static partial class QuoteExtractor
{
    private const int SubstantialQuoteWords = 4;

    /// <param name="tokens">Each sentence's tokens, by sentence index.</param>
    /// <param name="pipeline">The sentence parser; this thread's own unless given (the stage report gives one that times its patterns).</param>
    public static List<Attribution> Extract(Article article, List<QuoteRegion> regions, ArticleTokens tokens, AttributionPipeline? pipeline = null)
    {
        var text = article.Text;
        var attributions = new List<Attribution>();
        var byParagraph = new Dictionary<int, List<Attribution>>();
        var transcript = TranscriptLines.Find(article);
        pipeline ??= AttributionPipeline.ForThisThread;
        foreach (var sentence in article.Sentences)
        {
            if (transcript.ContainsKey(sentence.Paragraph)) continue;
            var found = pipeline.Find(text, sentence, tokens, regions);
            if (found.Count == 0) continue;
            attributions.AddRange(found);
            if (!byParagraph.TryGetValue(sentence.Paragraph, out var list)) byParagraph[sentence.Paragraph] = list = [];
            list.AddRange(found);
        }
        var clock = StagePartClock.OfThisThread;
        var mark = clock?.Begin() ?? default;
        FillFollowingParagraphs(article, regions, attributions);
        attributions.RemoveAll(a => a.Pieces.Count == 0);
        foreach (var list in byParagraph.Values) list.RemoveAll(a => a.Pieces.Count == 0);
        clock?.End(StagePart.FollowingParagraphs, mark);
        foreach (var line in TranscriptLines.Attribute(article, transcript))
        {
            attributions.Add(line);
            byParagraph[line.Paragraph] = [line];
        }
        mark = clock?.Begin() ?? default;
        AddUnclaimedQuotes(article, regions, attributions, byParagraph);
        clock?.End(StagePart.UnclaimedQuotes, mark);
        mark = clock?.Begin() ?? default;
        attributions.RemoveAll(a => a.Pieces.Count == 0 || IsFragment(article.Text, a, regions));
        attributions.Sort((a, b) => a.Cover.Start.CompareTo(b.Cover.Start));
        clock?.End(StagePart.FragmentsAndOrder, mark);
        return attributions;
    }

    /// <summary>"The New York Times reports:" at a paragraph's end introduces the next paragraph (or the quotation it opens).</summary>
    private static void FillFollowingParagraphs(Article article, List<QuoteRegion> regions, List<Attribution> attributions)
    {
        foreach (var attribution in attributions.Where(a => a.ContentFollows && a.Pieces.Count == 0))
        {
            var next = article.Paragraphs.Skip(attribution.Paragraph + 1).FirstOrDefault(p => !p.IsChrome);
            if (next is null) continue;
            var region = regions.FirstOrDefault(r => r.Outer.Start == next.Span.Start);
            attribution.Pieces.Add(region is not null ? TextSpan.Cover(region.Outer, next.Span) : next.Span);
        }
    }

    private static void AddUnclaimedQuotes(Article article, List<QuoteRegion> regions, List<Attribution> attributions, Dictionary<int, List<Attribution>> byParagraph)
    {
        var text = article.Text;
        var claimed = new bool[regions.Count];
        foreach (var attribution in attributions)
            foreach (var piece in attribution.Pieces) Claim(claimed, regions, piece);
        Attribution? lastInArticle = null;
        int lastParagraph = -10;
        var sorted = attributions.OrderBy(a => a.Cover.Start).ToList();
        int next = 0;
        for (int index = 0; index < regions.Count; index++)
        {
            var region = regions[index];
            while (next < sorted.Count && sorted[next].Cover.Start < region.Outer.Start)
            {
                lastInArticle = sorted[next];
                lastParagraph = sorted[next].Paragraph;
                next++;
            }
            if (claimed[index]) continue;
            bool substantial = region.WordCount >= SubstantialQuoteWords || EndsSentence(text, region);
            if (substantial ? IsTitle(text, region) : !IsShortSentence(text, region)) continue;

            int paragraph = region.FirstParagraph;
            var paragraphSpan = article.Paragraphs[paragraph].Span;
            var sameParagraph = byParagraph.TryGetValue(paragraph, out var here) ? here : null;
            Attribution? owner = null;
            // A split quote: '"…," Hua said. "…"' continues the statement right before it.
            // A question put to someone is not whose words follow it: the answer is theirs, not the asker's.
            var previous = sameParagraph?.LastOrDefault(a => a.Cover.End <= region.Outer.Start && !AskedQuestion.IsQuestion(a));
            bool splitQuote = previous is not null && previous.Pieces[0].Start < previous.CueSpan?.Start
                              && (OnlyPunctuationBetween(text, previous.CueSpan?.End ?? previous.Cover.End, region.Outer.Start)
                                  || substantial && SettingEndsSentence(text, previous.CueSpan!.Value.End, region.Outer.Start));
            if (previous is not null && (splitQuote || substantial && ContinuesQuotation(regions, previous)))
            {
                previous.Pieces.Add(region.Outer);
                claimed[index] = true;
                continue;
            }
            // '“It is taxing,” Okafor said. “Big time.”': a quoted sentence too short to stand alone only goes on with the statement before it.
            if (!substantial) continue;
            owner = previous ?? sameParagraph?.FirstOrDefault(a => !AskedQuestion.IsQuestion(a));
            var signed = SignatureAfter(article, region);
            Attribution statement;
            if (signed is not null)
            {
                statement = new Attribution { Paragraph = paragraph, Source = signed, CueSpan = null, Cue = "—", Rule = "signature" };
            }
            else if (owner is not null)
            {
                statement = new Attribution { Paragraph = paragraph, Source = null, CueSpan = null, Cue = "", InheritsFrom = owner, Rule = "same-paragraph" };
            }
            else if (lastInArticle is not null && paragraph - lastParagraph <= 2 && StartsParagraph(text, paragraphSpan, region))
            {
                // A quote-only paragraph continues the previous speaker's statement.
                statement = new Attribution { Paragraph = paragraph, Source = null, CueSpan = null, Cue = "", InheritsFrom = lastInArticle, Rule = "paragraph-continuation" };
            }
            else continue;
            statement.Pieces.Add(region.Outer);
            attributions.Add(statement);
            claimed[index] = true;
            if (!byParagraph.TryGetValue(paragraph, out var list)) byParagraph[paragraph] = list = [];
            list.Add(statement);
            lastInArticle = statement;
            lastParagraph = region.LastParagraph;
        }
    }

    /// <summary>
    /// '"…," said Hua, the spokesman. "…"': a quotation later in the paragraph of a quoted statement,
    /// with no other statement between, goes on with it (one statement in pieces, as annotators read it).
    /// </summary>
    private static bool ContinuesQuotation(List<QuoteRegion> regions, Attribution previous)
    {
        var last = previous.Pieces[^1];
        return QuoteRegionSearch.At(regions, last.Start) is { } quoted && quoted.Outer.End >= last.End - 1;
    }

    /// <summary>
    /// A few unquoted words ("the crowd", "this month on CNBC") are a phrase the parse caught, not
    /// something anyone said; a short quotation is kept.
    /// </summary>
    private static bool IsFragment(string text, Attribution attribution, List<QuoteRegion> regions)
    {
        int words = 0;
        foreach (var piece in attribution.Pieces)
        {
            if (QuoteRegionSearch.At(regions, piece.Start) is not null || QuoteRegionSearch.At(regions, Math.Max(piece.Start, piece.End - 1)) is not null) return false;
            words += QuoteRegionFinder.CountWords(text, piece, atMost: 4);
        }
        return words < 4 && !AnySaysSomething(text, attribution.Pieces);
    }

    /// <summary>Whether a piece holds a verb, is a short answer ("so", "the same") or a clause after "that" ("said that profits fell"). A loop rather than a lambda: the text it reads would make a closure at every attribution.</summary>
    private static bool AnySaysSomething(string text, List<TextSpan> pieces)
    {
        foreach (var piece in pieces)
            if (HasVerb(text, piece) || ContentPhrases.IsShortAnswer(text.AsSpan(piece.Start, piece.Length)) || FollowsThat(text, piece)) return true;
        return false;
    }

    /// <summary>Whether the word just before the piece is "that", the complementiser a reported clause opens with; a clause needs two words.</summary>
    private static bool FollowsThat(string text, TextSpan piece)
    {
        int end = piece.Start;
        while (end > 0 && text[end - 1] == ' ') end--;
        if (end < 5 || !text.AsSpan(end - 4, 4).Equals("that", StringComparison.OrdinalIgnoreCase) || char.IsLetter(text[end - 5])) return false;
        // "that in 2013": a phrase alone, no clause.
        var first = text.AsSpan(piece.Start, piece.Length);
        int space = first.IndexOf(' ');
        return space > 0 && !Lexicon.SettingLookup.Contains(first[..space]) && QuoteRegionFinder.CountWords(text, piece, atMost: 2) >= 2;
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "may", "might", "must", "do", "does", "did",
    };

    /// <summary>
    /// Whether a short piece holds a verb: an auxiliary or a past form ("traffic will worsen", "prices rose"), or a word after a
    /// pronoun that opens it ("they deserve better").
    /// </summary>
    private static bool HasVerb(string text, TextSpan piece)
    {
        var words = text[piece.Start..piece.End].Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && Lexicon.Pronouns.Contains(words[0]) && !char.IsUpper(words[1][0])) return true;
        foreach (var word in words)
        {
            var bare = word.Trim(',', '.', ';', ':', '!', '?');
            if (Auxiliaries.Contains(bare) || bare.EndsWith("ed", StringComparison.Ordinal) || bare.EndsWith("n't", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Marks the quotation regions whose content a statement's piece overlaps.</summary>
    private static void Claim(bool[] claimed, List<QuoteRegion> regions, TextSpan piece)
    {
        for (int r = QuoteRegionSearch.FirstEndingAfter(regions, piece.Start); r < regions.Count && regions[r].Outer.Start < piece.End; r++)
            if (piece.Overlaps(regions[r].Content)) claimed[r] = true;
    }

    /// <summary>"“Face the Nation,”", "“The Art of the Deal.”": a short quotation in title case names a work, it says nothing.</summary>
    private static bool IsTitle(string text, QuoteRegion region)
    {
        if (region.WordCount > 8) return false;
        var count = TitleCase.Count(text, region.Content);
        return TitleCase.MostlyCapitalised(count) && (count.Words > 1 || region.WordCount == 1);
    }

    /// <summary>"Big time.", "Okay, great!": a quotation of a word or two that is a sentence of its own.</summary>
    private static bool IsShortSentence(string text, QuoteRegion region)
        => region.WordCount >= 1 && region.Content.End > region.Content.Start && text[region.Content.End - 1] is '.' or '!' or '?';

    private static bool EndsSentence(string text, QuoteRegion region)
        => region.WordCount >= 3 && region.Content.End > region.Content.Start && text[region.Content.End - 1] is '.' or '!' or '?' or ',';

    /// <summary>
    /// '"…," Sanders said during an interview on CNN Sunday. "…"': the words after the cue are its setting, and the sentence ends
    /// right before the next quotation, with no quotation and no other sentence between.
    /// </summary>
    private static bool SettingEndsSentence(string text, int from, int to)
    {
        int end = to;
        while (end > from && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= from || text[end - 1] is not ('.' or '!' or '?')) return false;
        for (int i = from; i < end - 1; i++)
            if (text[i] is '.' or '!' or '?' or '\n' or '"' or '“' or '”' or '«' or '»' or '„' || text[i] == '\'' && text[i + 1] == '\'') return false;
        return true;
    }

    private static bool StartsParagraph(string text, TextSpan paragraph, QuoteRegion region)
        => OnlyPunctuationBetween(text, paragraph.Start, region.Outer.Start);

    private static bool OnlyPunctuationBetween(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (char.IsLetterOrDigit(text[i])) return false;
        return true;
    }

    [GeneratedRegex(@"^\s*[―—–-]{1,2}\s*(?<name>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3})\s*[.,]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    /// <summary>"“…” ― Sonya Herridge": a name signed after the quote at the paragraph's end.</summary>
    private static SourceMention? SignatureAfter(Article article, QuoteRegion region)
    {
        var paragraph = article.Paragraphs[region.LastParagraph].Span;
        if (region.Outer.End >= paragraph.End) return null;
        var tail = article.Text[region.Outer.End..paragraph.End];
        var match = Signature().Match(tail);
        if (!match.Success) return null;
        var name = match.Groups["name"];
        int start = region.Outer.End + name.Index;
        return new SourceMention(new TextSpan(start, start + name.Length), null);
    }
}
