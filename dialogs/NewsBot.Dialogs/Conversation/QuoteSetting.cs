using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Conversation;

/// <summary>
/// The words an article sets a quote in: the sentences that hold it and its attribution, and the
/// sentences just before it in the same paragraph that name its speaker (news often introduces the
/// speaker and their stance first: "Sen. Omar Haddad disagreed with the decision. “Dropping this
/// case …,” Haddad said."). What a quote is about, and which way its speaker leans, is read here.
/// </summary>
public sealed class QuoteSetting
{
    /// <summary>How many sentences before a quote's own may introduce it.</summary>
    private const int MostSentencesBefore = 2;

    public QuoteRef Quote { get; }

    /// <summary>The setting's sentences, in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The folded words of the setting (the quote's own words included).</summary>
    public IReadOnlyList<string> Words { get; }

    private QuoteSetting(QuoteRef quote, IReadOnlyList<Sentence> sentences, IReadOnlyList<string> words)
    {
        Quote = quote;
        Sentences = sentences;
        Words = words;
    }

    public static QuoteSetting Of(QuoteRef quote)
    {
        var article = quote.Article.Article;
        var own = SentencesOf(article, quote.Quote, quote.Speaker);
        if (own.Count == 0) return new QuoteSetting(quote, [], Language.Words.Tokens(quote.Quote.Text));
        var text = article.Slice(new TextSpan(own[0].Span.Start, own[^1].Span.End));
        return new QuoteSetting(quote, own, Language.Words.Tokens(text));
    }

    /// <summary>The sentences of a quote's setting, in order: those holding it and its attribution, after those before it in the paragraph that name its speaker.</summary>
    public static List<Sentence> SentencesOf(Article article, Quote quote, Speaker? speaker)
    {
        var cover = quote.Span;
        if (quote.CueSpan is { } cue) cover = TextSpan.Cover(cover, cue);
        if (quote.SpeakerMention is { } mention) cover = TextSpan.Cover(cover, mention);
        var own = Conversation.Sentences.Overlapping(article, cover).ToList();
        if (own.Count == 0 || speaker is null) return own;
        var names = SpeakerWords(speaker);
        // Back over sentences that name the speaker; "The president of the union, Amina Yusuf, sided with Olsen. She said …
        // Yusuf added …": one that opens with a pronoun goes on about the same person, so the one before it may still introduce them.
        int first = own[0].Index, kept = first;
        for (int i = first - 1; i >= 0 && first - i <= MostSentencesBefore; i--)
        {
            var before = article.Sentences[i];
            if (before.Paragraph != own[0].Paragraph) break;
            var words = Language.Words.Tokens(article.Slice(before.Span));
            if (Names(words, names)) kept = i;
            else if (!(words.Count > 0 && words[0] is "he" or "she" or "they")) break;
        }
        for (int i = first - 1; i >= kept; i--) own.Insert(0, article.Sentences[i]);
        return own;
    }

    /// <summary>The stances the setting's words carry ("disagreed with", "praised", "pushed back").</summary>
    public IReadOnlySet<Stance> Stances => _stances ??= Language.Stances.In(Words);

    private IReadOnlySet<Stance>? _stances;

    /// <summary>How many words after a stance verb may stand before whom it is aimed at ("pushed back on the mayor's claim").</summary>
    private const int AimWords = 4;

    /// <summary>The stances aimed at someone named by these words: a stance verb with one of them soon after it ("agreed with Adler", "criticized the mayor").</summary>
    public IReadOnlySet<Stance> AimedAt(IReadOnlyCollection<string> words)
    {
        var aimed = new HashSet<Stance>();
        if (words.Count == 0) return aimed;
        foreach (var o in Language.Stances.Occurrences(Words))
            for (int i = o.At + o.Length; i < Math.Min(Words.Count, o.At + o.Length + AimWords); i++)
            {
                var word = Words[i].EndsWith("'s", StringComparison.Ordinal) ? Words[i][..^2] : Words[i];
                if (!words.Contains(word)) continue;
                aimed.Add(o.Stance);
                break;
            }
        return aimed;
    }

    /// <summary>Whether the setting names any of these words (a person's surname, full name, or role noun).</summary>
    public bool Names(IReadOnlyCollection<string> words) => Names(Words, words);

    private static bool Names(IReadOnlyList<string> tokens, IReadOnlyCollection<string> words)
    {
        if (words.Count == 0) return false;
        foreach (var token in tokens)
        {
            var word = token.EndsWith("'s", StringComparison.Ordinal) ? token[..^2] : token.TrimEnd('\'');
            if (words.Contains(word)) return true;
        }
        return false;
    }

    /// <summary>Words that name a speaker in a sentence: their surname, the other words of their name and aliases (not a given name alone, which others share).</summary>
    public static HashSet<string> SpeakerWords(Speaker speaker)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in speaker.Aliases.Prepend(speaker.Name))
        {
            var parts = NameMatcher.NameWords(name);
            if (parts.Count == 0) continue;
            words.Add(parts[^1]);
            if (speaker.Kind != SpeakerKind.Person) foreach (var part in parts.Where(p => p.Length > 2 && !Language.Words.IsStopWord(p))) words.Add(part);
        }
        return words;
    }

    /// <summary>
    /// The words that name this speaker and no other person of the article: "Ivanka Trump" beside Donald Trump is
    /// "Ivanka", not "Trump".
    /// </summary>
    public static HashSet<string> SpeakerWords(Speaker speaker, IEnumerable<Speaker> others)
    {
        var words = SpeakerWords(speaker);
        if (speaker.Kind != SpeakerKind.Person) return words;
        var shared = others.Where(o => o.Id != speaker.Id && o.Kind == SpeakerKind.Person).SelectMany(SpeakerWords).ToHashSet(StringComparer.Ordinal);
        if (!words.Overlaps(shared)) return words;
        var own = words.Where(w => !shared.Contains(w))
            .Concat(NameMatcher.NameWords(speaker.Name).Where(p => p.Length > 2 && !shared.Contains(p) && !Language.Words.IsStopWord(p) && !Quotes.SpeechLexicon.IsTitleOrRoleWord(p)))
            .ToHashSet(StringComparer.Ordinal);
        return own.Count > 0 ? own : words;
    }

    /// <summary>The article's text of the setting.</summary>
    public string Text => Sentences.Count == 0 ? Quote.Quote.Text : Quote.Article.Article.Slice(new TextSpan(Sentences[0].Span.Start, Sentences[^1].Span.End)).Trim();
}
