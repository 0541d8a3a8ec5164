using System.Text.RegularExpressions;

namespace NewsBot.Quotes;

/// <summary>How a transcript line names who speaks: by name ("PENCE:"), or as the question or the answer ("Q:", "A:").</summary>
internal enum LineSpeaker { Named, Question, Answer }

/// <summary>A paragraph that opens with a speaker's label and a colon, and what follows it.</summary>
internal readonly record struct TranscriptLine(int Paragraph, TextSpan Label, TextSpan Content, LineSpeaker Speaker);

/// <summary>
/// Transcript lines: "PENCE: Well, look, …", "Pence: Flowers won't be at debate", "Q: How much …?",
/// "A: About four million". A name in capitals is the person the article names in full ("DWYER" is the
/// Colm Dwyer of the introduction); a question is the interviewer's (the publication the introduction
/// names, or the line names), an answer the interviewee's (the person the introduction names).
/// </summary>
internal static partial class TranscriptLines
{
    /// <summary>How far before the first line an introduction is looked for.</summary>
    private const int IntroParagraphs = 4;

    [GeneratedRegex(@"\G[""“]?(?<name>(?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*)(?:\s\([^)]{1,30}\))?:\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LineLabels = Lexicon.LineLabels.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Dictionary<int, TranscriptLine> Find(Article article)
    {
        var found = new Dictionary<int, TranscriptLine>();
        var text = article.Text;
        foreach (var paragraph in article.Paragraphs)
        {
            if (paragraph.IsChrome || paragraph.Span.Length > 20_000) continue;
            if (text.IndexOf(':', paragraph.Span.Start, Math.Min(paragraph.Span.Length, 80)) < 0) continue;
            var match = Label().Match(text, paragraph.Span.Start, Math.Min(paragraph.Span.Length, 200));
            if (!match.Success || QuoteRegionFinder.CountWords(text, paragraph.Span, atMost: 4) < 4) continue;
            var name = match.Groups["name"];
            var label = new TextSpan(name.Index, name.Index + name.Length);
            var speaker = name.Value switch { "Q" => LineSpeaker.Question, "A" => LineSpeaker.Answer, _ => LineSpeaker.Named };
            if (speaker == LineSpeaker.Named && (IsLabelWord(text.AsSpan(label.Start, label.Length)) || OpensWithCue(text.AsSpan(label.Start, label.Length)))) continue;
            var content = ArticleReader.Trim(text, match.Index + match.Length, paragraph.Span.End);
            if (speaker == LineSpeaker.Named && IsListOfNames(text, content)) continue;
            found[paragraph.Index] = new TranscriptLine(paragraph.Index, label, content, speaker);
        }
        // "Guwahati: The death toll rose …" alone near the top is a dateline, not a line of a transcript.
        if (found.Count == 1 && found.Values.Single() is { Speaker: LineSpeaker.Named } only
            && SentenceSplitter.AfterDateline(text, article.Paragraphs[only.Paragraph]) > article.Paragraphs[only.Paragraph].Span.Start) found.Clear();
        return found;
    }

    /// <summary>"Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …", "Contributing: Iris Ouyang and Grant Miller.": names listed, nothing said.</summary>
    private static bool IsListOfNames(string text, TextSpan content)
    {
        var parts = text.AsSpan(content.Start, content.Length).TrimEnd('.');
        foreach (var c in parts) if (QuoteChars.IsOpeningLike(c) || QuoteChars.IsClosingLike(c)) return false;
        int names = 0;
        foreach (var range in parts.Split(','))
        {
            var part = parts[range].Trim();
            if (part.StartsWith("and ", StringComparison.Ordinal)) part = part[4..];
            if (part.IsEmpty) continue;
            var count = TitleCase.Count(part.ToString(), new TextSpan(0, part.Length));
            if (count.Words > 4 || count.Capitalised < count.Words) return false;
            names++;
        }
        return names >= 3;
    }

    /// <summary>"Said Ellis:", "Added Okafor:": an inverted cue and the speaker after it, not a line's label (the sentence is read as prose).</summary>
    private static bool OpensWithCue(ReadOnlySpan<char> label)
    {
        int space = label.IndexOf(' ');
        return space > 0 && Lexicon.CueLookup.ContainsKey(label[..space]);
    }

    /// <summary>"Update:", "Editor’s note:", "Interview:": a line's label that names no one.</summary>
    private static bool IsLabelWord(ReadOnlySpan<char> label)
    {
        if (label.StartsWith("The ", StringComparison.Ordinal)) label = label[4..];
        if (LineLabels.Contains(label)) return true;
        int space = label.IndexOf(' ');
        return space > 0 && LineLabels.Contains(label[..space]);
    }

    /// <summary>One statement per line, its source the label or, for a name in capitals and for questions and answers, the person or publication the article names.</summary>
    public static List<Attribution> Attribute(Article article, Dictionary<int, TranscriptLine> lines)
    {
        var attributions = new List<Attribution>();
        if (lines.Count == 0) return attributions;
        var ordered = lines.Values.OrderBy(l => l.Paragraph).ToList();
        var cast = Cast.Of(article, ordered);
        foreach (var line in ordered)
        {
            TextSpan? source = line.Speaker switch
            {
                LineSpeaker.Question => cast.Interviewer,
                LineSpeaker.Answer => cast.Interviewee,
                _ => cast.FullNameOf(line.Label) ?? line.Label,
            };
            if (source is not { } mention) continue;
            var attribution = new Attribution
            {
                Paragraph = line.Paragraph,
                Source = new SourceMention(mention, null),
                CueSpan = new TextSpan(line.Label.End, line.Label.End + 1),
                Cue = ":",
                Rule = "transcript-line",
                Verbatim = true,
            };
            attribution.Pieces.Add(line.Content);
            attributions.Add(attribution);
        }
        return attributions;
    }

    /// <summary>The people of an interview: the names the article gives before its lines, the interviewer and the interviewee.</summary>
    private sealed partial class Cast
    {
        private readonly string _text;
        private readonly List<TextSpan> _names = [];

        public TextSpan? Interviewer { get; private set; }
        public TextSpan? Interviewee { get; private set; }

        private Cast(string text) => _text = text;

        [GeneratedRegex(@"(?:\bThe\s)?[A-Z][\w’'-]*(?:\.?\s[A-Z][\w’'-]*){0,3}", RegexOptions.CultureInvariant)]
        private static partial Regex CapitalisedRun();

        public static Cast Of(Article article, List<TranscriptLine> lines)
        {
            var cast = new Cast(article.Text);
            int first = lines[0].Paragraph;
            var introduction = article.Paragraphs.Take(first).Where(p => !p.IsChrome).TakeLast(IntroParagraphs).ToList();
            TextSpan? publication = null, person = null;
            foreach (var paragraph in introduction)
            {
                foreach (Match run in CapitalisedRun().Matches(article.Text[paragraph.Span.Start..paragraph.Span.End]))
                {
                    var span = new TextSpan(paragraph.Span.Start + run.Index, paragraph.Span.Start + run.Index + run.Length);
                    var words = run.Value.Split(' ');
                    if (words.Any(w => Lexicon.OrganizationWords.Contains(w.TrimEnd('.'))))
                    {
                        publication ??= span;
                        cast._names.Add(span);
                        continue;
                    }
                    int names = words.Count(w => SpeakerResolver.IsNameToken(w) && w.Any(char.IsLower));
                    if (names < 2) continue;
                    cast._names.Add(span);
                    if (person is null && !cast.FollowsJournalistRole(span.Start)) person = cast.WithoutTitles(span);
                }
            }
            // The lines' own names, when the article gives them: the publication asks, the person answers.
            foreach (var line in lines.Where(l => l.Speaker == LineSpeaker.Named))
            {
                var named = cast.FullNameOf(line.Label) ?? line.Label;
                bool organisation = Lexicon.OrganizationWords.Contains(article.Text[line.Label.Start..line.Label.End]);
                if (organisation) cast.Interviewer ??= named;
                else cast.Interviewee ??= named;
            }
            cast.Interviewer ??= publication;
            cast.Interviewee ??= person;
            return cast;
        }

        /// <summary>"DWYER" or "Dwyer": the earlier name of the article that ends in that word ("Colm Dwyer", "The Herald"), or null.</summary>
        public TextSpan? FullNameOf(TextSpan label)
        {
            var word = _text.AsSpan(label.Start, label.Length);
            TextSpan? best = null;
            foreach (var name in _names)
            {
                var span = WithoutTitles(name);
                var last = LastWord(span);
                if (!last.Equals(word, StringComparison.OrdinalIgnoreCase) && !_text.AsSpan(span.Start, span.Length).Equals(word, StringComparison.OrdinalIgnoreCase)) continue;
                if (best is null || span.Length > best.Value.Length) best = span;
            }
            return best;
        }

        private ReadOnlySpan<char> LastWord(TextSpan span)
        {
            var words = _text.AsSpan(span.Start, span.Length);
            int space = words.LastIndexOf(' ');
            return space < 0 ? words : words[(space + 1)..];
        }

        /// <summary>"Harbour Master Colm Dwyer": the name without the titles before it.</summary>
        private TextSpan WithoutTitles(TextSpan span)
        {
            int start = span.Start;
            while (start < span.End)
            {
                int end = _text.IndexOf(' ', start, span.End - start);
                if (end < 0) break;
                var word = _text.AsSpan(start, end - start).TrimEnd('.');
                if (SpeakerResolver.IsNameToken(word) || word is "The") break;
                start = end + 1;
            }
            return new TextSpan(start, span.End);
        }

        /// <summary>"Herald reporter Ann Lee", "spoke with senior writer Ann Lee": a journalist's name asks the questions, it does not answer them.</summary>
        private bool FollowsJournalistRole(int start)
        {
            int i = start - 1;
            while (i > 0 && _text[i] == ' ') i--;
            int wordStart = i;
            while (wordStart > 0 && char.IsLetter(_text[wordStart - 1])) wordStart--;
            return i > wordStart && Lexicon.JournalistTitles.Contains(_text[wordStart..(i + 1)]);
        }
    }
}
