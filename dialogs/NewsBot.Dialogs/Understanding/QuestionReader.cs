using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NewsBot.Dialogs.Language;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Understanding;

/// <summary>
/// Reads a question for its parts (see <see cref="Reading"/>): the request words at its start
/// ("who", "which senator", "did anyone", "tell me what", "what's X's take on"), the reporting or
/// stance verb in any tense (the engine's <see cref="SpeechLexicon"/>), the speaker, the topic or
/// the words to find, the medium. Each request has a small reader of its own, built from shared
/// part readers; the first that fits wins. Names are not looked up here.
/// </summary>
public static partial class QuestionReader
{
    // First: the static sets below are made through it.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, FrozenSet<string>> KnownSets = new(StringComparer.Ordinal);

    /// <summary>A set of words, made once per list (readers name small lists inline, and a turn reads many of them).</summary>
    private static FrozenSet<string> Set(params string[] words) =>
        KnownSets.GetOrAdd(string.Join(' ', words), _ => words.ToFrozenSet(StringComparer.Ordinal));



    private static readonly FrozenSet<string> Auxiliaries = Set("did", "does", "do", "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can", "should", "might", "may", "must", "shall", "am", "been", "be");
    private static readonly FrozenSet<string> Adverbs = Set("really", "actually", "ever", "also", "first", "just", "then", "later", "once", "publicly", "privately", "reportedly", "previously", "recently", "originally", "initially", "exactly", "specifically", "ultimately", "apparently", "supposedly", "allegedly", "even", "still", "already", "repeatedly", "openly", "directly", "explicitly", "truly", "else", "all", "ever", "say", "exactly");
    private static readonly FrozenSet<string> AnyoneWords = Set("anyone", "anybody", "someone", "somebody", "everyone", "everybody");
    private static readonly FrozenSet<string> TopicWords = Set("about", "on", "regarding", "concerning", "over", "re", "around", "against", "of");
    private static readonly FrozenSet<string> QuoteNouns = Set("quote", "quotes", "quotation", "quotations", "statement", "statements", "comment", "comments", "remark", "remarks", "words", "lines", "line", "everything", "all", "anything", "something");
    private static readonly FrozenSet<string> OpinionNouns = Set("take", "view", "views", "position", "stance", "opinion", "opinions", "argument", "response", "reaction", "message", "point", "thoughts", "verdict", "answer", "quote", "quotes", "comment", "comments", "remarks", "words", "statement", "statements", "line", "problem", "issue", "complaint", "criticism", "beef", "case");
    private static readonly FrozenSet<string> RoleNouns = Set("role", "job", "title", "position", "post", "occupation", "background", "affiliation", "profession", "function", "party", "work");
    /// <summary>What a question asks someone's mind with: not reporting verbs, but asked as "what did X say".</summary>
    private static readonly FrozenSet<string> OpinionVerbs = Set("think", "thinks", "thought", "feel", "feels", "felt", "believe", "believes", "believed", "mean", "means", "meant", "want", "wants", "wanted", "reckon", "reckons");
    private static readonly FrozenSet<string> QuotedWords = Set("quoted", "cited", "interviewed", "sources", "speakers");
    private static readonly FrozenSet<string> GenericPeople = Set("people", "persons", "person", "speakers", "speaker", "sources", "source", "ones", "one", "individuals", "voices", "names", "everyone", "everybody", "all", "others", "other", "else");
    private static readonly FrozenSet<string> CountedQuotes = Set("quotes", "quote", "quotations", "statements", "times", "comments", "remarks", "things");
    private static readonly FrozenSet<string> ObjectPronouns = Set("it", "that", "this", "so", "those", "these", "them", "one", "hers", "his", "theirs", "hers", "its");
    private static readonly FrozenSet<string> Clauses = Set("that", "how", "whether", "if");
    /// <summary>Words before "to" and the verb: "used to say", "have to say", "got to say", "want to say".</summary>
    private static readonly FrozenSet<string> VerbLeads = Set("used", "went", "go", "goes", "want", "wanted", "wants", "going", "have", "has", "had", "got", "need", "needs", "ought", "tried");
    private static readonly FrozenSet<string> ResponseVerbs = Set("respond", "responded", "react", "reacted", "reply", "replied", "answer", "answered", "feel", "felt", "see", "sees", "saw", "view", "views", "viewed");

    /// <summary>"Who leads X" asks for X's leader: the verb of a role and the role's noun.</summary>
    private static readonly FrozenDictionary<string, string> HolderOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["leads"] = "leader", ["led"] = "leader", ["heads"] = "head", ["headed"] = "head", ["runs"] = "head", ["ran"] = "head",
        ["chairs"] = "chair", ["chaired"] = "chair", ["directs"] = "director", ["manages"] = "manager", ["founded"] = "founder",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Dictionary<string, Gender> Pronouns = new(StringComparer.Ordinal)
    {
        ["he"] = Gender.Male, ["him"] = Gender.Male, ["his"] = Gender.Male, ["himself"] = Gender.Male,
        ["she"] = Gender.Female, ["her"] = Gender.Female, ["hers"] = Gender.Female, ["herself"] = Gender.Female,
        ["they"] = Gender.Unknown, ["them"] = Gender.Unknown, ["their"] = Gender.Unknown,
    };

    private static readonly string[][] PronounPhrases =
    [
        ["this", "person"], ["that", "person"], ["the", "speaker"], ["this", "speaker"], ["that", "speaker"], ["this", "guy"],
        ["that", "guy"], ["this", "one"], ["that", "one"], ["the", "same", "person"], ["this", "woman"], ["that", "woman"], ["this", "man"], ["that", "man"],
    ];

    private static readonly FrozenSet<string> Help = Set("help", "?", "commands", "menu", "options", "usage", "examples", "what can i ask", "what can you do", "what can i say",
        "what do you do", "how does this work", "how do i use this", "what are you", "who are you", "what questions can i ask", "what can i ask you", "what should i ask", "how does it work");
    private static readonly FrozenSet<string> Greetings = Set("hi", "hello", "hey", "hiya", "howdy", "yo", "greetings", "good morning", "good afternoon", "good evening", "good day", "hi there", "hello there", "hey there");
    private static readonly FrozenSet<string> Thanks = Set("thanks", "thank you", "thx", "ty", "cheers", "great", "cool", "ok", "okay", "nice", "got it", "perfect", "awesome", "thanks a lot", "thank you very much", "many thanks", "thank you so much", "thanks so much", "brilliant", "excellent");
    private static readonly FrozenSet<string> More = Set("more", "next", "go on", "continue", "keep going", "show more", "more please", "tell me more", "anything else", "any more", "more quotes", "next page", "show me more",
        "what else", "what else is there", "others", "and more", "what more", "give me more", "the rest", "and the rest", "then", "and then", "go ahead", "anymore", "any others", "next one", "others please");

