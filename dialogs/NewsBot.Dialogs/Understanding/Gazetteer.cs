using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Understanding;

/// <summary>What a typed name, role or pronoun turned out to mean.</summary>
public abstract record Resolution
{
    /// <summary>One person; several refs when several articles name the same person.</summary>
    public sealed record Found(IReadOnlyList<SpeakerRef> Speakers) : Resolution
    {
        /// <summary>The speaker who stands for the person: by their fullest name (one article's "Donald Trump" over another's "Trump"), then the most quoted.</summary>
        public SpeakerRef Main => Speakers.OrderByDescending(s => NameMatcher.NameWords(s.Speaker.Name).Count > 1).ThenByDescending(s => s.Speaker.QuoteCount).First();
        public bool IsQuoted => Speakers.Any(s => s.Speaker.IsQuoted);
    }

    /// <summary>Several different people fit equally well: ask which.</summary>
    public sealed record Ambiguous(string Typed, IReadOnlyList<SpeakerRef> Options) : Resolution;

    /// <summary>The name occurs in the article text but the engine knows no such speaker.</summary>
    public sealed record OnlyInText(string Typed, IReadOnlyList<(IndexedArticle Article, int Position)> Mentions) : Resolution;

    public sealed record NotFound(string? Typed) : Resolution;
}

/// <summary>
/// The people a turn's articles know, by every name they go by: full names, aliases, surnames,
/// roles ("the FBI director", "the mayor"), the titles written before their first mention, and the
/// people only mentioned. Resolves what a question typed (small typos, possessives, honorifics,
/// a pronoun) to one person, several to choose from, a name only in the text, or no one.
/// </summary>
public sealed partial class Gazetteer(IQuoteIndex index)
{
    private const double MinimumScore = 0.4;
    private const double Tie = 0.01;
    private const double Confident = 0.9;
    private const int WordsBeforeAMention = 3;

    public Resolution Resolve(string typed)
    {
        var matches = index.FindSpeakers(typed);
        // "The hospital boss": a description that fits one person beats a name that only partly fits it (an organisation "hospital's").
        if ((matches.Count == 0 || matches[0].Score < Confident) && WithRole(typed) is [var described]) return new Resolution.Found(described);
        if ((matches.Count == 0 || matches[0].Score < Confident) && ByInitials(typed) is [var initialled]) return new Resolution.Found(initialled);
        if (matches.Count == 0 || matches[0].Score < MinimumScore)
        {
            var byRole = WithRole(typed);
            if (byRole.Count == 1) return new Resolution.Found(byRole[0]);
            if (byRole.Count > 1) return new Resolution.Ambiguous(typed, byRole.Select(p => p[0]).ToList());
            var inText = ArticlesNaming(typed);
            if (NamedInFull(typed, inText) is [var full]) return new Resolution.Found(SamePerson(full));
            return inText.Count > 0 ? new Resolution.OnlyInText(typed, inText) : new Resolution.NotFound(typed);
        }
        var best = matches[0].Score;
        var people = matches.Where(m => m.Score >= best - Tie)
            .GroupBy(m => PersonKey(m.Speaker))
            .Select(g => g.Select(m => m.Speaker).ToList())
            .ToList();
        if (people.Count == 1) return new Resolution.Found(SamePerson(people[0][0]));
        // When only one of the close candidates is actually quoted and the others are only
        // mentioned, the quoted one is whom a question about quotes means.
        var quoted = people.Where(p => p.Any(s => s.Speaker.IsQuoted)).ToList();
        if (quoted.Count == 1) return new Resolution.Found(SamePerson(quoted[0][0]));
        // "Cruz" in a story that quotes Ted Cruz throughout and Heidi Cruz once: the one quoted far more is whom it means.
        if (FarMostQuoted(quoted) is { } main) return new Resolution.Found(SamePerson(main[0]));
        // "Cruz" under the headline "Ted Cruz endorses Trump": the one the headline names in full is the story's.
        if (quoted.Where(HeadlineNames).ToList() is [var headlined]) return new Resolution.Found(SamePerson(headlined[0]));
        // "Clarke's new company" is the company: a name phrase ends in what it names.
        var typedWords = NameMatcher.NameWords(typed);
        if (typedWords.Count > 1 && people.Where(p => NameMatcher.NameWords(p[0].Speaker.Name).Contains(typedWords[^1])).ToList() is [var head])
            return new Resolution.Found(SamePerson(head[0]));
        return new Resolution.Ambiguous(typed, people.Select(p => new Resolution.Found(SamePerson(p[0])).Main).ToList());
    }

