using System.Text;

namespace NewsBot.Quotes;

/// <summary>
/// The words of one sentence as the attribution patterns read them: each token's text, lower-case
/// form and word classes, and the tests the patterns share. One view serves all the sentences of
/// an article, one at a time (<see cref="Reset"/>), so reading a sentence allocates nothing.
/// </summary>
internal sealed class SentenceView
{
    private char[] _lower = [];
    private bool? _titleCase;
    private int[] _nextQuoted = [];
    private int[] _contentBoundary = [];
    private int[] _wordsBefore = [];
    private bool _tablesBuilt;

    public string Text { get; private set; } = "";
    public Sentence Sentence { get; private set; } = null!;
    public ArraySegment<Token> Tokens { get; private set; }
    public List<QuoteRegion> Regions { get; private set; } = [];
    public int Count => Tokens.Count;

    public void Reset(string text, Sentence sentence, ArraySegment<Token> tokens, List<QuoteRegion> regions)
    {
        Text = text;
        Sentence = sentence;
        Tokens = tokens;
        Regions = regions;
        _titleCase = null;
        _tablesBuilt = false;
        var span = sentence.Span;
        if (_lower.Length < span.Length) _lower = new char[Math.Max(span.Length, _lower.Length * 2)];
        ToLower(text.AsSpan(span.Start, span.Length), _lower);
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

    public Token this[int i] => Tokens[i];

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>The token's lower-case form: a slice of the sentence lowered once, so comparing a word allocates nothing.</summary>
    public ReadOnlySpan<char> Lower(int i) => _lower.AsSpan(Tokens[i].Start - Sentence.Span.Start, Tokens[i].Length);

    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Word;
    public bool Has(int i, WordClass c) => IsWord(i) && Tokens[i].Is(c);
    public bool IsWord(int i, string word) => IsWord(i) && Text.AsSpan(Tokens[i].Start, Tokens[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    public bool IsPunct(int i, char c) => i >= 0 && i < Tokens.Count && Tokens[i].Kind != TokenKind.Word && Text[Tokens[i].Start] == c;
    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);
    public bool IsQuoteMark(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.QuoteMark;
    public bool InQuote(int i) => Tokens[i].InQuote;
    public bool IsDash(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Punct && Text[Tokens[i].Start] is '-' or '—' or '–' or '―';

    public static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsDigit(c)) return false;
        return true;
    }

    public static bool IsAnyOf(ReadOnlySpan<char> word, string[] forms)
    {
        foreach (var form in forms)
            if (word.SequenceEqual(form)) return true;
        return false;
    }

    /// <summary>
    /// The first token at or after <paramref name="i"/> inside a quotation (or <see cref="Count"/>): with
    /// <see cref="ContentBoundaryFrom"/> and <see cref="WordsBetween"/>, read from tables made once per sentence,
    /// so that the tests of each cue take constant time however long the sentence runs.
    /// </summary>
    public int NextQuoted(int i) => i >= Count ? Count : Tables()._nextQuoted[Math.Max(i, 0)];

    /// <summary>The first ", saying" / ", according to" at or after <paramref name="i"/>, outside quotations: where content after a cue ends.</summary>
    public int ContentBoundaryFrom(int i) => i >= Count ? Count : Tables()._contentBoundary[Math.Max(i, 0)];

    /// <summary>The number of word tokens in [from, to).</summary>
    public int WordsBetween(int from, int to)
    {
        if (to <= from) return 0;
        var words = Tables()._wordsBefore;
        return words[Math.Min(to, Count)] - words[Math.Max(from, 0)];
    }

    private SentenceView Tables()
    {
        if (!_tablesBuilt) BuildTables();
        return this;
    }

    private void BuildTables()
    {
        int n = Tokens.Count;
        if (_nextQuoted.Length < n + 1)
        {
            int size = Math.Max(n + 1, _nextQuoted.Length * 2);
            _nextQuoted = new int[size];
            _contentBoundary = new int[size];
            _wordsBefore = new int[size];
        }
        _nextQuoted[n] = _contentBoundary[n] = n;
        // Read as a span: the segment's indexer checks its bounds at every token.
        ReadOnlySpan<Token> tokens = Tokens;
        for (int i = n - 1; i >= 0; i--)
        {
            var token = tokens[i];
            _nextQuoted[i] = token.InQuote ? i : _nextQuoted[i + 1];
            // Only a comma or semicolon, or a word after a quotation mark, can be a boundary: the others are not asked.
            bool boundary = token.Kind == TokenKind.Word ? i > 0 && tokens[i - 1].Kind == TokenKind.QuoteMark && ParticipleAfterQuotedComma(i)
                                                         : i < n - 1 && IsContentBoundary(i);
            _contentBoundary[i] = boundary ? i : _contentBoundary[i + 1];
        }
        _wordsBefore[0] = 0;
        for (int i = 0; i < n; i++) _wordsBefore[i + 1] = _wordsBefore[i] + (tokens[i].Kind == TokenKind.Word ? 1 : 0);
        _tablesBuilt = true;
    }

    /// <summary>", saying …", "; according to …": a comma before a participle cue or "according to" ends what was said before it.</summary>
    private bool IsContentBoundary(int i)
    {
        if (Tokens[i].InQuote || !(IsPunct(i, ',') || IsPunct(i, ';')) || !IsWord(i + 1) || Tokens[i + 1].InQuote) return false;
        var next = Word(i + 1);
        // The ending first: most words after a comma do not end in "ing", and are not looked up.
        if (next.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && (Lexicon.CueLookup.ContainsKey(next) || Lexicon.PhrasalCueLookup.ContainsKey(next))) return true;
        return next.Equals("according", StringComparison.OrdinalIgnoreCase) && IsWord(i + 2, "to");
    }

    /// <summary>'was “corrupt,” noting that …': a participle cue right after a quotation that ends with a comma starts a report of its own.</summary>
    private bool ParticipleAfterQuotedComma(int i)
        => IsQuoteMark(i - 1) && IsPunct(i - 2, ',') && IsWord(i) && !Tokens[i].InQuote && Word(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
           && Lexicon.CueLookup.ContainsKey(Word(i));

    /// <summary>"…, saying", "…,” saying": a comma (or a quotation closed after its comma) right before token <paramref name="i"/>.</summary>
    public bool AfterComma(int i) => IsPunct(i - 1, ',') || IsQuoteMark(i - 1) && IsPunct(i - 2, ',');

    /// <summary>Whether the clause ends after token <paramref name="i"/>: the sentence's end, a comma or a quotation mark.</summary>
    public bool EndsClause(int i) => i >= Tokens.Count || IsPunct(i, ',') || IsPunct(i, '.') || IsPunct(i, ';') || IsQuoteMark(i) || IsPunct(i, '!') || IsPunct(i, '?');

    public bool ContainsQuote(int from, int to) => from < to && NextQuoted(from) < to;

    public QuoteRegion? RegionAt(int position) => QuoteRegionSearch.At(Regions, position);

    /// <summary>A headline set in title case ("Obama Says Museum Will Tell…"): most longer words capitalised.</summary>
    public bool IsTitleCase()
    {
        if (_titleCase is { } known) return known;
        int words = 0, capitalised = 0;
        for (int k = 0; k < Tokens.Count; k++)
        {
            if (!IsWord(k) || Tokens[k].InQuote || Tokens[k].Length < 4) continue;
            words++;
            if (IsCapitalized(k)) capitalised++;
        }
        return (_titleCase = words >= 3 && capitalised * 10 >= words * 8).Value;
    }

    public bool IsDayOrMonth(int i) => Tokens[i].Is(WordClass.DayOrMonth);

    public bool IsPreposition(int i) => IsWord(i) && Lower(i) is "on" or "in" or "at" or "during" or "after" or "before" or "for"
        or "with" or "from" or "by" or "of" or "to" or "since" or "until" or "earlier" or "later" or "last" or "this" or "meanwhile" or "however";

    public bool LooksLikeVerb(int i)
    {
        if (!IsWord(i) || IsCapitalized(i)) return false;
        var w = Lower(i);
        // "self-described", "Iowa-based": a compound ending in a participle describes.
        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Contains('-')) return false;
        return w.EndsWith("ed", StringComparison.Ordinal) || Has(i, WordClass.Cue) || Has(i, WordClass.Modifier) && w is not ("the" or "a" or "an" or "on" or "in" or "at" or "this" or "last" or "past")
               || w is "and" or "but" or "who" or "which";
    }

    /// <summary>
    /// "those surveyed", "a court document filed Thursday", "people briefed on the move": a participle right after a noun
    /// that it describes (a reduced relative clause), not the verb of the clause.
    /// </summary>
    public bool IsParticipleAfterNoun(int i)
    {
        if (!IsWord(i) || IsCapitalized(i) || Has(i, WordClass.Cue) || !Lower(i).EndsWith("ed", StringComparison.Ordinal)) return false;
        if (!IsWord(i - 1) || Tokens[i - 1].InQuote || Has(i - 1, WordClass.Modifier | WordClass.Pronoun)) return false;
        return !LooksLikeVerb(i - 1) && !Has(i - 1, WordClass.Relative) && !Lower(i - 1).EndsWith("ly", StringComparison.Ordinal)
               && !SpeakerResolver.NotASpeakerLookup.Contains(Word(i - 1)) || Lower(i - 1) is "those";
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounCues = Lexicon.NounCues.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool IsNounPhraseWord(int i, bool first)
    {
        // "a State Department spokesperson", "the Post Office": a cue that is mostly a noun, capitalised before a name's next word, is part of the name.
        if (IsCapitalized(i)) return !Has(i, WordClass.Cue) || first || IsCapitalized(i + 1) && NounCues.Contains(Word(i));
        if (IsNameParticle(i)) return true;
        var lower = Lower(i);
        if (IsPossessive(i)) return true;
        return Has(i, WordClass.Title | WordClass.Group | WordClass.Organization)
               || (first && lower is "the" or "a" or "an" or "both" or "many" or "some" or "several" or "two" or "three" or "other" or "his" or "her" or "their" or "its")
               || lower is "u.s." or "white" or "federal" or "local" or "senior" or "top" or "former" or "current" or "chinese" or "american" or "russian";
    }

    /// <summary>"Trump's", "Sanders’": a word in the possessive.</summary>
    public bool IsPossessive(int i)
    {
        if (!IsWord(i)) return false;
        var lower = Lower(i);
        return lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal) || lower.EndsWith("s'", StringComparison.Ordinal) || lower.EndsWith("s’", StringComparison.Ordinal);
    }

    /// <summary>"de" in "Bill de Blasio", "al-Assad": a name particle before a name word, or a name joined to its prefix.</summary>
    public bool IsNameParticle(int i)
        => IsWord(i) && !Tokens[i].InQuote && (NameParticles.IsPrefixedName(Word(i)) || NameParticles.IsParticle(Word(i), Tokens[i].Classes) && IsCapitalized(i + 1) && !Tokens[i + 1].InQuote);

    /// <summary>The span of tokens [from, to] (inclusive) in the text.</summary>
    public TextSpan SpanOf(int from, int to) => new(Tokens[from].Start, Tokens[to].End);
}