    public static Reading Read(string question)
    {
        var original = question.Trim();
        var quoted = QuotedPart(original);
        var words = WithoutLeadIns(new QuestionWords(original), out bool leadingAnd, out var lead);
        words = WithoutTail(words);
        var text = words.Text(0) ?? "";
        if (words.Count == 0) return new Reading(original.Contains('?') && original.Trim('?', ' ').Length == 0 ? Ask.Help : Ask.Unknown, original) { Content = "" };
        var folded = words.Folded(0);
        var reading = ExportRequest.Read(original)
            ?? ExactWordsRequest.Read(text)
            ?? ArticleRequests.Read(words, text)
            ?? SmallTalk(folded, text, lead)
            ?? FactQuestion(words, text)
            ?? HowMany(words, text)
            ?? ArticleAbout(words, folded, text)
            ?? Again(words, text, leadingAnd)
            ?? Cleft(words, text)
            ?? Listener(words, text)
            ?? WhoIs(words, text)
            ?? QuotedPeople(words, text)
            ?? WhereSaid(words, text)
            ?? WhySaid(words, text)
            ?? DidQuestion(words, text)
            ?? (words.At(0, "which") || words.At(0, "what") ? WhoSaid(words, text) : null)
            ?? WhatSaid(words, text)
            ?? WhoSaid(words, text)
            ?? (quoted is not null && quoted.Length * 2 >= text.Length ? new Reading(Ask.WhoSaid, text) { Content = quoted, Quoted = quoted } : null)
            ?? Statement(words, text)
            ?? new Reading(Ask.Unknown, text) { Content = text };
        // "what's the union asking for": a particle alone is no topic to look for
        if (reading.Topic is { } topic && Words.Keys(topic).Count == 0 && reading.Ask == Ask.WhatSaid) reading = reading with { Topic = null };
        return WithoutSetting(reading with { Quoted = reading.Quoted ?? quoted, Medium = reading.Medium ?? MediumAsked(words) });
    }

    /// <summary>"Who commented on the shootings on the Sunday shows": the occasion is a filter, the topic is "the shootings".</summary>
    private static Reading WithoutSetting(Reading reading)
    {
        if (reading.Ask is not (Ask.WhoSaid or Ask.WhatSaid) || reading.Quoted is not null) return reading;
        var (topic, topicSetting) = reading.Topic is { } t ? SettingPhrase.Split(t) : (null, null);
        var (content, contentSetting) = reading.Content is { } c ? SettingPhrase.Split(c) : (null, null);
        var setting = topicSetting ?? contentSetting;
        return setting is null ? reading : reading with { Topic = topic, Content = content, Setting = setting };
    }

    // ---- the request ----------------------------------------------------------------------

    private static Reading? SmallTalk(string folded, string text, string? lead)
    {
        if (Help.Contains(folded) || folded is "/help") return new Reading(Ask.Help, text);
        if (Greetings.Contains(folded)) return new Reading(Ask.Greeting, text);
        if (Thanks.Contains(folded)) return new Reading(Ask.Thanks, text);
        if (More.Contains(folded) || (lead is "tell me" && folded == "more")) return new Reading(Ask.More, text) { Else = folded.Contains("else", StringComparison.Ordinal) };
        return null;
    }

    /// <summary>"How many quotes (by X)?", "how often was X quoted?", "how many people are quoted?", "how many senators are quoted?".</summary>
    private static Reading? HowMany(QuestionWords w, string text)
    {
        int at;
        if (w.At(0, "how", "many")) at = 2;
        else if (w.At(0, "how", "often")) return new Reading(Ask.CountQuotes, text) { Speaker = SpeakerBetween(w, SkipAuxiliaries(w, 2), w.Find(2, QuotedWords)) };
        else if (w.At(0, "number", "of") || w.At(0, "count", "the")) at = 2;
        else return null;
        if (w.IsOneOf(at, CountedQuotes))
        {
            int by = w.Find(at + 1, Set("by", "from", "of"));
            if (by > 0) return new Reading(Ask.CountQuotes, text) { Speaker = w.Text(by + 1) };
            // "how many times was Kirby quoted", "how many quotes does Hua have"
            int start = SkipAuxiliaries(w, at + 1);
            int end = w.Find(start, Set("quoted", "cited", "have", "has", "speak", "spoke", "say", "said", "talk", "talked", "get", "got", "in", "there"));
            var speaker = start > at + 1 && end > start ? w.Text(start, end) : null;
            return new Reading(Ask.CountQuotes, text) { Speaker = IsPronounPhrase(speaker) ? null : speaker, SpeakerIsPronoun = IsPronounPhrase(speaker), PronounGender = GenderOf(speaker) };
        }
        var noun = w[at];
        return new Reading(Ask.Quoted, text) { Restriction = GenericPeople.Contains(noun) || Auxiliaries.Contains(noun) || noun.Length == 0 ? null : noun };
    }

    /// <summary>"What is the article about?", "summarise this story".</summary>
    private static Reading? ArticleAbout(QuestionWords w, string folded, string text)
    {
        if (SummaryPattern().IsMatch(folded)) return new Reading(Ask.About, text);
        return null;
    }

    /// <summary>"And Trump?", "what about Clinton?", "how about her?": the question before, about someone else.</summary>
    private static Reading? Again(QuestionWords w, string text, bool leadingAnd)
    {
        int at = w.At(0, "what", "about") || w.At(0, "how", "about") || w.At(0, "same", "for") ? 2
            : w.At(0, "same", "question", "for") || w.At(0, "and", "what", "about") ? 3
            : leadingAnd ? 0 : -1;
        if (at < 0 || at >= w.Count || w.Count - at > 5) return null;
        var rest = w.Slice(at);
        for (int i = 0; i < rest.Count; i++)
            if (IsVerb(rest[i]) || rest[i] is "who" or "what" or "where" or "when" or "why" or "how" or "which") return null;
        var speaker = rest.Text(0, rest[rest.Count - 1] is "too" or "then" ? rest.Count - 1 : rest.Count);
        return WithSpeaker(new Reading(Ask.Again, text), speaker);
    }

    /// <summary>"Who's the one who said …", "who was it that warned …", "who is the official that denied …": who said it.</summary>
    private static Reading? Cleft(QuestionWords w, string text)
    {
        if (!w.At(0, "who") || !w.IsOneOf(1, Set("is", "was"))) return null;
        int at = w.At(2, "it") ? 3 : w.IsOneOf(2, Set("the", "that", "this")) && w.Count > 4 ? 4 : w.IsOneOf(2, Set("someone", "somebody", "one")) ? 3 : -1;
        if (at < 0 || !w.IsOneOf(at, Set("who", "that"))) return null;
        return WhoParts(w, SkipAuxiliaries(w, at + 1), text, allowBe: true);
    }

