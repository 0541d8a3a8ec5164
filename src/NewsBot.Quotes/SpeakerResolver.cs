using System.Text.RegularExpressions;
using System.Runtime.InteropServices;

namespace NewsBot.Quotes;

/// <summary>
/// Turns source mentions into speakers: full names with their titles as roles, surnames and short
/// forms linked to the full name met earlier, pronouns to the right earlier person, role nouns
/// ("the spokesperson") to the person who holds the role, organisations and groups as themselves.
/// Also collects people who are mentioned with a title but never quoted.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly Article _article;
    private readonly List<Entity> _entities = [];
    private Entity? _lastPersonSpeaker;
    private int _lastPersonSpeakerParagraph = -100;
    private int _lastPersonSpeakerMention = -1;
    private Entity? _lastGroupSpeaker;
    private Entity? _lastNamedSpeaker;
    private int _lastNamedSpeakerParagraph = -100;

    private SpeakerResolver(Article article)
    {
        _article = article;
        _byNameWordLookup = _byNameWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <param name="nameTokens">The name's words, when the caller has split it already (as <see cref="NameTokens"/> would).</param>
    internal sealed class Entity(string name, SpeakerKind kind, int firstMention, string[]? nameTokens = null)
    {
        private string _name = name;
        private string[]? _nameTokens = nameTokens;

        public string Name
        {
            get => _name;
            set { _name = value; _nameTokens = null; }
        }
        public SpeakerKind Kind { get; } = kind;
        public int FirstMention { get; } = firstMention;
        public List<string> Aliases { get; } = [];
        public List<string> Roles { get; } = [];
        public int Quotes { get; set; }
        public string? Id { get; set; }
        public int SeenInCall { get; set; }
        public bool Listed { get; set; } = true;
        public int LastMention { get; set; } = firstMention;
        /// <summary>Where the entity was last a speaker's mention; -1 while it has only been mentioned.</summary>
        public int LastSpoke { get; set; } = -1;
        public char Gender { get; set; } // 'm', 'f' or '\0' when unknown
        public string[] NameTokens => _nameTokens ??= _name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        public void AddAlias(string alias)
        {
            if (!HasForm(alias)) Aliases.Add(alias);
        }

        /// <summary>Whether the name or an alias is spelled so already (to add a new alias only when it is new).</summary>
        public bool HasForm(ReadOnlySpan<char> form)
        {
            if (form.SequenceEqual(Name)) return true;
            foreach (var alias in Aliases)
                if (form.SequenceEqual(alias)) return true;
            return false;
        }

        /// <summary>Adds the role unless a role held already contains it; read as a slice, so a role met again makes no string.</summary>
        public void AddRole(ReadOnlySpan<char> role)
        {
            role = role.Trim().TrimEnd(",.");
            if (role.Length <= 1) return;
            foreach (var held in Roles)
                if (held.AsSpan().Contains(role, StringComparison.OrdinalIgnoreCase)) return;
            Roles.Add(role.ToString());
        }
    }

    public static ArticleQuotes Resolve(Article article, List<Attribution> attributions, List<QuoteRegion> regions, ArticleTokens tokens)
    {
        var resolver = new SpeakerResolver(article);
        return resolver.Run(attributions, regions, tokens);
    }

    private ArticleQuotes Run(List<Attribution> attributions, List<QuoteRegion> regions, ArticleTokens tokens)
    {
        var clock = StagePartClock.OfThisThread;
        var found = clock?.Begin() ?? default;
        var titledMentions = TitledPeople.Find(_article, tokens);
        clock?.End(StagePart.TitledPeople, found);
        int headline = _article.Paragraphs.FirstOrDefault(p => !p.IsChrome)?.Index ?? -1;
        found = clock?.Begin() ?? default;
        var subjects = SubjectNames.Find(_article, tokens);
        clock?.End(StagePart.SentenceSubjects, found);
        int nextMention = 0, nextSubject = 0;
        foreach (var attribution in attributions.OrderBy(a => a.EffectiveSource?.Span.Start ?? a.Cover.Start))
        {
            int position = attribution.Source?.Span.Start ?? attribution.Cover.Start;
            var mark = clock?.Begin() ?? default;
            while (nextMention < titledMentions.Count && titledMentions[nextMention].Name.Start < position)
                AddTitledMention(titledMentions[nextMention++]);
            while (nextSubject < subjects.Count && subjects[nextSubject].Start < position)
                NoteSubject(subjects[nextSubject++], attribution.Paragraph);
            clock?.End(StagePart.PeopleOnTheWay, mark);
            if (attribution.Source is null) continue;
            // A name that opens the source phrase is the speaker's, resolved with it, not a subject of its own.
            while (nextSubject < subjects.Count && subjects[nextSubject].Start < attribution.Source.Span.End) nextSubject++;
            _rule = "";
            mark = clock?.Begin() ?? default;
            var entity = ResolveMention(attribution.Source, attribution.Paragraph);
            clock?.End(StagePart.Mentions, mark);
            attribution.Speaker = entity;
            attribution.SpeakerRule = _rule;
            if (entity is null || attribution.Nested) continue;
            if (_rule is "name" or "earlier-name") GenderFromSelfReference(entity, attribution);
            entity.LastMention = attribution.Source.Span.Start;
            // A headline's words ("Trump Addresses Munich Attack") make a poor name: it speaks for the story, not as a source.
            if (attribution.Paragraph != headline) entity.LastSpoke = attribution.Source.Span.Start;
            // "the Wisconsin Republican" resolved to no one is a description: a pronoun after it still means the person before.
            bool named = _rule != "nominal" && entity.NameTokens.Any(IsNameToken);
            if (named) { _lastNamedSpeaker = entity; _lastNamedSpeakerParagraph = attribution.Paragraph; }
            if (entity.Kind == SpeakerKind.Person && named) NoteLastPerson(entity, attribution.Paragraph, attribution.Source.Span.Start);
            else _lastGroupSpeaker = entity;
        }
        var last = clock?.Begin() ?? default;
        while (nextMention < titledMentions.Count) AddTitledMention(titledMentions[nextMention++]);
        clock?.End(StagePart.PeopleOnTheWay, last);
        last = clock?.Begin() ?? default;
        ResolveLaterRoles(attributions);
        clock?.End(StagePart.LaterRoles, last);

        last = clock?.Begin() ?? default;
        var quotes = new List<Quote>();
        foreach (var attribution in attributions)
        {
            var entity = EntityOf(attribution);
            if (entity is not null) entity.Quotes++;
        }
        var ordered = _entities.Where(e => e.Listed || e.Quotes > 0 || e.Roles.Count > 0).OrderBy(e => e.FirstMention).ToList();
        for (int i = 0; i < ordered.Count; i++) ordered[i].Id = SpeakerIds.Of(i + 1);
        foreach (var attribution in attributions)
        {
            var entity = EntityOf(attribution);
            var source = attribution.EffectiveSource;
            string name = entity?.Name ?? (source is null ? "unknown" : _article.Slice(source.Span));
            quotes.Add(new Quote(
                Id: QuoteIds.Of(quotes.Count + 1),
                SpeakerId: entity?.Id,
                SpeakerName: name,
                Text: attribution.Pieces.Count == 1 ? _article.Slice(attribution.Pieces[0]) : string.Join(" … ", attribution.Pieces.Select(_article.Slice)),
                Span: attribution.Cover,
                Pieces: InTextOrder(attribution.Pieces),
                Kind: KindOf(attribution, regions),
                Cue: attribution.Cue.Length > 0 ? attribution.Cue : attribution.InheritsFrom?.Cue ?? "",
                CueSpan: attribution.CueSpan,
                Medium: attribution.Medium ?? attribution.InheritsFrom?.Medium,
                SpeakerMention: source?.Span,
                Paragraph: attribution.Paragraph,
                Rule: attribution.Rule,
                SpeakerRule: SpeakerRuleOf(attribution)));
        }
        // The entities end here: each speaker is given its entity's lists rather than copies.
        var speakers = ordered.Select(e => new Speaker(e.Id!, e.Name, e.Aliases, e.Kind, e.Roles, e.Quotes, new TextSpan(e.FirstMention, e.FirstMention + e.Name.Length),
            e.Gender switch { 'f' => Gender.Female, 'm' => Gender.Male, _ => Gender.Unknown })).ToList();
        clock?.End(StagePart.Result, last);
        return new ArticleQuotes(_article, speakers, quotes);
    }

    /// <summary>
    /// "Premier announces $2 billion for hospitals" over "The Premier, Andrew Kostas, said …", "“…,” the judge said." before
    /// "Judge Marcia Nervo, who oversaw the case, …": a role noun no one held where it stood means the person the story gives
    /// that role further down.
    /// </summary>
    private void ResolveLaterRoles(List<Attribution> attributions)
    {
        int title = _article.Paragraphs.FirstOrDefault(p => !p.IsChrome)?.Index ?? -1;
        foreach (var attribution in attributions)
        {
            if (attribution.Source is not { } source) continue;
            // "His ex-wife agreed", read as a nominal or a group: the person the story names with that kin noun, now that all are known.
            if (attribution.SpeakerRule is "nominal" or "group" && KinNamed(WordsOf(_article.Slice(source.Span))) is { } kin)
            {
                attribution.Speaker = kin;
                attribution.SpeakerRule = "kin-noun";
                continue;
            }
            if (attribution.SpeakerRule != "nominal") continue;
            // Below the headline only a description of a person (a title for its head) is asked after: most nominals are not.
            if (attribution.Paragraph != title && attribution.Speaker is not { Kind: SpeakerKind.Person }) continue;
            var words = _article.Slice(source.Span).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Where(w => !IsArticle(w)).ToList();
            if (words.Count == 0) continue;
            var head = words[^1].ToLowerInvariant();
            if (RoleHolder(words, head) is not { } holder) continue;
            // In the story a role must name its holder plainly: a title alone ("the judge") that one person is given, or every word
            // of the mention in the role ("the New Jersey governor" is not the governor of New York); and "a doctor" introduces
            // someone new, named after it if at all.
            bool plain = attribution.Speaker is { Kind: SpeakerKind.Person }
                         && (words.All(w => w.Equals(head, StringComparison.OrdinalIgnoreCase) || OwnerPronoun(w) is not null) && HoldersOf(words, head) == 1 && EndsARole(holder, head) || FitsWholly(words, head, holder))
                         && !(IsIndefinite(source) && holder.FirstMention < source.Span.Start);
            if (attribution.Paragraph != title && !plain) continue;
            attribution.Speaker = holder;
            attribution.SpeakerRule = "role-noun";
        }
    }

    private static bool EndsInRoleNoun(List<string> words)
    {
        var head = words[^1];
        return Lexicon.TitleWords.Contains(head) && !Lexicon.OrganizationWords.Contains(head) && !IsKingOrHill(head) && !words.Contains("of");
    }

    /// <summary>"a former White House doctor", "an architect who said": the mention opens with "a" or "an", or follows one.</summary>
    private bool IsIndefinite(SourceMention source)
    {
        var text = _article.Text;
        var first = text.AsSpan(source.Span.Start, source.Span.Length);
        int space = first.IndexOf(' ');
        if (space > 0 && first[..space] is "a" or "an" or "A" or "An") return true;
        var before = text.AsSpan(0, source.Span.Start).TrimEnd();
        int wordStart = before.LastIndexOfAny(' ', '\n') + 1;
        return before[wordStart..] is "a" or "an" or "A" or "An";
    }

    /// <summary>"Judge", "the doctor": a role of the person's that ends in the head noun ("the architect of Obama's campaign" does not).</summary>
    private static bool EndsARole(Entity holder, string head)
        => holder.Roles.Any(r => r.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } w && RoleMatch.Normal(w[^1]) == RoleMatch.Normal(head));

    /// <summary>How many people the article gives a role that has the head noun.</summary>
    private int HoldersOf(List<string> words, string head)
        => _entities.Count(e => e.Kind == SpeakerKind.Person && e.Roles.Count > 0 && RoleMatch.Score(words, head, e.Roles) > 0);

    /// <summary>Every word of the mention but a possessive pronoun ("his"), and more than the head, is in one of the person's roles.</summary>
    private static bool FitsWholly(List<string> words, string head, Entity holder)
    {
        int others = words.Count(w => !w.Equals(head, StringComparison.OrdinalIgnoreCase) && OwnerPronoun(w) is null);
        return others > 0 && RoleMatch.Score(words, head, holder.Roles) == 1 + others;
    }

    /// <summary>"q1", "q2", …: the ids most articles need, made once rather than for every article.</summary>
    private static readonly NumberedIds QuoteIds = new("q");

    /// <inheritdoc cref="QuoteIds"/>
    private static readonly NumberedIds SpeakerIds = new("s");

    private sealed class NumberedIds(string prefix)
    {
        private readonly string[] _first = Enumerable.Range(1, 256).Select(n => prefix + n).ToArray();

        public string Of(int number) => number <= _first.Length ? _first[number - 1] : prefix + number;
    }

    /// <summary>
    /// The pieces sorted by where they start (stably). Most already are, and the quote is given the attribution's own list:
    /// attributions end with the resolver, nothing changes their pieces after it.
    /// </summary>
    private static List<TextSpan> InTextOrder(List<TextSpan> pieces)
    {
        for (int i = 1; i < pieces.Count; i++)
            if (pieces[i].Start < pieces[i - 1].Start) return pieces.OrderBy(p => p.Start).ToList();
        return pieces;
    }

    private static string SpeakerRuleOf(Attribution attribution)
    {
        for (var a = attribution; a is not null; a = a.InheritsFrom)
            if (a.Source is not null) return a.SpeakerRule;
        return "";
    }

    /// <summary>The speaker rule that decided the mention <see cref="ResolveMention"/> last resolved.</summary>
    private string _rule = "";

    private static Entity? EntityOf(Attribution attribution)
    {
        for (var a = attribution; a is not null; a = a.InheritsFrom)
            if (a.Source is not null) return a.Speaker;
        return null;
    }

    /// <summary>A person named as a sentence's subject becomes the likeliest referent of a following "he" or "she".</summary>
    private void NoteSubject(TextSpan name, int paragraph)
    {
        var alias = _article.Text.AsSpan(name.Start, name.Length);
        var person = FindPerson(alias, GenderOfTitleBefore(name.Start));
        // "Mining Minister Aurora Williams welcomed the deal.": the person known by the name after the title words.
        for (var rest = alias; person is null && rest.IndexOf(' ') is int space and > 0 && rest[(space + 1)..].Contains(' ');)
        {
            rest = rest[(space + 1)..];
            if (FindPerson(rest) is { } named) { person = named; alias = rest; name = new TextSpan(name.End - rest.Length, name.End); }
        }
        if (person is null)
        {
            // "Pedro Brennan, the county engineer, arrived late.": a new person by full name, the subject a "he" may mean next.
            if (!MayNameNewPerson(alias, name.End)) return;
            var tokens = alias.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!NameValidator.IsPersonName(tokens, _article.Text, name.Start, seenBefore: false)) return;
            person = NewEntity(JoinName(tokens), SpeakerKind.Person, name.Start);
            GenderFromGivenName(person);
        }
        if (!person.HasForm(alias)) person.Aliases.Add(alias.ToString());
        IndexNames(person, alias);
        person.LastMention = name.Start;
        NoteLastPerson(person, paragraph, name.Start);
    }

    /// <summary>
    /// Two words or more, the first a given name of known gender ("Chidi Okafor, 19, lost his home": or an age set off after
    /// them, which says the name is a person's, whatever the given name). Read on the slice: most subjects fail it, and make no string.
    /// </summary>
    private bool MayNameNewPerson(ReadOnlySpan<char> alias, int end)
    {
        int count = 0;
        ReadOnlySpan<char> first = default;
        foreach (var range in alias.Split(' '))
        {
            if (alias[range].IsEmpty) continue;
            if (count++ == 0) first = alias[range];
        }
        return count >= 2 && (Lexicon.IsGivenName(first) || AgeFollows(end));
    }

    /// <summary>", 19," right after <paramref name="end"/>: an age in an appositive.</summary>
    private bool AgeFollows(int end)
    {
        var after = _article.Text.AsSpan(end, Math.Min(6, _article.Text.Length - end));
        if (!after.StartsWith(", ", StringComparison.Ordinal)) return false;
        after = after[2..];
        int digits = 0;
        while (digits < after.Length && char.IsAsciiDigit(after[digits])) digits++;
        return digits is 1 or 2 or 3 && digits < after.Length && after[digits] == ',';
    }

    private void NoteLastPerson(Entity person, int paragraph, int mention)
    {
        _lastPersonSpeaker = person;
        _lastPersonSpeakerParagraph = paragraph;
        _lastPersonSpeakerMention = mention;
    }

    private void AddTitledMention(TitledPerson mention)
    {
        // A person named again (most mentions) is found from the slice: the name becomes a string only when it is new.
        var nameSpan = _article.Text.AsSpan(mention.Name.Start, mention.Name.Length);
        var known = FindPerson(nameSpan);
        string? name = null;
        string[]? words = null;
        // "commander in chief Wednesday": a title before a word that names no one.
        if (known is null && !NameValidator.IsPersonName(words = (name = nameSpan.ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries), _article.Text, mention.Name.Start, seenBefore: false)) return;
        var entity = known ?? NewEntity(name!, SpeakerKind.Person, mention.Name.Start, words);
        // Named only in passing by a given name: a person the resolver knows, listed once they speak or are given a role.
        if (known is null && mention.ByGivenName) entity.Listed = false;
        if (entity.Name.Length < nameSpan.Length && nameSpan.EndsWith(entity.Name, StringComparison.Ordinal))
        {
            name ??= nameSpan.ToString();
            entity.AddAlias(entity.Name);
            entity.Name = name;
            IndexNames(entity, name);
        }
        if (mention.Role is { } role) { entity.AddRole(_article.Text.AsSpan(role.Start, role.Length)); entity.Listed = true; }
        entity.LastMention = mention.Name.Start;
        GenderFromTitle(entity, mention.Role is { } r ? _article.Text.AsSpan(r.Start, r.Length) : "");
        GenderFromGivenName(entity);
    }

    private Entity? ResolveMention(SourceMention mention, int paragraph)
    {
        var raw = _article.Slice(mention.Span).Trim();
        // "Rep. Jim Clyburn (D-S.C.)": the party and state are a role, not part of the name.
        string? party = null;
        int paren = raw.IndexOf('(');
        if (paren > 0 && raw.EndsWith(')'))
        {
            party = raw[(paren + 1)..^1];
            raw = raw[..paren].TrimEnd();
            // "Okafor (54) said": an age, not a role.
            if (party.All(char.IsAsciiDigit)) party = null;
        }
        if (raw.Length <= LongestPronoun + 3 && PronounOf(raw) is { } pronoun) { _rule = "pronoun"; return ResolvePronoun(pronoun, paragraph); }
        var words = WordsOf(raw);
        // "according to her account", "in his words": the owner of the words is the speaker.
        if (words.Count is > 0 and <= 2 && OwnerPronoun(words[0]) is { } ownerPronoun && (words.Count == 1 || OwnWords.Contains(words[1])))
        {
            _rule = "pronoun";
            return ResolvePronoun(ownerPronoun, paragraph);
        }
        // "the family", "an ally": after an article a word in -ly is a noun, not an adverb
        bool determined = words.Count > 1 && IsArticle(words[0]);
        while (words.Count > 0 && (IsArticle(words[0]) || NotASpeaker.Contains(words[0]))) words.RemoveAt(0);
        // "And he said", "And he’s said": the pronoun after a conjunction.
        if (words.Count == 1 && PronounOf(words[0]) is { } opened) { _rule = "pronoun"; return ResolvePronoun(opened, paragraph); }
        if (words.Count == 0 || NamesNothing(words, determined)) return null;
        // "Trump quickly said", "Mr. Schultz generally": an adverb after a name is not a word of it ("Clinton ally", "Clinton family" are nouns).
        while (words.Count > 1 && IsAdverbAfterName(words[^1], words[^2])) words.RemoveAt(words.Count - 1);
        var appositive = OwnedRole(mention.Appositive is { } span ? _article.Slice(span) : null, paragraph);
        // "His opponent, former health minister Valentina Rojas, said": a description that names no one, and the name after it.
        if (NamesNoOne(words) && (appositive ?? SetOffAfter(mention.Span.End)) is { } setOff && EndsInName(WordsOf(setOff)))
        {
            var description = OwnedRole(string.Join(' ', words), paragraph);
            words = WordsOf(setOff);
            appositive = description;
        }
        // "Mr. Grassley and Mr. Leahy said": two named people speaking together.
        int and = words.FindIndex(w => w is "and" or "&");
        if (and > 0 && and < words.Count - 1 && AnyIn(words, 0, and, IsNameToken) && AnyIn(words, and + 1, words.Count, IsNameToken))
        {
            _rule = "names-together";
            var together = string.Join(' ', words);
            return _entities.FirstOrDefault(e => e.Kind == SpeakerKind.Group && e.Name.Equals(together, StringComparison.OrdinalIgnoreCase))
                   ?? NewEntity(together, SpeakerKind.Group, mention.Span.Start);
        }
        // "CONGRESS HAS INVESTIGATED HIM": a heading in capitals, not a speaker.
        if (words.Count > 3 && words.All(w => w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c))) && words.Any(w => w.Length > 4)) return null;
        // "Mr. Morgan of the Sierra Club": the person, with "of …" as a role.
        int of = words.FindIndex(w => w is "of");
        if (of > 0 && AnyIn(words, 0, of, w => IsNameToken(w) && !Lexicon.OrganizationWords.Contains(w)) && !AnyIn(words, 0, of, Lexicon.OrganizationWords.Contains))
        {
            appositive = string.Join(' ', words.GetRange(of, words.Count - of)) + (appositive is null ? "" : ", " + appositive);
            words = words.GetRange(0, of);
        }

        // "NBC’s Dante Chinni", "the company’s chief, Ana Ruiz": after a possessive, a person's full name is the speaker, the owner their role.
        int possessive = words.FindLastIndex(IsPossessive);
        if (possessive >= 0 && possessive <= words.Count - 3 && words.Skip(possessive + 1).All(w => IsNameToken(w) && !IsOrganizationWord(w))
            && Lexicon.IsGivenName(words[possessive + 1]))
        {
            var owner = string.Join(' ', words.GetRange(0, possessive + 1));
            appositive = appositive is null ? owner : owner + ", " + appositive;
            words = words.GetRange(possessive + 1, words.Count - possessive - 1);
        }

        // "Oz's dubious medical advice said", "Ivana Trump's brief says": the owner speaks through their words ("Clinton's
        // husband", "the ad's narrator" are other people).
        possessive = OwnWords.Contains(words[^1]) ? words.FindLastIndex(IsPossessive) : -1;
        if (possessive >= 0 && possessive < words.Count - 1 && words.Skip(possessive + 1).All(w => char.IsLower(w[0])))
        {
            words = words.GetRange(0, possessive + 1);
            words[^1] = StripPossessive(words[^1]);
        }

        // "Seán Crowe TD", "Ann Lee MP": a title in capitals after the name is a role.
        string? postNominal = null;
        while (words.Count > 1 && words[^1].Length > 1 && words[^1].All(char.IsUpper) && Lexicon.TitleWordLookup.Contains(words[^1]))
        {
            postNominal = postNominal is null ? words[^1] : words[^1] + " " + postNominal;
            words.RemoveAt(words.Count - 1);
        }
        // "Hillary Clinton — who’s …": a dash ends the phrase that names the speaker.
        if (words.FindIndex(w => w is "\u2014" or "\u2013") is > 0 and var dash) words = words.GetRange(0, dash);
        int nameStart = words.Count;
        while (nameStart > 0 && (IsNameToken(words[nameStart - 1]) || nameStart < words.Count && NameParticles.IsParticle(words[nameStart - 1])
                                 || NameParticles.IsPrefixedName(words[nameStart - 1]))) nameStart--;
        var nameTokens = words.GetRange(nameStart, words.Count - nameStart);
        var roleTokens = words.GetRange(0, nameStart);
        // "Former White House Doctor Says", "the Pentagon spokesman": words that end in a person's role noun describe a person,
        // whatever organisation they name ("Department of Justice" is one).
        bool roleNoun = words.Count > 1 && EndsInRoleNoun(words);
        if (roleNoun && nameTokens.Count > 0)
        {
            nameTokens = [];
            roleTokens = words;
        }
        // "the Sierra Club", "Commission on Presidential Debates", "the Trump campaign": an organisation; "school board chair Pedro
        // Whitcombe", "Fox News host Hannity": a person named after the organisation's words.
        bool joined = roleTokens.Count > 0 && roleTokens[^1] is "of" or "on" or "for" or "and" or "&";
        bool organisation = !roleNoun && (nameTokens.Any(IsOrganizationWord) || words.Any(IsOrganizationWord) && (joined || !(nameTokens.Count >= 2 || roleTokens.Any(IsPersonTitle)))
                                          || IsUnknownAcronym(words));
        // "Officials said", "Aides said": a group noun opening the sentence is capitalised, not a name.
        // "Fellow Republicans said": a name does not end in a plural group noun.
        bool group = !organisation && (nameTokens.Count == 0 || nameTokens.Count == 1 && words.Count == 1 || words[^1].EndsWith('s') && nameTokens.Count == words.Count)
                     && Lexicon.GroupNouns.Contains(words[^1])
                     // "Farmers in the valley said", "Bakers in Cairo said": a plural of doers qualified by a place is a group, whatever the lexicon lists
                     || !organisation && words.Count == 1 && QualifiedGroups.NamesDoers(words[0]) && mention.Appositive is { } where && QualifiedGroups.OpensWithQualifyingPreposition(_article.Slice(where));

        if (organisation || (nameTokens.Count > 0 && nameTokens.Any(IsOrganizationWord)))
        {
            _rule = "organisation";
            var orgName = words.Count == 1 ? StripPossessive(words[0]) : string.Join(' ', words);
            // "the commission said", "the campaign said": the organisation of that kind the article named.
            if (words.All(w => char.IsLower(w[0])) && OrganisationNamed(words[^1]) is { } named)
            {
                _rule = "organisation-noun";
                return named;
            }
            var org = _entities.FirstOrDefault(e => e.Kind != SpeakerKind.Person && (e.Name.Equals(orgName, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(orgName, StringComparer.OrdinalIgnoreCase)))
                      ?? NewEntity(orgName, SpeakerKind.Organization, mention.Span.Start);
            // "the federal home ministry", later "the Federal Home Ministry": a proper name's capitals are kept (every word capitalised, as
            // a sentence's first word alone is: "Police said").
            if (char.IsLower(org.Name[0]) && words.Count > 1 && words.All(w => char.IsUpper(w[0])) && org.Name.Equals(orgName, StringComparison.OrdinalIgnoreCase)) org.Name = orgName;
            return org;
        }
        if (group)
        {
            _rule = "group";
            var groupName = string.Join(' ', words);
            return _entities.FirstOrDefault(e => e.Kind == SpeakerKind.Group && e.Name.Equals(groupName, StringComparison.OrdinalIgnoreCase))
                   ?? NewEntity(groupName, SpeakerKind.Group, mention.Span.Start);
        }
        // "Minister of Finance Ravi Okafor": after a title and "of", the words before a given name are the office's, not the name's.
        if (roleTokens.Count > 1 && IsPlacePreposition(roleTokens[^1]) && nameTokens.Count > 2 && nameTokens.FindIndex(1, w => Lexicon.IsGivenName(w)) is > 0 and var given
            && given < nameTokens.Count - 1)
        {
            roleTokens = [.. roleTokens, .. nameTokens.GetRange(0, given)];
            nameTokens = nameTokens.GetRange(given, nameTokens.Count - given);
        }
        // "the senator from Vermont", "the mayor of Fort Pierce": a title and the place it is held in describe a person, not name one
        // ("Minister of Finance Ravi Okafor" does: a given name starts a person's name).
        if (nameTokens.Count is 1 or 2 && roleTokens.Count > 1 && IsPlacePreposition(roleTokens[^1]) && !roleTokens.Any(IsNameToken) && roleTokens.Any(IsTitleWord)
            && !nameTokens.Any(w => Lexicon.IsGivenName(w)))
            nameTokens = [];
        if (nameTokens.Count == 0)
        {
            // "the spokesperson", "the former secretary of state": whoever holds that role.
            int ofAt = words.FindIndex(IsPlacePreposition);
            var head = (ofAt > 0 ? words[ofAt - 1] : words[^1]).ToLowerInvariant();
            var holder = RoleHolder(words, head);
            _rule = "role-noun";
            if (holder is not null) return holder;
            // "The GOP nominee complained …" when no one was given that role: the person the article is on.
            if (IsArticle(raw.Split(' ')[0]) && raw.StartsWith('T') || raw.StartsWith("the ", StringComparison.Ordinal))
            {
                _rule = "role-noun-focus";
                if (Lexicon.PersonTitles.Contains(head) && paragraph - _lastPersonSpeakerParagraph <= 3 && _lastPersonSpeaker is { } focus) return focus;
            }
            _rule = "nominal";
            // "move against Pagliano took place despite": a noun phrase ends in its noun, never in a function word.
            if (IsFunctionWord(words[^1])) return null;
            var nominal = string.Join(' ', words);
            var described = _entities.FirstOrDefault(e => e.Name.Equals(nominal, StringComparison.OrdinalIgnoreCase));
            if (described is not null) return described;
            // Listed once quoted: a headline's role noun may turn out to be a person named further down.
            described = NewEntity(nominal, Lexicon.TitleWords.Contains(head) ? SpeakerKind.Person : SpeakerKind.Group, mention.Span.Start);
            described.Listed = false;
            return described;
        }
        var name = JoinName(CollectionsMarshal.AsSpan(nameTokens));
        var person = FindPerson(name, roleTokens.Count > 0 ? GenderOf(roleTokens[^1].AsSpan().TrimEnd('.')) : '\0');
        if (!NameValidator.IsPersonName(nameTokens, _article.Text, mention.Span.Start, seenBefore: person is not null))
        {
            _rule = "rejected-name";
            return null;
        }
        _rule = person is null ? "name" : "earlier-name";
        if (person is null) person = NewEntity(name, SpeakerKind.Person, mention.Span.Start);
        else if (nameTokens.Count > person.NameTokens.Length && name.EndsWith(person.Name, StringComparison.Ordinal))
        {
            person.AddAlias(person.Name);
            person.Name = name;
            IndexNames(person, name);
        }
        else { person.AddAlias(name); IndexNames(person, name); }
        var roles = string.Join(' ', roleTokens);
        if (roleTokens.Count > 0) person.AddRole(roles);
        if (party is not null) person.AddRole(party);
        if (postNominal is not null) person.AddRole(postNominal);
        if (appositive is not null) person.AddRole(appositive);
        // The role words, then the appositive's: read one after the other rather than joined into one more string.
        GenderFromTitle(person, roles);
        GenderFromTitle(person, appositive);
        GenderFromGivenName(person);
        return person;
    }

    /// <summary>
    /// Every word is no speaker's or vague, or an adverb in -ly (unless after an article, where it is a noun: "the family").
    /// A loop rather than a lambda: the flag it reads would make a closure at every mention.
    /// </summary>
    private static bool NamesNothing(List<string> words, bool determined)
    {
        foreach (var w in words)
            if (!(NotASpeaker.Contains(w) || Vague.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]) && !determined)) return false;
        return true;
    }

    /// <summary>"The EPA said", "NATO's": an acronym alone that is no person's name met before names an organisation.</summary>
    private bool IsUnknownAcronym(List<string> words)
        => words.Count == 1 && StripPossessive(words[0]) is var word && NameValidator.IsAcronym(word) && FindPerson(word) is null;

    private static bool IsAdverbAfterName(string word, string before)
        => word.Length >= 6 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && IsNameToken(before)
           && (Lexicon.Classify(word) & (WordClass.Title | WordClass.Group | WordClass.Organization)) == 0;

    /// <summary>
    /// "he", "She", "He’s" (said), "they've" (said): the pronoun a mention is, or null. Asked of most mentions, so lowered on the
    /// stack and answered with the lexicon's own (lower-case) string.
    /// </summary>
    private static string? PronounOf(string raw)
    {
        if (raw.Length > LongestPronoun + 3) return null;
        Span<char> lower = stackalloc char[raw.Length];
        raw.AsSpan().ToLowerInvariant(lower);
        lower.Replace('\u2019', '\'');
        if (PronounLookup.TryGetValue(lower, out var pronoun)) return pronoun;
        // "quoted him as saying": an object pronoun for the one quoted.
        if (lower is "him" or "her" or "them") return lower is "him" ? "he" : lower is "her" ? "she" : "they";
        if (lower.EndsWith("'s", StringComparison.Ordinal) && lower[..^2] is "he" or "she") return lower[..^2] is "he" ? "he" : "she";
        return lower.EndsWith("'ve", StringComparison.Ordinal) && PronounLookup.TryGetValue(lower[..^3], out pronoun) ? pronoun : null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = Lexicon.Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Its director", "Her lawyer": a role owned by a pronoun is shown without it; "its" or "their" with the organisation that spoke
    /// in this paragraph or the one before, when there is one ("Sierra Club director").
    /// </summary>
    private string? OwnedRole(string? role, int paragraph)
    {
        if (role is null) return null;
        var words = WordsOf(role);
        if (words.Count < 2 || OwnerPronoun(words[0]) is not { } owner) return role;
        var rest = string.Join(' ', words.Skip(1));
        return owner is "it" or "they" ? WithOrganisationBefore(rest, paragraph) : rest;
    }

    /// <summary>
    /// The role after the organisation that spoke in this paragraph or the one before, if any. A method of its own: the paragraph
    /// its lambdas read would otherwise make a closure at every call of <see cref="OwnedRole"/>, which most mentions make.
    /// </summary>
    private string WithOrganisationBefore(string rest, int paragraph)
    {
        int since = _article.Paragraphs.FirstOrDefault(p => p.Index == paragraph - 1)?.Span.Start ?? int.MaxValue;
        var org = LastMentioned(e => e.Kind == SpeakerKind.Organization && e.LastMention >= since);
        return org is null ? rest : org.Name + " " + rest;
    }

    /// <summary>", former health minister Valentina Rojas," right after <paramref name="end"/>: the words set off by two commas, or null.</summary>
    private string? SetOffAfter(int end)
    {
        var text = _article.Text.AsSpan(end, Math.Min(MaxSetOff, _article.Text.Length - end));
        if (!text.StartsWith(", ", StringComparison.Ordinal)) return null;
        int close = text[2..].IndexOfAny(",\n\"“”");
        return close > 0 && text[2 + close] == ',' ? text.Slice(2, close).ToString() : null;
    }

    /// <summary>How far after a mention the words set off by commas may end.</summary>
    private const int MaxSetOff = 80;

    /// <summary>"His opponent", "the former minister": words of which none is a name's (an owner, an article, a title or lower-case word).</summary>
    private static bool NamesNoOne(List<string> words)
        => words.Count > 0 && words.All(w => char.IsLower(w[0]) || OwnerPronoun(w) is not null || IsArticle(w) || IsTitleWord(w));

    /// <summary>"former health minister Valentina Rojas": two name words or more at the end, after role words (no preposition, possessive or clause word).</summary>
    private static bool EndsInName(List<string> words)
    {
        int nameStart = words.Count;
        while (nameStart > 0 && IsNameToken(words[nameStart - 1]) && !IsPossessive(words[nameStart - 1])) nameStart--;
        if (words.Count - nameStart < 2) return false;
        for (int i = 0; i < nameStart; i++)
            if (!IsArticle(words[i]) && (NotASpeaker.Contains(words[i]) || IsPossessive(words[i]) || Vague.Contains(words[i]))) return false;
        return true;
    }

    /// <summary>"of", "for", "from", "at", "in": what joins a role to the place or body it is held in.</summary>
    private static bool IsPlacePreposition(string word) => word is "of" or "for" or "from" or "at" or "in";

    private static bool IsTitleWord(string word) => Lexicon.TitleWordLookup.Contains(word.AsSpan().TrimEnd('.'));

    private static readonly char[] WordSeparators = [' ', '\u00A0'];

    /// <summary>The mention's words, as <c>Split(WordSeparators, RemoveEmptyEntries)</c> gives them, made straight into the list the rules trim.</summary>
    private static List<string> WordsOf(string raw)
    {
        var words = new List<string>();
        foreach (var range in raw.AsSpan().SplitAny(WordSeparators))
            if (range.Start.Value != range.End.Value) words.Add(raw[range]);
        return words;
    }

    /// <summary>The pronoun a possessive stands for ("her" → "she"): asked of every mention's first word, so lowered on the stack.</summary>
    private static string? OwnerPronoun(string word)
    {
        if (word.Length is < 3 or > 5) return null;
        Span<char> lower = stackalloc char[5];
        return lower[..word.AsSpan().ToLowerInvariant(lower)] switch
        {
            "her" => "she",
            "his" => "he",
            "their" => "they",
            "its" => "it",
            _ => null,
        };
    }

    /// <summary>What a person's own words are called after "her", "his": "her account", "his words".</summary>
    private static readonly HashSet<string> OwnWords = new(["account", "words", "statement", "book", "memoir", "letter", "testimony", "telling", "recollection",
        "advice", "brief", "article", "remarks", "speech", "column", "op-ed", "essay", "tweet", "post"], StringComparer.OrdinalIgnoreCase);

    private static readonly int LongestPronoun = Lexicon.Pronouns.Max(p => p.Length);

    /// <summary>"the", "a" or "an" in any case, compared as the lower-case word without making it.</summary>
    private static bool IsArticle(string word)
    {
        if (word.Length > 3) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.AsSpan().ToLowerInvariant(lower);
        return lower is "the" or "a" or "an";
    }

    private static bool AnyIn(List<string> words, int from, int to, Func<string, bool> test)
    {
        for (int i = from; i < to; i++)
            if (test(words[i])) return true;
        return false;
    }

    private static readonly HashSet<string> NotASpeaker = Lexicon.NotASpeaker;

    private static bool IsFunctionWord(string word)
    {
        var plain = word.Replace('\u2019', '\'');
        return Text.StopWords.IsStopWord(plain) || NotASpeaker.Contains(plain) || Lexicon.SettingWords.Contains(plain);
    }

    /// <summary><see cref="NotASpeaker"/> for a word read as a slice of the text: "But Cruz, the senator," does not name "But Cruz".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotASpeakerLookup = NotASpeaker.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Vague = Lexicon.Vague;

    private Entity? ResolvePronoun(string pronoun, int paragraph)
    {
        if (pronoun is "they" or "we" or "it")
        {
            if (_lastGroupSpeaker is not null && (pronoun != "it" || _lastGroupSpeaker.Kind == SpeakerKind.Organization)) return _lastGroupSpeaker;
            // Otherwise the speaker just named, if recent: "Democrats said …; they added …".
            return paragraph - _lastNamedSpeakerParagraph <= 2 ? _lastNamedSpeaker : null;
        }
        if (pronoun is "i" or "you") return _lastPersonSpeaker;
        char gender = pronoun == "she" ? 'f' : 'm';
        bool Fits(Entity e) => e.Kind == SpeakerKind.Person && (e.Gender == '\0' || e.Gender == gender);
        var candidate = _lastPersonSpeaker;
        if (candidate is null || !Fits(candidate) || paragraph - _lastPersonSpeakerParagraph > 12)
        {
            candidate = LastMentioned(Fits) ?? candidate;
        }
        if (candidate is not null && candidate.Gender == '\0') candidate.Gender = gender;
        return candidate;
    }

    /// <summary>The organisation mentioned last whose proper name has the word ("the commission": the Commission on Presidential Debates).</summary>
    private Entity? OrganisationNamed(string word)
    {
        var bare = StripPossessive(word);
        return LastMentioned(e => e.Kind == SpeakerKind.Organization && char.IsUpper(e.Name[0])
                                  && e.NameTokens.Any(t => StripPossessive(t).Equals(bare, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The person whose roles fit the role noun best ("the Democratic nominee": the nominee who is a Democrat), the one mentioned last on a tie.</summary>
    private Entity? RoleHolder(List<string> words, string head)
        => BestFit(e => RoleMatch.Score(words, head, e.Roles)) ?? BestFit(e => RoleMatch.KindScore(words, head, e.Roles));

    /// <summary>The person with roles whose score is highest, the one mentioned last on a tie; null when none scores.</summary>
    private Entity? BestFit(Func<Entity, int> score)
    {
        Entity? best = null;
        int bestScore = 0;
        foreach (var e in _entities)
        {
            if (e.Kind != SpeakerKind.Person || e.Roles.Count == 0) continue;
            int fit = score(e);
            if (fit > bestScore || fit == bestScore && fit > 0 && e.LastMention > best!.LastMention) { best = e; bestScore = fit; }
        }
        return best;
    }

    /// <summary>Of the entities that fit, the one mentioned last (the first of them on a tie).</summary>
    private Entity? LastMentioned(Func<Entity, bool> fits)
    {
        Entity? last = null;
        foreach (var e in _entities)
            if (fits(e) && (last is null || e.LastMention > last.LastMention)) last = e;
        return last;
    }

    /// <summary>
    /// The person an earlier mention names: the same full name, or a surname or first name of it. A gender the mention's title
    /// gives ("Mr. Khan", "Mrs. Cruz") leaves out the family member of the other one.
    /// </summary>
    /// <summary>Kin nouns a story names a person with ("his wife Ivana", "her husband, Joe"), ex- and former ones as the same.</summary>
    private static readonly Regex KinBeforeName = new(@"\b(?:ex-|former )?(wife|husband)\b,? ([A-Z][a-z]+)", RegexOptions.CultureInvariant);

    /// <summary>
    /// "His ex-wife agreed": the one person the story names with that kin noun ("divorce from wife Ivana"), when it names
    /// exactly one; the kin word is no title, so a plain "his wife" elsewhere is left to the pronouns around it.
    /// </summary>
    private Entity? KinNamed(List<string> words)
    {
        if (words.Count is < 2 or > 3 || OwnerPronoun(words[0]) is null) return null;
        if (words.Count == 3 && !words[1].ToLowerInvariant().TrimEnd('-').Equals("ex", StringComparison.Ordinal) && !words[1].Equals("former", StringComparison.OrdinalIgnoreCase)) return null;
        var kin = words[^1].ToLowerInvariant();
        if (kin.StartsWith("ex-", StringComparison.Ordinal)) kin = kin[3..];
        if (kin is not ("wife" or "husband")) return null;
        var named = KinBeforeName.Matches(_article.Text).Where(m => m.Groups[1].Value == kin)
            .Select(m => FindPerson(m.Groups[2].Value)).Where(e => e is not null).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private Entity? FindPerson(ReadOnlySpan<char> name, char gender = '\0')
    {
        int count = 0;
        Range first = default, last = default;
        foreach (var word in name.Split(' '))
        {
            if (name[word].IsEmpty) continue;
            if (count++ == 0) first = word;
            last = word;
        }
        // The people any word of the name belongs to, each once, in the order the words find them.
        Entity? best = null;
        _findPersonCall++;
        foreach (var word in name.Split(' '))
        {
            if (name[word].IsEmpty || !_byNameWordLookup.TryGetValue(name[word], out var entities)) continue;
            foreach (var e in entities)
            {
                if (e.SeenInCall == _findPersonCall || e.Kind != SpeakerKind.Person || gender != '\0' && e.Gender != '\0' && e.Gender != gender) continue;
                e.SeenInCall = _findPersonCall;
                bool match = name.Equals(e.Name, StringComparison.OrdinalIgnoreCase)
                             || AnyEquals(CollectionsMarshal.AsSpan(e.Aliases), name)
                             || (count == 1 && AnyEquals(e.NameTokens, name[first]))
                             || (count > 1 && e.NameTokens.Length == 1 && name[last].Equals(e.Name, StringComparison.OrdinalIgnoreCase))
                             || (count > 1 && e.NameTokens.Length > 1 && name[last].Equals(e.NameTokens[^1], StringComparison.OrdinalIgnoreCase) && name[first].Equals(e.NameTokens[0], StringComparison.OrdinalIgnoreCase))
                             || (count > 1 && IsLastWordsOf(name, e.Name));
                if (match && (best is null || Prefers(e, best, count == 1))) best = e;
            }
        }
        return best;
    }

    /// <summary>
    /// Whether <paramref name="e"/> is likelier than <paramref name="best"/>: a surname alone ("Cruz said") means the one of that
    /// name who has spoken over a family member only mentioned ("Heidi Cruz"); otherwise the one mentioned last.
    /// </summary>
    private static bool Prefers(Entity e, Entity best, bool oneWord)
    {
        bool spoke = e.LastSpoke >= 0;
        if (oneWord && spoke != best.LastSpoke >= 0) return spoke;
        return e.LastMention > best.LastMention;
    }

    /// <summary>"de Blasio" of "Bill de Blasio", "Van Hollen" of "Chris Van Hollen": a surname of more than one word.</summary>
    private static bool IsLastWordsOf(ReadOnlySpan<char> name, string fullName)
        => fullName.Length > name.Length && fullName.AsSpan().EndsWith(name, StringComparison.OrdinalIgnoreCase) && fullName[fullName.Length - name.Length - 1] == ' ';

    private static bool AnyEquals(ReadOnlySpan<string> forms, ReadOnlySpan<char> name)
    {
        foreach (var form in forms)
            if (name.Equals(form, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <param name="nameTokens">The name split as <see cref="Entity.NameTokens"/> splits it, when the caller has done so already.</param>
    private Entity NewEntity(string name, SpeakerKind kind, int position, string[]? nameTokens = null)
    {
        var entity = new Entity(name, kind, position, nameTokens);
        _entities.Add(entity);
        IndexNames(entity, entity.NameTokens);
        return entity;
    }

    /// <summary>People by every word of their names and aliases, so that finding one does not scan them all.</summary>
    /// <remarks>Made with room for the name words of most articles, so that it does not grow again and again on the way.</remarks>
    private readonly Dictionary<string, List<Entity>> _byNameWord = new(32, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Entity>>.AlternateLookup<ReadOnlySpan<char>> _byNameWordLookup;
    /// <summary>Counts FindPerson's calls: an entity met twice in one call (by two words of the name) is weighed once.</summary>
    private int _findPersonCall;

    /// <summary>Indexes the words of a name or alias the entity has just been given (its earlier ones are indexed already).</summary>
    private void IndexNames(Entity entity, ReadOnlySpan<char> form)
    {
        foreach (var range in form.Split(' '))
        {
            var word = form[range];
            if (word.IsEmpty) continue;
            // A word of a name already indexed (most mentions repeat one) is looked up without making it a string.
            if (!_byNameWordLookup.TryGetValue(word, out var list)) _byNameWord[word.ToString()] = list = NewNameWordList();
            if (!list.Contains(entity)) list.Add(entity);
        }
    }

    /// <summary>Indexes the words of a new entity's name: the name's own word strings, none made again.</summary>
    private void IndexNames(Entity entity, string[] words)
    {
        foreach (var word in words)
        {
            if (!_byNameWordLookup.TryGetValue(word, out var list)) _byNameWord[word] = list = NewNameWordList();
            if (!list.Contains(entity)) list.Add(entity);
        }
    }

    /// <summary>A name word's people: mostly one, so the list starts with room for one rather than four.</summary>
    private static List<Entity> NewNameWordList() => new(1);

    /// <summary>"Mr." before "Khan" at <paramref name="start"/>: the gender the title just before a name says, or '\0'.</summary>
    private char GenderOfTitleBefore(int start)
    {
        var before = _article.Text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith('.')) before = before[..^1];
        int space = before.LastIndexOfAny(' ', '\n', '\u00A0');
        return GenderOf(before[(space + 1)..]);
    }

    private static char GenderOf(ReadOnlySpan<char> title)
        => Lexicon.TitleGender(title) switch { Gender.Female => 'f', Gender.Male => 'm', _ => '\0' };

    /// <summary>"Nadia Fairbanks": a full name whose first word is a given name of known gender (given-names.tsv).</summary>
    private static void GenderFromGivenName(Entity entity)
    {
        if (entity.Gender != '\0' || entity.Kind != SpeakerKind.Person || entity.NameTokens.Length < 2) return;
        if (Lexicon.GivenNameGender(entity.NameTokens[0]) is { } gender) entity.Gender = gender == Gender.Female ? 'f' : 'm';
    }

    /// <summary>
    /// "Dana Okoro said she would run": reported words that open with "he" or "she" are mostly the speaker's about themself, and
    /// give a gender neither a title nor the given name did. (They do not overturn one: "Clinton said he …" is often another man.)
    /// </summary>
    private void GenderFromSelfReference(Entity entity, Attribution attribution)
    {
        if (entity.Kind != SpeakerKind.Person || entity.Gender != '\0' || attribution.Verbatim || attribution.Pieces.Count == 0) return;
        var piece = attribution.Pieces[0];
        var content = _article.Text.AsSpan(piece.Start, Math.Min(piece.Length, 4));
        entity.Gender = content.StartsWith("he ", StringComparison.Ordinal) ? 'm' : content.StartsWith("she ", StringComparison.Ordinal) ? 'f' : '\0';
    }

    /// <summary>"Mrs.", "spokeswoman", "chairman": the first title of the roles that says a gender (titles.tsv) gives the person's.</summary>
    private static void GenderFromTitle(Entity entity, ReadOnlySpan<char> roles)
    {
        if (entity.Gender != '\0') return;
        foreach (var range in roles.SplitAny(' ', ',', '.', '(', ')'))
        {
            if (Lexicon.TitleGender(roles[range]) is not { } gender) continue;
            entity.Gender = gender == Gender.Female ? 'f' : 'm';
            return;
        }
    }

    /// <summary>"Trump's", "nurses'": a possessive, singular or plural.</summary>
    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)
                                                     || word.Length > 2 && (word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal));

    /// <summary>The words joined by spaces, each without its possessive ending; as most have none, joined as they are then.</summary>
    private static string JoinName(ReadOnlySpan<string> words)
    {
        foreach (var word in words)
            if (!ReferenceEquals(StripPossessive(word), word)) return string.Join(' ', words.ToArray().Select(StripPossessive));
        return string.Join(' ', words);
    }

    private static string StripPossessive(string word)
        => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : IsPossessive(word) ? word[..^1] : word;

    /// <summary>A title that stands before a person's name ("Sen.", "spokesman"), not a word of a role ("presidential", "national").</summary>
    private static bool IsPersonTitle(string word) => PersonTitleLookup.Contains(word.AsSpan().TrimEnd('.')) && !Lexicon.OrganizationWords.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonTitleLookup = Lexicon.PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"committee", "committee's": an organisation word, possessive or not (looked up as a slice, not a new string).</summary>
    private static bool IsOrganizationWord(string word)
    {
        var bare = word.AsSpan();
        if (bare.EndsWith("'s", StringComparison.Ordinal) || bare.EndsWith("’s", StringComparison.Ordinal)) bare = bare[..^2];
        return OrganizationWordLookup.Contains(bare);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationWordLookup = Lexicon.OrganizationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static bool IsNameToken(string word) => IsNameToken(word.AsSpan());

    internal static bool IsNameToken(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0])) return false;
        var bare = word.TrimEnd('.');
        if (Lexicon.TitleWordLookup.Contains(bare) && !IsKingOrHill(bare)) return false;
        return !IsNationality(bare);
    }

    /// <summary><see cref="IsNameToken(ReadOnlySpan{char})"/> for a token's word, read from the token's word classes unless a final period is to be let go first.</summary>
    internal static bool IsNameToken(ReadOnlySpan<char> word, WordClass classes)
    {
        if (word.Length == 0 || !char.IsUpper(word[0])) return false;
        if (word[^1] == '.') return IsNameToken(word);
        if ((classes & WordClass.Title) != 0 && !IsKingOrHill(word)) return false;
        return (classes & WordClass.Nationality) == 0;
    }

    // A title word is short: its lower-case form fits on the stack.
    internal static bool IsKingOrHill(ReadOnlySpan<char> word)
    {
        if (word.Length != 4) return false;
        Span<char> lower = stackalloc char[4];
        word.ToLowerInvariant(lower);
        return lower is "king" or "hill";
    }


    /// <summary>"Kenyan", "French", "Igbo" (nationalities.tsv): a word of a role or group, not a name.</summary>
    internal static bool IsNationality(ReadOnlySpan<char> word) => NationalityLookup.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NationalityLookup = Lexicon.Nationalities.GetAlternateLookup<ReadOnlySpan<char>>();

    private static QuoteKind KindOf(Attribution attribution, List<QuoteRegion> regions)
    {
        if (attribution.Verbatim) return QuoteKind.Direct;
        int quoted = 0, total = 0;
        foreach (var piece in attribution.Pieces)
        {
            total += piece.Length;
            for (int r = QuoteRegionSearch.FirstEndingAfter(regions, piece.Start); r < regions.Count && regions[r].Outer.Start < piece.End; r++)
                quoted += Math.Min(piece.End, regions[r].Outer.End) - Math.Max(piece.Start, regions[r].Outer.Start);
        }
        if (quoted == 0) return QuoteKind.Indirect;
        if (quoted >= total - 2) return QuoteKind.Direct;
        return quoted * 2 >= total ? QuoteKind.Mixed : QuoteKind.Partial;
    }
}