    /// <summary>
    /// "Tyresha" where the article writes "Tyresha McClenney" once and quotes "McLenney": the quoted speakers whose name fits
    /// the capitalised words written right after the typed name (a small typo allowed), one per person.
    /// </summary>
    private List<SpeakerRef> NamedInFull(string typed, IReadOnlyList<(IndexedArticle Article, int Position)> mentions)
    {
        int typedWords = NameMatcher.NameWords(typed).Count(w => w.Length >= 2 && !Words.IsStopWord(w));
        var found = new List<SpeakerRef>();
        foreach (var (article, position) in mentions)
        {
            var text = article.Article.Text;
            var after = Words.TokensWithOffsets(text[position..Math.Min(text.Length, position + 80)]).Skip(typedWords)
                .TakeWhile(t => char.IsUpper(text[position + t.Start])).Take(2).Select(t => t.Text).ToList();
            if (after.Count == 0) continue;
            found.AddRange(index.Speakers.Where(s => s.Article == article && s.Speaker.IsQuoted
                && NameMatcher.NameWords(s.Speaker.Name).Any(n => after.Any(a => a == n || EditDistance.IsClose(a, n)))));
        }
        return found.GroupBy(PersonKey).Select(g => g.First()).ToList();
    }

    /// <summary>"WFP" for the World Food Programme: the speakers whose name's initials the typed word is, one list per person.</summary>
    private List<List<SpeakerRef>> ByInitials(string typed)
    {
        if (NameMatcher.NameWords(typed) is not [var initials] || !Acronym.LooksLikeInitials(initials)) return [];
        return index.Speakers.Where(s => Acronym.Of(s.Speaker.Name) == initials).GroupBy(PersonKey).Select(g => g.ToList()).ToList();
    }

    /// <summary>Quoted this many times as often as anyone else of the name, and by this many quotes more, one person is the name's.</summary>
    private const int FarMoreTimes = 3, FarMoreQuotes = 3;

    /// <summary>Whether a headline of the person's articles holds their whole name (two words at least).</summary>
    private static bool HeadlineNames(List<SpeakerRef> person) => person.Any(s =>
        NameMatcher.NameWords(s.Speaker.Name) is { Count: >= 2 } name && NameMatcher.NameWords(s.Article.Title) is var headline
        && Enumerable.Range(0, headline.Count - name.Count + 1).Any(i => name.Select((w, j) => headline[i + j] == w).All(x => x)));

    private static List<SpeakerRef>? FarMostQuoted(List<List<SpeakerRef>> people)
    {
        var byQuotes = people.Select(p => (Person: p, Quotes: p.Sum(s => s.Speaker.QuoteCount))).OrderByDescending(x => x.Quotes).ToList();
        if (byQuotes.Count < 2) return null;
        var (first, second) = (byQuotes[0].Quotes, byQuotes[1].Quotes);
        return first >= FarMoreTimes * second && first - second >= FarMoreQuotes ? byQuotes[0].Person : null;
    }

    /// <summary>"He", "she", "they": the speaker the conversation is on, of that gender when two are in play.</summary>
    public Resolution ResolvePronoun(Gender gender, ConversationMemory memory)
    {
        foreach (var key in memory.FocusCandidates(gender))
        {
            if (index.SpeakerByKey(key) is { } speaker) return new Resolution.Found(SamePerson(speaker));
            if (key.StartsWith(ConversationMemory.MentionPrefix, StringComparison.Ordinal) && key[ConversationMemory.MentionPrefix.Length..] is { Length: > 0 } name
                && ArticlesNaming(name) is { Count: > 0 } mentions)
                return new Resolution.OnlyInText(name, mentions);
        }
        return new Resolution.NotFound(null);
    }