    /// <summary>"Who is X?", "what's her role?", "what does X do?", "tell me about X".</summary>
    private static Reading? WhoIs(QuestionWords w, string text)
    {
        if (w.At(0, "tell", "me", "about") || w.At(0, "tell", "me", "more", "about") || w.At(0, "more", "about") || w.At(0, "info", "on") || w.At(0, "information", "on")
            || w.At(0, "information", "about") || w.At(0, "background", "on") || w.At(0, "describe"))
        {
            int from = w.Find(0, Set("about", "on", "describe")) + 1;
            return WithSpeaker(new Reading(Ask.WhoIs, text), w.Text(from));
        }
        // "who leads the union?", "who runs the board": the one who holds the role
        if (w.At(0, "who") && HolderOf.TryGetValue(w[1], out var holder) && w.Count > 2)
            return WithSpeaker(new Reading(Ask.WhoIs, text), $"the {holder} of {w.Text(2)}");
        if (w.IsOneOf(0, Set("who")) && w.IsOneOf(1, Set("is", "was", "are", "were")))
        {
            int from = w.At(2, "exactly") ? 3 : 2;
            // "who is in the article?" (its place dropped): who is quoted
            if (from >= w.Count) return new Reading(Ask.Quoted, text);
            // "who is the people in this story", "who is in the article": who is quoted
            if (w.IsOneOf(from, Set("the", "these", "those", "all")) && w.IsOneOf(from + 1, GenericPeople) || w.At(from, "in") || w.IsOneOf(from, Set("everyone", "everybody")))
                return new Reading(Ask.Quoted, text);
            if (IsVerb(w[from]) || w.IsOneOf(from, QuotedWords) || w.At(from, "mentioned") || w.At(from, "named") || w.At(from, "the", "source") || w.At(from, "behind")
                || w.At(from, "responsible") || w.At(from, "the", "author") || w.IsOneOf(from, AnyoneWords) || w.At(from, "else") || w.Find(from, QuotedWords) >= 0) return null;
            int end = w[w.Count - 1] == "exactly" ? w.Count - 1 : w.Count;
            return WithSpeaker(new Reading(Ask.WhoIs, text), w.Text(from, end));
        }
        // "what is X's role", "what's his job", "what is the role of X", "what role does X play", "what does X do"
        if (w.At(0, "what"))
        {
            int role = w.Find(1, RoleNouns);
            if (role > 0 && w.IsOneOf(1, Set("is", "was", "are")) && !w.IsOneOf(role + 1, Set("on", "about", "regarding", "concerning", "to")))
            {
                if (w.At(role + 1, "of")) return WithSpeaker(new Reading(Ask.WhoIs, text), w.Text(role + 2));
                var owner = w.Text(2, role);
                return WithSpeaker(new Reading(Ask.WhoIs, text), Possessor(owner));
            }
            if (w.IsOneOf(1, RoleNouns) && w.IsOneOf(2, Auxiliaries))
            {
                int end = w.Find(3, Set("have", "hold", "play", "has", "holds", "plays"));
                return WithSpeaker(new Reading(Ask.WhoIs, text), w.Text(3, end < 0 ? w.Count : end));
            }
            if (w.IsOneOf(1, Set("does", "did")) && (w[w.Count - 1] == "do" || w.At(w.Count - 3, "do", "for", "a")))
                return WithSpeaker(new Reading(Ask.WhoIs, text), w.Text(2, w.Find(2, Set("do"))));
        }
        // "Kirby's role?", "her job" (not "who talked about McConnell's role": a question word and a verb ask something else)
        if (w.Count <= 5 && w.IsOneOf(w.Count - 1, RoleNouns) && w.Count >= 2
            && !(w.IsOneOf(0, Set("who", "whom", "which", "did", "does", "anyone", "anybody")) && Enumerable.Range(1, w.Count - 2).Any(i => IsVerb(w[i]) || LooksLikeVerb(w[i]))))
            return WithSpeaker(new Reading(Ask.WhoIs, text), Possessor(w.Text(0, w.Count - 1)));
        return null;
    }

    /// <summary>"Who was quoted?", "list everyone who is quoted", "which lawmakers are quoted", "who else is quoted about the plan?".</summary>
    private static Reading? QuotedPeople(QuestionWords w, string text)
    {
        int quotedAt = w.Find(0, QuotedWords);
        if (quotedAt < 0) return null;
        // "who is quoted", "the sources": not "who said the four loopholes he cited …"
        bool listed = w.IsOneOf(quotedAt - 1, Set("is", "are", "was", "were", "been", "be", "being", "get", "got", "gets", "else", "everyone", "everybody", "people", "all"))
            || w[quotedAt] is "sources" or "speakers" && quotedAt <= 4;
        if (!listed) return null;
        bool asks = w.IsOneOf(0, Set("who", "which", "list", "show", "name", "give", "tell", "whom", "what", "any", "anyone", "is", "are", "were", "was"));
        if (!asks || w.At(0, "what") && w.IsOneOf(1, Auxiliaries)) return null;
        // "who is quoted as saying X": the words, not the list
        if (w.At(quotedAt + 1, "as", "saying") || w.At(quotedAt + 1, "saying"))
        {
            int from = quotedAt + (w.At(quotedAt + 1, "as") ? 3 : 2);
            return new Reading(Ask.WhoSaid, text) { Content = ContentFrom(w, from), Else = w.Find(0, Set("else")) >= 0 };
        }
        string? restriction = null;
        if (w.IsOneOf(0, Set("which", "what", "any")) && !w.IsOneOf(1, Auxiliaries) && !GenericPeople.Contains(w[1])) restriction = w.Text(1, 2);
        bool more = w.Find(0, Set("else", "other", "others")) >= 0;
        int about = w.Find(quotedAt + 1, Set("about", "on", "regarding", "concerning", "over"));
        if (about > 0 && about + 1 < w.Count)
            return new Reading(Ask.WhoSaid, text) { Topic = w.Text(about + 1), Several = true, Else = more, Restriction = restriction };
        return new Reading(Ask.Quoted, text) { Restriction = restriction, Else = more };
    }

    private static readonly FrozenSet<string> TellVerbs = Set("tell", "told", "tells", "telling");
    private static readonly FrozenSet<string> SpeakToVerbs = Set("say", "said", "saying", "speak", "spoke", "speaking", "talk", "talked", "talking", "explain", "explained", "write", "wrote", "writing", "complain", "complained");

    /// <summary>
    /// "Who did she tell?", "who did the mayor say it to", "who was Costa talking to", "to whom did he speak": whom
    /// they said it to is the interview, the outlet or the audience the article names, so it is asked as where.
    /// </summary>
    private static Reading? Listener(QuestionWords w, string text)
    {
        int at = w.At(0, "to") ? 1 : 0;
        // "to whom?", "to who", "who to?": whom the answer's speaker told
        if (w.Count == 2 && (at == 1 && w.IsOneOf(1, Set("who", "whom")) || w.At(0, "who", "to")))
            return new Reading(Ask.Where, text) { SpeakerIsPronoun = true, AsksListener = true };
        if (!w.IsOneOf(at, Set("who", "whom")) || !w.IsOneOf(at + 1, Auxiliaries)) return null;
        int start = at + 2;
        bool toAtEnd = w.IsOneOf(w.Count - 1, Set("to", "with"));
        for (int v = start + 1; v < w.Count; v++)
        {
            bool tell = w.IsOneOf(v, TellVerbs);
            if (!tell && !w.IsOneOf(v, SpeakToVerbs)) continue;
            // after the verb only "it", "that", "so" (and the "to" that asks whom)
            int end = toAtEnd ? w.Count - 1 : w.Count;
            bool onlyPronouns = Enumerable.Range(v + 1, Math.Max(0, end - v - 1)).All(i => w.IsOneOf(i, ObjectPronouns));
            if (!onlyPronouns || !(tell || toAtEnd || at == 1)) return null;
            return WithSpeaker(new Reading(Ask.Where, text) { SpeakerIsPronoun = false, AsksListener = true }, w.Text(start, v));
        }
        return null;
    }

    /// <summary>"Where did she say it?", "how did Hua say that", "when did he tweet it", "in what interview did X say so".</summary>
    private static Reading? WhereSaid(QuestionWords w, string text)
    {
        // "where is she from", "wheres he from": who they are
        if (w.At(0, "where") && w.IsOneOf(1, Set("is", "was", "are")) && w.IsOneOf(w.Count - 1, Set("from", "based")) && w.Count > 3)
            return WithSpeaker(new Reading(Ask.WhoIs, text), w.Text(2, w.Count - 1));
        int at;
        if (w.IsOneOf(0, Set("where", "when"))) at = 1;
        else if (w.At(0, "in", "what") || w.At(0, "in", "which") || w.At(0, "on", "what") || w.At(0, "on", "which")) at = w.Find(2, Auxiliaries);
        else if (w.At(0, "how") && w.IsOneOf(1, Auxiliaries)) at = 1;
        else return null;
        if (at < 0) return null;
        int start = SkipAuxiliaries(w, at);
        int verb = FindVerb(w, start);
        if (w.At(0, "how") && verb > 0 && ResponseVerbs.Contains(w[verb]))
            return WhatSaidParts(w, start, verb, text);
        if (w.At(0, "where") && verb < 0 && start < w.Count && w.At(start, "did", "that", "come", "from")) return new Reading(Ask.Where, text) { SpeakerIsPronoun = true };
        // "where was she when she said it": the speaker ends where the clause of time starts
        int clause = w.Find(start, Set("when", "while"));
        var speaker = clause > start && (verb < 0 || clause < verb) ? w.Text(start, clause)
            : verb > start ? w.Text(start, verb) : verb < 0 ? w.Text(start, EndOfNameBeforeVerbForm(w, start)) : null;
        if (speaker is not null && ObjectPronouns.Contains(speaker.ToLowerInvariant()) && verb < 0) speaker = null;
        // "where did he say nato is obsolete": the words say which of their quotes
        var said = verb > 0 && AfterVerb(w, verb) is var rest && rest < w.Count && !Enumerable.Range(rest, w.Count - rest).All(i => w.IsOneOf(i, ObjectPronouns)) ? ContentFrom(w, rest) : null;
        return WithSpeaker(new Reading(Ask.Where, text) { SpeakerIsPronoun = speaker is null, AsksWhen = w.At(0, "when"), Content = said }, speaker);
    }

    /// <summary>"Why did Kirby say the call was useful?": the article's context, honestly framed.</summary>
    private static Reading? WhySaid(QuestionWords w, string text)
    {
        if (!w.At(0, "why")) return null;
        int start = SkipAuxiliaries(w, 1);
        int verb = FindVerb(w, start);
        if (verb < 0) return WithSpeaker(new Reading(Ask.Why, text), null);
        var reading = WithSpeaker(new Reading(Ask.Why, text) { Verb = LemmaOf(w[verb]) }, verb > start ? w.Text(start, verb) : null);
        return reading with { Content = ContentFrom(w, AfterVerb(w, verb)) };
    }

    /// <summary>"Did Kirby say …?" (a check), "did anyone criticise …?" (who), "did X say anything about T?" (what), "is it true that X said …?".</summary>
    private static Reading? DidQuestion(QuestionWords w, string text)
    {
        if (w.At(0, "is", "it", "true")) return Statement(w.Slice(w.At(3, "that") ? 4 : 3), text) is { } stated ? stated with { Text = text } : null;
        if (!w.IsOneOf(0, Set("did", "does", "do", "has", "have", "had", "was", "is", "were"))) return null;
        int start = 1;
        if (w.IsOneOf(start, AnyoneWords) || w.At(start, "any", "one"))
        {
            int at = start + (w.At(start, "any", "one") ? 2 : 1);
            // "did anyone else say …": everyone but those just named
            bool others = w.At(at, "else");
            // "did anyone from Russia comment?": what someone of that name said
            if (w.At(at, "from") && at + 1 < w.Count)
            {
                int spoken = FindVerb(w, at + 1);
                int end = spoken > at + 1 ? LastSpeakerWord(w, at + 1, spoken) : w.Count;
                return WithSpeaker(new Reading(Ask.WhatSaid, text), w.Text(at + 1, end));
            }
            int after = SkipAuxiliaries(w, others ? at + 1 : at);
            var reading = WhoParts(w, after, text) ?? new Reading(Ask.WhoSaid, text) { Content = ContentFrom(w, after) };
            return reading with { Several = true, Else = reading.Else || others };
        }
        if (w.At(start, "any") && w.Count > start + 2)
        {
            var reading = WhoParts(w, SkipAuxiliaries(w, start + 2), text);
            return reading is null ? null : reading with { Several = true, Restriction = w.Text(start + 1, start + 2) };
        }
        int verb = FindVerb(w, start + 1);
        if (verb < 0) return null;
        var speaker = w.Text(start, LastSpeakerWord(w, start, verb));
        int rest = AfterVerb(w, verb);
        var lemma = LemmaOf(w[verb]);
        // "did X say anything (about T)", "did X talk about T", "did X tweet": what they said
        if (rest >= w.Count || w.IsOneOf(rest, Set("anything", "something", "much", "a", "any")) && !w.IsOneOf(rest + 1, Clauses))
        {
            int about = w.Find(rest, TopicWords);
            return WithSpeaker(new Reading(Ask.WhatSaid, text) { Verb = lemma, Topic = about > 0 ? w.Text(about + 1) : null }, speaker);
        }
        if (w.IsOneOf(rest, TopicWords) || w.IsOneOf(verb + 1, TopicWords))
            return WithSpeaker(new Reading(Ask.WhatSaid, text) { Verb = lemma, Topic = w.Text(w.IsOneOf(rest, TopicWords) ? rest + 1 : verb + 2) }, speaker);
        return WithSpeaker(new Reading(Ask.Check, text) { Verb = lemma, Content = ContentFrom(w, rest) }, speaker);
    }