    /// <summary>
    /// People a description fits ("the spokesperson", "the union boss", "the head of the transit union", "the top
    /// prosecutor"): the words of their roles, titles and introduction (<see cref="Appositive"/>) hold the
    /// description's role noun and its other words, role synonyms allowed (<see cref="RoleWords"/>); those that hold
    /// the most come first, one list per person. With three words or more, one may be missing.
    /// </summary>
    public List<List<SpeakerRef>> WithRole(string typed)
    {
        typed = RoleWords.Expanded(typed);
        var words = NameMatcher.NameWords(typed).Where(w => !Words.IsStopWord(w)).ToList();
        var graded = words.Where(w => !RoleWords.IsModifier(w)).ToList();
        var kept = graded.Count > 0 ? graded : words;
        var wanted = kept.Select(RoleWords.KeyOf).Distinct().ToList();
        if (wanted.Count == 0) return [];
        int mayMiss = wanted.Count >= 3 ? 1 : 0;
        var tokens = Words.Tokens(typed.ToLowerInvariant());
        // the head is found among every word typed: "of" marks it ("the head of the league")
        var head = wanted[HeadNoun(tokens, kept)];
        // A description is about a role: its head is a word of one ("boss", "spokesperson", "prosecutor"), not any word typed.
        // a noun for a doer counts only as a description ("the farmer"): "Parker" is a name
        bool described = tokens is [("the" or "a" or "an" or "this" or "that"), ..];
        bool doer = described && kept.Any(w => RoleWords.KeyOf(w) == head && IsAgentNoun(w));
        // "the 9/11 widow": a word the article writes for someone ("said 9/11 widow Terry Strada") is a role of theirs, known or not
        bool written = described && index.Speakers.Any(s => RoleKeys(s).Contains(head));
        if (!RoleWords.IsKnown(head) && !doer && !written && !kept.Any(w => IsRoleWordFor(w, head)))
            return described ? FromPlace(tokens) : [];
        var headed = index.Speakers
            .Select(s => (Speaker: s, Keys: RoleKeys(s)))
            .Select(x => (x.Speaker, Found: wanted.Count(w => x.Keys.Any(r => SameRoleWord(w, r))), Head: x.Keys.Any(r => SameRoleWord(head, r)), Exact: wanted.Count(x.Keys.Contains)))
            .Where(x => x.Head)
            .ToList();
        var fits = headed.Where(x => x.Found >= wanted.Count - mayMiss).ToList();
        // "the police commissioner" for the "NYPD Commissioner": when no one has every word, the one person the role's head fits
        // (the head word itself, not one of its kind: "the chief constable" is no detective sergeant)
        var headFits = headed.Where(x => RoleKeys(x.Speaker).Contains(head)).ToList();
        if (fits.Count == 0 && described && wanted.Count == 2 && headFits.GroupBy(x => PersonKey(x.Speaker)).Count() == 1) fits = headFits;
        if (fits.Count == 0) return described ? FromPlace(tokens) : [];
        // "the chief executive" is the one so called before a "secretary" who is only of the same kind
        var most = fits.Max(x => (x.Found, x.Exact));
        return fits.Where(x => (x.Found, x.Exact) == most).Select(x => x.Speaker)
            .GroupBy(PersonKey).Select(g => g.ToList())
            .OrderByDescending(p => p.Sum(s => s.Speaker.QuoteCount)).ToList();
    }

    /// <summary>"The student from Pune": no one is called a student, but one person quoted comes from Pune.</summary>
    private List<List<SpeakerRef>> FromPlace(IReadOnlyList<string> tokens)
    {
        int from = tokens.ToList().IndexOf("from");
        if (from < 1 || from + 1 >= tokens.Count) return [];
        var place = tokens.Skip(from + 1).Where(t => !Words.IsStopWord(t)).Select(RoleWords.KeyOf).ToList();
        if (place.Count == 0) return [];
        var people = index.Speakers.Where(s => s.Speaker.IsQuoted && place.All(RoleKeys(s).Contains)).GroupBy(PersonKey).Select(g => g.ToList()).ToList();
        return people.Count == 1 ? people : [];
    }

    private static bool IsRoleWordFor(string word, string head) =>
        RoleWords.KeyOf(word) == head && (SpeechLexicon.IsTitleOrRoleWord(word) || SpeechLexicon.IsGroupNoun(word));