    /// <summary>
    /// "What did X say (about T)?", "what else did she say", "tell me what X said about T", "what's X's take on T",
    /// "quotes by X", "X's comments on T", "what did the mayor call the plan?".
    /// </summary>
    private static Reading? WhatSaid(QuestionWords w, string text)
    {
        bool more = w.Find(0, Set("else")) >= 0 && w.Find(0, Set("else")) <= 3;
        // "anything else from him", "more from kamin", "what else from the mayor": what else that person said
        int whose = w.At(0, "more", "from") ? 2 : w.IsOneOf(0, Set("anything", "something", "what", "nothing")) && w.At(1, "else") && w.IsOneOf(2, Set("from", "by")) ? 3 : -1;
        if (whose > 0 && whose < w.Count && w.Count - whose <= 4)
            return WithSpeaker(new Reading(Ask.WhatSaid, text) { Else = true }, w.Text(whose));
        if (w.IsOneOf(0, Set("what", "which")))
        {
            // "what is X's take on T" / "what are X's quotes"
            int opinion = w.Find(2, OpinionNouns);
            if (w.IsOneOf(1, Set("is", "was", "are", "were")) && opinion > 2 && IsPossessive(w[opinion - 1]))
                return OpinionOf(w, 2, opinion, text) with { Else = more };
            int aux = w.Find(1, Auxiliaries);
            if (aux is > 0 and <= 4)
            {
                int start = SkipAuxiliaries(w, aux);
                int verb = FindVerb(w, start);
                if (verb > start || verb == start)
                {
                    var parts = WhatSaidParts(w, start, verb, text) with { Else = more };
                    // "what questions did Sanders say Clinton should ask?", "what advice did she give?": the thing asked for is part of the topic
                    if (aux > 1 && parts.Ask == Ask.WhatSaid && !w.IsOneOf(1, QuoteNouns) && !w.IsOneOf(1, Set("else", "things", "stuff", "exactly", "kind", "sort")))
                        parts = parts with { Topic = parts.Topic is { } t ? w.Text(1, aux) + " " + t : w.Text(1, aux) };
                    return parts;
                }
            }
            // "what pence said about cuban", "what X thinks of T"
            int bare = FindVerb(w, 1);
            if (bare is > 1 and <= 6) return WhatSaidParts(w, 1, bare, text) with { Else = more };
            return null;
        }
        // "quotes by X (about T)", "show me all the statements from X", "everything X said"
        int noun = w.Find(0, QuoteNouns);
        if (noun >= 0 && noun <= 3 && w.IsOneOf(noun + 1, Set("by", "from", "of", "attributed")))
        {
            int from = noun + (w.At(noun + 1, "attributed") ? 3 : 2);
            int about = w.Find(from, Set("about", "on", "regarding", "concerning"));
            return WithSpeaker(new Reading(Ask.WhatSaid, text) { Topic = about > 0 ? w.Text(about + 1) : null }, w.Text(from, about > 0 ? about : w.Count));
        }
        if (w.At(0, "everything") || w.At(0, "all", "that"))
        {
            int verb = FindVerb(w, 1);
            if (verb > 1) return WhatSaidParts(w, w.At(0, "all") ? 2 : 1, verb, text);
        }
        // "X's take on T", "Kirby's comments about the call" (not "who said it was not her view")
        if (w.IsOneOf(0, Set("who", "whom", "whose"))) return null;
        // "tax foundation economist quote", "the mayor's remarks": a speaker and a word for their quotes, no verb
        if (w.Count is >= 2 and <= 6 && w.IsOneOf(w.Count - 1, NamedQuotes) && Enumerable.Range(0, w.Count - 1).All(i => !IsVerbAt(w, i) && !w.IsOneOf(i, Auxiliaries) && !w.IsOneOf(i, TopicWords)))
            return WithSpeaker(new Reading(Ask.WhatSaid, text), w.Text(0, w.Count - 1));
        for (int i = 0; i < Math.Min(w.Count, 5); i++)
            if (IsPossessive(w[i]) && w.IsOneOf(i + 1, OpinionNouns)) return OpinionOf(w, 0, i + 1, text);
        // "trumps take on nato": the apostrophe left out of a name that opens the question, before a word of opinion and its topic
        if (w.Count > 3 && w[0].Length > 3 && w[0].EndsWith('s') && !w[0].EndsWith("ss", StringComparison.Ordinal) && w.IsOneOf(1, PossessedOpinions)
            && w.IsOneOf(2, Set("on", "about", "of", "regarding", "to")))
            return OpinionOf(w, 0, 1, text) with { Speaker = w[0][..^1] };
        return null;
    }

    private static readonly FrozenSet<string> NamedQuotes = Set("quote", "quotes", "quotation", "quotations", "comment", "comments", "remarks", "statement", "statements");

    private static readonly FrozenSet<string> PossessedOpinions = Set("take", "view", "views", "position", "stance", "reaction", "response", "thoughts", "opinion", "verdict");

    private static Reading OpinionOf(QuestionWords w, int owner, int opinion, string text)
    {
        int about = w.Find(opinion + 1, Set("on", "about", "of", "regarding", "concerning", "to", "with"));
        return WithSpeaker(new Reading(Ask.WhatSaid, text) { Topic = about > 0 ? w.Text(about + 1) : null }, Possessor(w.Text(owner, opinion)));
    }

    /// <summary>The speaker between <paramref name="start"/> and the verb, and what follows the verb: the topic, the medium.</summary>
    private static Reading WhatSaidParts(QuestionWords w, int start, int verb, string text)
    {
        var speaker = verb > start ? w.Text(start, LastSpeakerWord(w, start, verb)) : null;
        var lemma = verb >= 0 ? LemmaOf(w[verb]) : null;
        int rest = verb >= 0 ? AfterVerb(w, verb) : w.Count;
        // "what was said about T", "what does the article say about T", "what do people say about T": who talked about it
        if (speaker is null || IsTheArticle(speaker) || Words.Tokens(speaker) is var said && said.All(t => GenericPeople.Contains(t) || t is "the" or "other" or "all"))
            return new Reading(Ask.WhoSaid, text) { Topic = TopicFrom(w, rest), Several = true, Verb = lemma };
        // "what did Adler tell reporters", "what did she tell ABC radio": whom they told is no topic; "... about the plan" is
        string? topic = lemma == "tell" ? TopicAfterAbout(w, rest) : TopicFrom(w, rest);
        return WithSpeaker(new Reading(Ask.WhatSaid, text) { Verb = lemma, Topic = topic }, speaker);
    }

    /// <summary>"Who said …", "which senator urged …", "who else talked about …", "whose words are …", "who is behind …".</summary>
    private static Reading? WhoSaid(QuestionWords w, string text)
    {
        bool more = w.At(1, "else");
        if (w.IsOneOf(0, Set("who", "whom")))
            return WhoParts(w, SkipAuxiliaries(w, more ? 2 : 1), text, allowBe: true) is { } who ? who with { Else = more || who.Else } : null;
        if (w.IsOneOf(0, Set("which", "what")) && w.Count > 2)
        {
            // "which senator said", "which white house official warned", "which two democrats pushed back"
            int end = 1;
            while (end < w.Count && end <= 4 && !(end > 1 && LooksLikeVerb(w[end])) && !IsVerbAt(w, end) && !w.IsOneOf(end, Auxiliaries) && w[end] != "else") end++;
            // "which senators spoke?": a kind of speaker and a last word the lexicon does not know as a verb
            if (end >= w.Count && w.Count >= 3 && w.At(0, "which")) return new Reading(Ask.Quoted, text) { Restriction = w.Text(w.Count - 2, w.Count - 1) };
            if (end >= w.Count || end == 1) return null;
            // "what pence said": a name after "what" asks what they said; "what senator said": a kind of speaker asks who
            if (w.At(0, "what") && !(SpeechLexicon.IsTitleOrRoleWord(w[end - 1]) || SpeechLexicon.IsGroupNoun(w[end - 1]) || SpeechLexicon.IsOrganizationWord(w[end - 1]))) return null;
            // "which things did X say": the aux starts the speaker's words, so it asks what was said
            if (w.IsOneOf(end, Auxiliaries) && !IsVerbAt(w, SkipAuxiliaries(w, end))) return null;
            var restriction = w.Text(end - 1, end);
            bool plural = restriction is not null && restriction.EndsWith('s') && !restriction.EndsWith("ss", StringComparison.Ordinal);
            bool others = w.At(end, "else");
            var reading = WhoParts(w, SkipAuxiliaries(w, others ? end + 1 : end), text, allowBe: true);
            return reading is null ? null : reading with { Restriction = restriction, Several = reading.Several || plural, Else = others };
        }
        if (w.At(0, "whose") && w.Count > 3)
        {
            int be = w.Find(1, Set("is", "was", "are", "were"));
            if (be > 0) return new Reading(Ask.WhoSaid, text) { Content = ContentFrom(w, be + 1) };
        }
        if (w.At(0, "anyone", "who") || w.At(0, "someone", "who") || w.At(0, "anybody", "who"))
            return (WhoParts(w, SkipAuxiliaries(w, 2), text) ?? new Reading(Ask.WhoSaid, text) { Content = ContentFrom(w, 2) }) with { Several = true };
        // "any senator talk about breaking up the bank": "did" left out before a kind of speaker
        if (w.At(0, "any") && w.Count > 3 && !w.IsOneOf(1, AnyoneWords) && (IsVerbAt(w, 2) || Stances.At(w.All, 2).Stance != Stance.None))
            return WhoParts(w, 2, text) is { } kind ? kind with { Several = true, Restriction = w[1] } : null;
        // "anyone mention the weather?", "anybody criticise the plan", "anyone else say so?": "did" left out
        int verbAt = w.At(1, "else") ? 2 : 1;
        if (w.IsOneOf(0, AnyoneWords) && w.Count > verbAt + 1 && (IsVerbAt(w, verbAt) || Stances.At(w.All, verbAt).Stance != Stance.None || LooksLikeVerb(w[verbAt])))
            return WhoParts(w, verbAt, text) is { } anyone ? anyone with { Several = true, Else = anyone.Else || verbAt == 2 } : null;
        return null;
    }

    /// <summary>What follows "who": the verb, then the words said or the topic talked about.</summary>
    private static Reading? WhoParts(QuestionWords w, int at, string text, bool allowBe = false)
    {
        at = PastVerbLead(w, at);
        if (at >= w.Count) return new Reading(Ask.WhoSaid, text) { Content = "" };
        if (w.At(at, "the", "source", "of") || w.At(at, "the", "author", "of")) return new Reading(Ask.WhoSaid, text) { Content = ContentFrom(w, at + 3) };
        if (w.At(at, "behind") || w.At(at, "responsible", "for")) return new Reading(Ask.WhoSaid, text) { Content = ContentFrom(w, at + (w.At(at, "behind") ? 1 : 2)) };
        if (StanceParts(w, at, text) is { } stance) return stance;
        int verb = IsVerbAt(w, at) ? at : -1;
        // "which senators spoke?", "who commented?": nothing said to find, so who is quoted
        if (at == w.Count - 1 && (verb < 0 || SpeechLexicon.MediumOf(w[at]) is null && LemmaAt(w, at) is not ("say" or "tell" or "post")))
            return new Reading(Ask.Quoted, text);
        if (verb < 0)
        {
            // A verb the lexicon does not know ("who doubted …", "which democrats pushed back on …"): the words, verb and all.
            int prep = w.Find(at + 1, Set("on", "about", "at", "against", "over", "after", "regarding"));
            bool particleThenTopic = prep > at && prep <= at + 3 && prep + 1 < w.Count && !w.IsOneOf(at, Clauses) && w[at].Length > 2;
            if (particleThenTopic && IsNounPhrase(w, prep + 1))
                return new Reading(Ask.WhoSaid, text) { Topic = w.Text(prep + 1), Content = ContentFrom(w, at), Several = true };
            return new Reading(Ask.WhoSaid, text) { Content = ContentFrom(w, at) };
        }
        var lemma = LemmaAt(w, verb);
        int rest = AfterVerb(w, verb);
        if (rest >= w.Count)
            return SpeechLexicon.MediumOf(w[verb]) is { } medium || lemma is "post" ? new Reading(Ask.Medium, text) { Verb = lemma, Medium = MediumDetector.FromWords(w[verb]) } : new Reading(Ask.WhoSaid, text) { Verb = lemma, Content = "" };
        // "who talked about T", "who said anything about T", "who commented on T"
        int topicAt = w.IsOneOf(rest, TopicWords) && !w.IsOneOf(rest, Set("of")) || w.At(rest, "of") && lemma is "talk" or "speak" or "warn" or "complain" ? rest + 1
            : w.IsOneOf(rest, Set("anything", "something", "things", "stuff")) && w.IsOneOf(rest + 1, TopicWords) ? rest + 2 : -1;
        if (topicAt > 0 && topicAt < w.Count)
            return new Reading(Ask.WhoSaid, text) { Verb = lemma, Topic = w.Text(topicAt), Several = true };
        var content = ContentFrom(w, rest);
        // "who criticised the plan", "did anyone praise the mayor": a noun phrase after a verb that takes one is a topic
        bool topicLike = IsNounPhrase(w, rest) && lemma is not ("say" or "tell" or "call" or "write" or "add" or "state" or "claim" or "argue" or "insist" or "note" or "explain" or "declare" or "predict" or "suggest" or "report" or "warn" or "promise" or "vow");
        return new Reading(Ask.WhoSaid, text) { Verb = lemma, Content = content, Topic = topicLike ? content : null };
    }

    private static readonly FrozenSet<string> StancePrepositions = Set("with", "on", "against", "to", "at", "over", "about");

    /// <summary>
    /// "Who disagreed with the mayor?", "who pushed back on her?", "who sided with Adler?", "who criticised the plan?",
    /// "which democrats pushed back?": a stance verb (<see cref="Stances"/>) and whom or what it is aimed at, a short
    /// noun phrase or a pronoun; null when what follows is a clause, words said ("who criticised the council for ignoring …").
    /// </summary>
    private static Reading? StanceParts(QuestionWords w, int at, string text)
    {
        var (stance, lemma, length) = Stances.At(w.All, at);
        if (stance == Stance.None) return null;
        int rest = at + length;
        if (w.IsOneOf(rest, StancePrepositions)) rest++;
        var relation = rest > at + length ? Stances.PastOf(lemma!) + " " + w[rest - 1] : Stances.PastOf(lemma!);
        var reading = new Reading(Ask.WhoSaid, text) { Verb = SpeechLexicon.LemmaOf(w[at]) ?? lemma, Stance = stance, Several = true, Relation = relation };
        // "who responded?" is who is quoted; "who pushed back?" is who leans that way
        if (rest >= w.Count) return stance == Stance.Response ? null : reading with { Content = "" };
        if (!IsObjectPhrase(w, rest)) return null;
        // "who agreed with the mayor on the budget": whom, then what about
        int on = w.Find(rest + 1, Set("on", "about", "over", "regarding"));
        var topic = on > rest && on + 1 < w.Count ? w.Text(on + 1) : null;
        var aimedAt = w.Text(rest, on > rest ? on : w.Count)!;
        if (IsPronounPhrase(aimedAt)) return reading with { ObjectIsPronoun = true, ObjectGender = GenderOf(aimedAt), Topic = topic, Content = topic ?? "" };
        return reading with { Object = aimedAt, Topic = topic ?? aimedAt, Content = topic ?? aimedAt };
    }

    /// <summary>"Kirby said the White House knew?": a statement asked as a question is a check. "Kirby on the call?": what Kirby said about it (when Kirby is someone).</summary>
    private static Reading? Statement(QuestionWords w, string text)
    {
        int verb = FindVerb(w, 1);
        if (verb is > 0 and <= 4 && !w.IsOneOf(0, Set("who", "what", "which", "where", "why", "how", "when", "the", "a", "an")) && AfterVerb(w, verb) < w.Count)
        {
            int rest = AfterVerb(w, verb);
            // "Whitcombe said what about the delays?": a question put the other way round, not words to check
            if (w.IsOneOf(rest, Set("what", "anything", "something", "how", "why", "when", "where", "which")))
                return WithSpeaker(new Reading(Ask.WhatSaid, text) { Verb = LemmaOf(w[verb]), Topic = TopicFrom(w, rest + 1) }, w.Text(0, verb));
            return WithSpeaker(new Reading(Ask.Check, text) { Verb = LemmaOf(w[verb]), Content = ContentFrom(w, rest) }, w.Text(0, verb));
        }
        int on = w.Find(1, Set("on", "about", "re", "regarding"));
        if (on is > 0 and <= 4 && on + 1 < w.Count)
            return new Reading(Ask.Unknown, text) { Speaker = w.Text(0, on), Topic = w.Text(on + 1), Content = text };
        if (w.Count <= 4) return new Reading(Ask.Unknown, text) { Speaker = Possessor(text), Content = text };
        return null;
    }