    /// <summary>"The farmer", "the teacher": a noun for who does something, which the article may write as the verb ("who farms").</summary>
    private static bool IsAgentNoun(string word) => word.Length >= 5 && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal));

    private static readonly string[] DoerEndings = ["eri", "ery", "ers", "er", "ors", "or", "ing", "es", "s", "e", "i", "y"];

    /// <summary>"baker", "bakery", "bakes" and "farmer", "farms" come to one stem: the doer, the place and the verb.</summary>
    private static string DoerStem(string key)
    {
        foreach (var ending in DoerEndings)
            if (key.Length - ending.Length >= 3 && key.EndsWith(ending, StringComparison.Ordinal)) return key[..^ending.Length];
        return key;
    }

    /// <summary>The word a description is about: before "of" ("the head of the union"), else the last ("the union boss").</summary>
    private static int HeadNoun(IReadOnlyList<string> typed, IReadOnlyList<string> kept)
    {
        int of = typed.ToList().FindIndex(w => w is "of" or "at" or "for" or "from");
        var head = of > 0 ? typed[of - 1] : kept[^1];
        var keys = kept.Select(RoleWords.KeyOf).Distinct().ToList();
        int at = keys.IndexOf(RoleWords.KeyOf(head));
        return at >= 0 ? at : keys.Count - 1;
    }

    /// <summary>Whether a speaker is of the kind asked about ("which senator", "which lawmakers", "which democrats"): by role, title, name or the words introducing them.</summary>
    public bool IsOfKind(SpeakerRef speaker, string kind)
    {
        var wanted = RoleWords.KeyOf(kind);
        return RoleKeys(speaker).Any(r => SameRoleWord(wanted, r));
    }

    /// <summary>"Sen." is a senator, "Rep." a representative: an abbreviated title is the start of the word; "boss" is a "chief".</summary>
    private static bool SameRoleWord(string wanted, string role) =>
        RoleWords.SameKind(wanted, role)
        || IsAgentNoun(wanted) && !RoleWords.IsKnown(wanted) && role.Length >= 3 && DoerStem(wanted) == DoerStem(role)
        || !(RoleWords.IsKnown(wanted) && RoleWords.IsKnown(role))
            && (role.Length >= 3 && wanted.Length > role.Length && wanted.StartsWith(role, StringComparison.Ordinal) && SpeechLexicon.IsTitleOrRoleWord(role)
                || wanted.Length >= 5 && EditDistance.IsClose(wanted, role));

    private readonly Dictionary<string, HashSet<string>> _roleKeys = [];

    private HashSet<string> RoleKeys(SpeakerRef speaker)
    {
        lock (_roleKeys)
        {
            if (_roleKeys.TryGetValue(speaker.Key, out var known)) return known;
            var keys = new HashSet<string>(StringComparer.Ordinal);
            // A role's every word ("Sen." too: here a title is the role, not an honorific to drop as in names)
            foreach (var role in speaker.Speaker.Roles)
                foreach (var word in Words.Tokens(role).Where(t => !Words.IsStopWord(t))) keys.Add(RoleWords.KeyOf(word));
            foreach (var word in WordsBefore(speaker)) keys.Add(RoleWords.KeyOf(word));
            var introduction = Introduction(speaker);
            foreach (var word in Appositive.Around(speaker.Article.Article, introduction).Where(t => !Words.IsStopWord(t))) keys.Add(RoleWords.KeyOf(word));
            // "the BC premier": initials of the places and bodies the introduction writes out ("premier of British Columbia")
            if (QuoteFormatter.SentenceAt(speaker.Article.Article, introduction.Start) is { } introduced)
                // and their first words' ("NYU" of "New York University School of Law")
                foreach (var initials in Acronym.RunsIn(speaker.Article.Article.Slice(introduced.Span)))
                    for (int length = 2; length <= initials.Length; length++) keys.Add(initials[..length]);
            return _roleKeys[speaker.Key] = keys;
        }
    }

    /// <summary>Where the article introduces someone: the first time it writes their full name, else their first mention.</summary>
    private static TextSpan Introduction(SpeakerRef speaker)
    {
        var text = speaker.Article.Article.Text;
        var name = speaker.Speaker.Name;
        int at = name.Length > 0 ? text.IndexOf(name, StringComparison.Ordinal) : -1;
        return at >= 0 ? new TextSpan(at, at + name.Length) : speaker.Speaker.FirstMention;
    }

    /// <summary>The words written just before the first mention ("Sen." of "Sen. Claire McCaskill", "Democrat" of "ranking Democrat Elijah Cummings").</summary>
    private static IEnumerable<string> WordsBefore(SpeakerRef speaker)
    {
        var text = speaker.Article.Article.Text;
        int end = Math.Clamp(speaker.Speaker.FirstMention.Start, 0, text.Length);
        int start = Math.Max(0, end - 60);
        var before = Words.TokensWithOffsets(text[start..end]);
        var last = before.TakeLast(WordsBeforeAMention).Select(t => t.Text).ToList();
        // "weather forecaster Benison Estareja": the word right before the name says what they do, listed as a title or not
        // ("Sens. Jon Tester": a role word people use, abbreviated or plural, that the lexicon does not list as a title)
        var titles = last.Where((w, i) => SpeechLexicon.IsTitleOrRoleWord(w) || SpeechLexicon.IsOrganizationWord(w) || SpeechLexicon.IsGroupNoun(w + "s") || SpeechLexicon.IsGroupNoun(w)
            || RoleWords.IsKnown(RoleWords.KeyOf(w)) || i == last.Count - 1 && IsAgentNoun(w));
        return titles.Concat(Descriptive(text, start, before.TakeLast(WordsBeforeAMention).ToList()));
    }

    /// <summary>
    /// "said 9/11 widow Terry Strada", "bakery owner Gary Whitcombe": the words in small letters written right before a name,
    /// back to a joining word or a verb of speech, describe the person.
    /// </summary>
    private static IEnumerable<string> Descriptive(string text, int offset, IReadOnlyList<NewsBot.Quotes.Text.WordToken> before)
    {
        var found = new List<string>();
        for (int i = before.Count - 1; i >= 0; i--)
        {
            var token = before[i];
            var word = token.Text;
            if (!char.IsLower(text[offset + token.Start]) && !char.IsDigit(text[offset + token.Start])) break;
            if (Words.IsStopWord(word) || SpeechLexicon.IsReportingVerb(word) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)) break;
            found.Add(word);
        }
        return found;
    }

    /// <summary>The same person in every loaded article (however each names them: see <see cref="IQuoteIndex.PersonKey"/>).</summary>
    public IReadOnlyList<SpeakerRef> SamePerson(SpeakerRef speaker) =>
        index.Speakers.Where(s => PersonKey(s) == PersonKey(speaker)).OrderBy(s => s.Key == speaker.Key ? 0 : 1).ToList();

    /// <summary>Who a speaker is across the turn's articles: one key for every speaker that is the same person.</summary>
    public string PersonKey(SpeakerRef speaker) => index.PersonKey(speaker);

    /// <summary>
    /// Several people named together ("Trump and Clinton"), each resolved on their own; empty
    /// unless the whole is no confident single match and at least two different people are found.
    /// </summary>
    public IReadOnlyList<Resolution.Found> ResolveSeveral(string typed)
    {
        var parts = Conjunction().Split(typed).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2) return [];
        var whole = index.FindSpeakers(typed);
        if (whole.Count > 0 && whole[0].Score >= Confident) return [];
        var found = parts.Select(Resolve).OfType<Resolution.Found>().DistinctBy(f => PersonKey(f.Main)).ToList();
        return found.Count >= 2 ? found : [];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(?:and|&|or)\s+|\s*,\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    internal static partial System.Text.RegularExpressions.Regex Conjunction();

    /// <summary>
    /// Where each article first names someone so called: the typed words one after the other in the
    /// text (small typos allowed), at least one of them written with a capital as names and titles are.
    /// </summary>
    private List<(IndexedArticle Article, int Position)> ArticlesNaming(string typed)
    {
        var wanted = NameMatcher.NameWords(typed).Where(w => w.Length >= 2 && !Words.IsStopWord(w)).ToList();
        if (wanted.Count == 0) return [];
        var mentions = new List<(IndexedArticle, int)>();
        foreach (var article in index.Articles)
        {
            var text = article.Article.Text;
            var tokens = Words.TokensWithOffsets(text);
            for (int i = 0; i + wanted.Count <= tokens.Count; i++)
            {
                bool fits = true, capital = false;
                for (int j = 0; j < wanted.Count && fits; j++)
                {
                    var token = tokens[i + j];
                    var word = token.Text.EndsWith("'s", StringComparison.Ordinal) ? token.Text[..^2] : token.Text;
                    fits = word == wanted[j] || EditDistance.IsClose(wanted[j], word);
                    capital |= char.IsUpper(text[token.Start]);
                }
                if (fits && capital)
                {
                    mentions.Add((article, tokens[i].Start));
                    break;
                }
            }
        }
        return mentions;
    }
}