    // ---- the parts --------------------------------------------------------------------------

    /// <summary>A reporting or stance verb (any tense) the engine's lexicon knows, or a verb asking someone's mind.</summary>
    private static bool IsVerb(string word) => SpeechLexicon.IsReportingVerb(word) || OpinionVerbs.Contains(word) || word is "quoted";

    private static string? LemmaOf(string word) => SpeechLexicon.LemmaOf(word) ?? (OpinionVerbs.Contains(word) ? "think" : null);

    /// <summary>A verb, or a verb and particle that report speech together ("pointed to", "called for").</summary>
    private static bool IsVerbAt(QuestionWords w, int at) => IsVerb(w[at]) || SpeechLexicon.IsPhrasalReportingVerb(w[at], w[at + 1]);

    /// <summary>The lemma, or for a phrasal verb its words ("pointed to").</summary>
    private static string? LemmaAt(QuestionWords w, int at) =>
        LemmaOf(w[at]) ?? (SpeechLexicon.IsPhrasalReportingVerb(w[at], w[at + 1]) ? w.Folded(at, at + 2) : null);

    /// <summary>Past "used to", "went on to", "tried to": where the verb itself is.</summary>
    private static int PastVerbLead(QuestionWords w, int at)
    {
        if (w.At(at, "went", "on", "to") || w.At(at, "would", "go", "on", "to")) return at + (w.At(at, "went") ? 3 : 4);
        if (w.IsOneOf(at, Set("used", "had", "tried", "wanted", "continued", "began", "got", "chose", "decided", "refused")) && w.At(at + 1, "to") && at + 2 < w.Count && IsVerbAt(w, at + 2)) return at + 2;
        return at;
    }

    /// <summary>The first verb at or after <paramref name="from"/>; "used to say" and "went on to say" find "say".</summary>
    private static int FindVerb(QuestionWords w, int from)
    {
        for (int i = Math.Max(0, from); i < w.Count; i++)
        {
            if (!IsVerbAt(w, i)) continue;
            // "what did X tell Y about T": "tell" is the verb; a verb that is also a noun after "the" ("the call") is not
            if (i > 0 && w.IsOneOf(i - 1, Determiners)) continue;
            // "what did a new report by Politico say": a word after a determiner and one more that names its author is a noun
            if (i > 1 && w.IsOneOf(i - 2, Determiners) && w.IsOneOf(i + 1, Set("by", "from", "of"))) continue;
            return i;
        }
        return -1;
    }

    /// <summary>Where the words after a verb start: past a particle ("called for", "pointed to"), "as saying", "that", a colon.</summary>
    private static int AfterVerb(QuestionWords w, int verb)
    {
        int at = verb + 1;
        if (at < w.Count && SpeechLexicon.IsPhrasalReportingVerb(w[verb], w[at]) && !(w[at] is "about" or "of" or "on")) at++;
        if (w.At(at, "as", "saying")) at += 2;
        while (w.IsOneOf(at, Set("that", "it", "so")) && at + 1 < w.Count && !(w[at] == "it" && w.IsOneOf(at + 1, Set("is", "was", "would", "will")))) at++;
        return at;
    }

    /// <summary>The words from <paramref name="from"/>, past a leading "that".</summary>
    private static string? ContentFrom(QuestionWords w, int from)
    {
        if (w.At(from, "that")) from++;
        return w.Text(from)?.Trim(' ', '"', '\'', ':', ',', '\u201c', '\u201d');
    }

    /// <summary>The topic after a verb: after "about", "on", "regarding"; after "to Y about T"; the object of "call"; else what follows.</summary>
    private static string? TopicAfterAbout(QuestionWords w, int rest)
    {
        int about = w.Find(rest, Set("about", "on", "regarding", "concerning", "over"));
        return about >= rest && about + 1 < w.Count ? w.Text(about + 1) : null;
    }

    private static string? TopicFrom(QuestionWords w, int rest)
    {
        if (rest >= w.Count) return null;
        int about = w.Find(rest, Set("about", "on", "regarding", "concerning", "of", "over"));
        if (about >= rest && about + 1 < w.Count && (about == rest || w.At(rest, "to") || about - rest <= 3)) return w.Text(about + 1);
        if (w.At(rest, "to") && rest + 1 < w.Count) return w.Text(rest + 1);
        return w.Text(rest);
    }

    /// <summary>The end of the speaker's words before a verb, leaving out adverbs ("did Kirby really say": "Kirby").</summary>
    private static int LastSpeakerWord(QuestionWords w, int start, int verb)
    {
        int end = verb;
        while (end > start + 1 && (w.IsOneOf(end - 1, Adverbs) || w.IsOneOf(end - 1, Auxiliaries) || w.At(end - 1, "not") || w.At(end - 1, "to") && w.IsOneOf(end - 2, VerbLeads))) end--;
        if (end > start + 1 && w.IsOneOf(end - 1, VerbLeads)) end--;
        return end;
    }

    /// <summary>Where a speaker's words end when the verb is none the lexicon knows: at a word that looks like one ("speaking", "announced").</summary>
    private static int EndOfNameBeforeVerbForm(QuestionWords w, int start)
    {
        for (int i = start + 1; i < w.Count; i++)
            if (LooksLikeVerb(w[i]) || ObjectPronouns.Contains(w[i])) return i;
        return w.Count;
    }

    /// <summary>An -ing or -ed form, or a word the lexicon knows as a verb: where the noun phrase before it ends.</summary>
    private static bool LooksLikeVerb(string word) =>
        IsVerb(word) || word.Length > 4 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal));

    private static int SkipAuxiliaries(QuestionWords w, int at)
    {
        while (at < w.Count && (w.IsOneOf(at, Auxiliaries) || w.IsOneOf(at, Adverbs) && !w.At(at, "all"))) at++;
        return at;
    }

    private static string? SpeakerBetween(QuestionWords w, int from, int to) => to > from ? w.Text(from, to) : null;

    /// <summary>Short, and no word that makes a clause: "the EB-5 program", "dr oz", not "the plan would fail".</summary>
    private static bool IsNounPhrase(QuestionWords w, int from)
    {
        if (w.Count - from is < 1 or > 5) return false;
        for (int i = from; i < w.Count; i++)
            if (w.IsOneOf(i, Auxiliaries) || w.IsOneOf(i, Clauses) || w.At(i, "not") || w.IsOneOf(i, Set("i", "we", "he", "she", "they", "you")) || IsVerb(w[i])) return false;
        return true;
    }

    private static readonly FrozenSet<string> Determiners = Set("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your");

    /// <summary>
    /// What a stance verb is aimed at: a noun phrase of a few words, whose nouns may be words the lexicon also knows
    /// as verbs after a determiner or possessive ("the hospital's offer", "her claim", "the call").
    /// </summary>
    private static bool IsObjectPhrase(QuestionWords w, int from)
    {
        if (w.Count - from is < 1 or > 6) return false;
        for (int i = from; i < w.Count; i++)
        {
            if (w.IsOneOf(i, Auxiliaries) || w.IsOneOf(i, Clauses) || w.At(i, "not") || w.IsOneOf(i, Set("i", "we", "he", "she", "they", "you"))) return false;
            if (IsVerb(w[i]) && !(i > from && (w.IsOneOf(i - 1, Determiners) || IsPossessive(w[i - 1])))) return false;
        }
        return true;
    }

    private static bool IsTheArticle(string speaker) => ArticleWords().IsMatch(speaker.ToLowerInvariant());

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal)
        || word is "his" or "her" or "their" or "its";

    /// <summary>"Kirby's" is Kirby, "his" is he.</summary>
    private static string? Possessor(string? owner)
    {
        if (owner is null) return null;
        var trimmed = owner.Trim();
        var lower = trimmed.ToLowerInvariant();
        if (lower is "his") return "he";
        if (lower is "her" or "hers") return "she";
        if (lower is "their" or "its") return "they";
        if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("\u2019s", StringComparison.Ordinal)) return trimmed[..^2];
        return trimmed;
    }

    private static Reading WithSpeaker(Reading reading, string? speaker)
    {
        if (speaker is null) return reading;
        var trimmed = speaker.Trim().Trim('"', '\'', '?', '.', ',');
        if (trimmed.Length == 0) return reading;
        if (IsPronounPhrase(trimmed)) return reading with { SpeakerIsPronoun = true, PronounGender = GenderOf(trimmed), Speaker = null };
        return reading with { Speaker = Possessor(trimmed) };
    }

    private static bool IsPronounPhrase(string? text)
    {
        if (text is null) return false;
        var words = Words.Tokens(text);
        if (words.Count == 1) return Pronouns.ContainsKey(words[0]) || words[0] is "it";
        return PronounPhrases.Any(p => p.SequenceEqual(words));
    }

    private static Gender GenderOf(string? pronoun) =>
        pronoun is not null && Words.Tokens(pronoun) is [var only] && Pronouns.TryGetValue(only, out var gender) ? gender
        : pronoun is not null && Words.Tokens(pronoun).Contains("woman") ? Gender.Female
        : pronoun is not null && Words.Tokens(pronoun).Contains("man") ? Gender.Male : Gender.Unknown;

    /// <summary>A medium named at the end ("… on Twitter", "in a statement") or by the verb ("tweeted").</summary>
    private static string? MediumAsked(QuestionWords w)
    {
        for (int i = 0; i < w.Count; i++)
            if (SpeechLexicon.MediumOf(w[i]) is not null) return MediumDetector.FromWords(w[i]);
        int end = w.Count;
        int at = Math.Max(0, end - 4);
        var tail = w.Folded(at);
        return TailMedium().IsMatch(tail) ? MediumDetector.FromWords(tail) : null;
    }

    // ---- cleaning -----------------------------------------------------------------------------

    private static readonly string[][] LeadIns =
    [
        ["hey"], ["hi"], ["ok"], ["okay"], ["so"], ["well"], ["please"], ["bot"], ["newsbot"], ["um"], ["now"], ["but"], ["also"], ["then"], ["oh"], ["alright"], ["right"],
        ["can", "you", "please", "tell", "me"], ["could", "you", "please", "tell", "me"], ["can", "you", "tell", "me"], ["could", "you", "tell", "me"], ["would", "you", "tell", "me"],
        ["can", "you", "show", "me"], ["could", "you", "show", "me"], ["can", "you", "find"], ["can", "you", "say"], ["please", "tell", "me"], ["tell", "me"], ["show", "me"], ["give", "me"],
        ["i", "want", "to", "know"], ["i'd", "like", "to", "know"], ["i", "would", "like", "to", "know"], ["do", "you", "know"], ["i", "wonder"], ["i", "wondered"], ["any", "idea"],
        ["let", "me", "know"], ["i'm", "curious"], ["quick", "question"], ["question"],
    ];

    private static readonly string[][] LongestLeadInsFirst = LeadIns.OrderByDescending(l => l.Length).ToArray();

    /// <summary>Polite openings and fillers dropped ("can you tell me", "ok so", "hey"); a leading "and" is remembered: "and Trump?" asks again.</summary>
    private static QuestionWords WithoutLeadIns(QuestionWords w, out bool leadingAnd, out string? lead)
    {
        leadingAnd = false;
        lead = null;
        for (bool changed = true; changed && w.Count > 0;)
        {
            changed = false;
            if (w.At(0, "and") && w.Count > 1)
            {
                leadingAnd = true;
                w = w.Slice(1);
                changed = true;
                continue;
            }
            // "tell me about X" and "tell me more" keep their words: they are requests of their own
            if (w.At(0, "tell", "me", "about") || w.At(0, "tell", "me", "more")) break;
            foreach (var leadIn in LongestLeadInsFirst)
            {
                if (!w.At(0, leadIn) || w.Count <= leadIn.Length) continue;
                lead = string.Join(' ', leadIn);
                w = w.Slice(leadIn.Length);
                changed = true;
                break;
            }
        }
        return w;
    }

    private static readonly string[][] Tails =
    [
        ["please"], ["thanks"], ["in", "the", "article"], ["in", "this", "article"], ["in", "the", "story"], ["in", "this", "story"], ["in", "this", "one"],
        ["in", "the", "piece"], ["in", "this", "piece"], ["in", "the", "text"], ["here"], ["exactly"], ["again"], ["in", "all"], ["in", "total"], ["overall"],
    ];

    private static QuestionWords WithoutTail(QuestionWords w)
    {
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (var tail in Tails)
                if (w.Count > tail.Length + 1 && w.At(w.Count - tail.Length, tail))
                {
                    w = w.Slice(0, tail.Length);
                    changed = true;
                }
        }
        return w;
    }

    /// <summary>Words the user put between quotation marks (any style), when there are some.</summary>
    private static string? QuotedPart(string text)
    {
        var m = QuotedText().Match(text);
        return m.Success ? m.Groups["words"].Value.Trim() : null;
    }

    [GeneratedRegex("[\"\u201c\u201d\u201e](?<words>[^\"\u201c\u201d\u201e]{3,})[\"\u201c\u201d\u201e]")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"^(?:what (?:is|was) (?:this|the|it|that) (?:article |story |piece |text |news |report )?(?:about|on)|what (?:is|was) (?:this|it) about|what (?:is|was) the (?:article|story|piece|news|gist|summary|point)|what does (?:the|this) (?:article|story|piece) (?:say|cover|tell us)|(?:give me )?(?:a |the )?(?:summary|gist|overview|tl ?dr)(?: of (?:the|this) (?:article|story|piece))?|summari[sz]e(?: (?:the|this|it)(?: article| story| piece)?)?|sum (?:it|this) up|what happened|what is going on|what is the story|what are the main points|what are the key points)$")]
    private static partial Regex SummaryPattern();

    [GeneratedRegex(@"^(?:the |this |that )?(?:article|story|piece|report|text|paper|news)$")]
    private static partial Regex ArticleWords();

    [GeneratedRegex(@"\b(?:on|in|via|through) (?:a |an |the |his |her |their )?(?:twitter|facebook|instagram|statement|interview|tweet|post|press conference|news conference|briefing|speech|letter|email|op-ed|column|radio|television|tv|podcast|blog)\b")]
    private static partial Regex TailMedium();
}
