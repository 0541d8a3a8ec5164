using System.Text;
using NewsBot.Dialogs.Index;
using static NewsBot.Dialogs.Conversation.Wording;
using NewsBot.Dialogs.Language;

namespace NewsBot.Dialogs.Conversation;

/// <summary>
/// Answers one question from the index and the conversation's memory. Pure C#: no Bot Framework
/// types, so it is tested and reused without a turn context.
/// </summary>
public sealed class QuestionAnswerer
{
    public const int PageSize = 5;
    private const double FragmentThreshold = 0.5;
    private const double PassageThreshold = 0.6;
    private const int MentionSentences = 3;
    private const double ClosestThreshold = 0.3;

    private readonly IQuoteIndex _index;
    private readonly SpeakerResolver _resolver;
    private readonly QuoteFormatter _format;
    private readonly HelpText _help;

    public QuestionAnswerer(IQuoteIndex index)
    {
        _index = index;
        _resolver = new SpeakerResolver(index);
        _format = new QuoteFormatter(index);
        _help = new HelpText(index);
    }

    public Answer Welcome() => _help.Welcome();

    public Answer Answer(string question, ConversationMemory memory)
    {
        memory.Turns++;
        var intent = Recognizer.Recognize(question);
        if (memory.Pending is { } pending)
        {
            // A bare name answers the pending "which one?"; a new question simply moves on.
            memory.Pending = null;
            var chosen = intent.Kind == IntentKind.Unknown ? PickOption(question, pending) : null;
            if (chosen is not null)
                return AboutSpeaker(new Intent(Enum.Parse<IntentKind>(pending.Intent), chosen.Speaker.Name, Topic: pending.Topic, Medium: pending.Medium),
                    new Resolution.Found(_resolver.SamePerson(chosen)), memory);
        }
        return intent.Kind switch
        {
            IntentKind.Help => _help.Help(),
            IntentKind.Greeting => _help.Greeting(),
            IntentKind.Thanks => Plain("You're welcome! Ask me another question, or type **help**."),
            IntentKind.More => More(memory),
            IntentKind.WhoSaid => WhoSaid(intent.Fragment ?? "", memory),
            IntentKind.WhoQuoted => WhoQuoted(),
            IntentKind.WhoTalkedAbout => WhoTalkedAbout(intent.Topic ?? "", memory),
            IntentKind.WhoUsedMedium => WhoUsedMedium(intent.Medium ?? "Twitter", memory),
            IntentKind.HowManySpeakers => HowManySpeakers(),
            IntentKind.HowManyQuotes when intent.Name == "" => HowManyQuotes(),
            IntentKind.Unknown => Unrecognised(intent.Fragment ?? question, memory),
            IntentKind.WhatSaid when _resolver.ResolveSeveral(intent.Name) is { Count: > 1 } people => WhatSaidSeveral(people, intent, memory),
            _ => AboutSpeaker(intent, _resolver.Resolve(intent.Name, memory), memory),
        };
    }

    /// <summary>What someone said, as for "what did NAME say?" (used to go on with a speaker quoted in many articles).</summary>
    public Answer QuotesBy(string name, ConversationMemory memory) =>
        AboutSpeaker(new Intent(IntentKind.WhatSaid, name), _resolver.Resolve(name, memory), memory);

    private static Answer Plain(string markdown) => Conversation.Answer.Plain(markdown);

    private SpeakerRef? PickOption(string reply, PendingQuestion pending)
    {
        var options = pending.SpeakerKeys.Select(_index.SpeakerByKey).OfType<SpeakerRef>().ToList();
        var scored = options.Select(o => (Option: o, Score: NameMatcher.Score(reply, o.Speaker.Name))).OrderByDescending(x => x.Score).ToList();
        if (scored.Count == 0 || scored[0].Score < 0.5) return null;
        if (scored.Count > 1 && scored[1].Score >= scored[0].Score - 0.01) return null;
        return scored[0].Option;
    }

    private Answer AboutSpeaker(Intent intent, Resolution resolution, ConversationMemory memory) => resolution switch
    {
        Resolution.Found found => intent.Kind switch
        {
            IntentKind.WhoIs => WhoIs(found, memory),
            IntentKind.WhereSaid => WhereSaid(found, intent, memory),
            IntentKind.HowManyQuotes => HowManyQuotesBy(found, memory),
            IntentKind.WhatElse => WhatSaid(found, intent, memory, continuing: true),
            _ => WhatSaid(found, intent, memory, continuing: false),
        },
        Resolution.Ambiguous ambiguous => AskWhich(ambiguous, intent, memory),
        Resolution.OnlyInText inText => MentionedInTextOnly(inText),
        Resolution.NotFound notFound => NoOneNamed(notFound.Typed),
        _ => throw new InvalidOperationException("unknown resolution"),
    };

    // ---- speakers -------------------------------------------------------------------------

    private Answer WhatSaid(Resolution.Found found, Intent intent, ConversationMemory memory, bool continuing)
    {
        var main = found.Main;
        Remember(memory, main);
        if (!found.IsQuoted) return MentionedNotQuoted(main);

        var all = found.Speakers.SelectMany(_index.QuotesBy).ToList();
        var notes = new StringBuilder();
        var chosen = Narrow(all, intent, notes);
        var shown = memory.ShownBySpeaker.TryGetValue(main.Key, out var list) ? list : memory.ShownBySpeaker[main.Key] = [];
        if (!continuing) shown.Clear();
        var fresh = chosen.Where(q => !shown.Contains(q.Key)).ToList();
        var sb = new StringBuilder();
        if (continuing && fresh.Count == 0)
        {
            sb.Append($"That's everything {QuoteFormatter.NameWithRole(main)} says here; {Count(all.Count, "quote")} in all:");
            fresh = all;
        }
        else
        {
            sb.Append(notes);
            sb.Append(continuing ? $"{QuoteFormatter.NameWithRole(main)} also said:" : $"{QuoteFormatter.NameWithRole(main)} said:");
        }
        return ListQuotes(sb, fresh, memory, shown, bySpeaker: false, cardTitle: $"What {main.Speaker.Name} said");
    }

    /// <summary>"What did Trump and Clinton say?": each person's quotes in turn.</summary>
    private Answer WhatSaidSeveral(IReadOnlyList<Resolution.Found> people, Intent intent, ConversationMemory memory)
    {
        var sb = new StringBuilder();
        var views = new List<QuoteView>();
        memory.LastQuoteKeys = [];
        foreach (var person in people)
        {
            if (sb.Length > 0) sb.Append("\n\n");
            if (!person.IsQuoted)
            {
                sb.Append($"{QuoteFormatter.NameWithRole(person.Main)} is mentioned but not quoted.");
                continue;
            }
            var quotes = Narrow(person.Speakers.SelectMany(_index.QuotesBy).ToList(), intent, sb).Take(PageSize).ToList();
            sb.Append($"{QuoteFormatter.NameWithRole(person.Main)} said:");
            foreach (var quote in quotes) sb.Append('\n').Append(_format.Bullet(quote));
            views.AddRange(quotes.Select(_format.View));
            memory.LastQuoteKeys.AddRange(quotes.Select(q => q.Key));
        }
        memory.LastSpeakerKey = null;
        memory.MoreQuoteKeys = [];
        return new Answer(sb.ToString(), views, [], "What they said");
    }

    /// <summary>Only the quotes about the asked topic or through the asked medium, when there are such.</summary>
    private List<QuoteRef> Narrow(List<QuoteRef> quotes, Intent intent, StringBuilder notes)
    {
        var result = quotes;
        if (intent.Topic is { } topic)
        {
            var about = _index.FindQuotesAbout(topic, int.MaxValue).Select(m => m.Quote.Key).ToHashSet();
            var onTopic = result.Where(q => about.Contains(q.Key)).ToList();
            if (onTopic.Count > 0) result = onTopic;
            else notes.Append($"Nothing they said is about {QuoteFormatter.Quoted(Echo(topic))}; here is everything. ");
        }
        if (intent.Medium is { } medium)
        {
            var through = result.Where(q => MediumDetector.SameMedium(QuoteFormatter.MediumOf(q), medium)).ToList();
            if (through.Count > 0) result = through;
        }
        return result;
    }

    private Answer ListQuotes(StringBuilder sb, List<QuoteRef> quotes, ConversationMemory memory, List<string>? shown, bool bySpeaker, string cardTitle)
    {
        var page = quotes.Take(PageSize).ToList();
        foreach (var quote in page) sb.Append('\n').Append(bySpeaker ? "- " + _format.Line(quote) : _format.Bullet(quote));
        memory.MoreQuoteKeys = quotes.Skip(PageSize).Select(q => q.Key).ToList();
        memory.LastQuoteKeys = page.Select(q => q.Key).ToList();
        shown?.AddRange(page.Select(q => q.Key).Where(k => !shown.Contains(k)).ToList());
        if (memory.MoreQuoteKeys.Count > 0) sb.Append($"\n\n{Count(memory.MoreQuoteKeys.Count, "more quote")}: say **more**.");
        return new Answer(sb.ToString(), page.Select(_format.View).ToList(), memory.MoreQuoteKeys.Count > 0 ? ["more"] : [], cardTitle);
    }

    private Answer More(ConversationMemory memory)
    {
        var quotes = memory.MoreQuoteKeys.Select(_index.QuoteByKey).OfType<QuoteRef>().ToList();
        if (quotes.Count == 0) return Plain("That's all I have for that question. Ask another, or type **help**.");
        var speaker = quotes[0].SpeakerRef;
        var shown = speaker is null ? null : memory.ShownBySpeaker.GetValueOrDefault(speaker.Key);
        return ListQuotes(new StringBuilder("More:"), quotes, memory, shown, bySpeaker: true, cardTitle: "More quotes");
    }

    private Answer WhoIs(Resolution.Found found, ConversationMemory memory)
    {
        var main = found.Main;
        Remember(memory, main);
        var roles = found.Speakers.SelectMany(s => s.Speaker.Roles).Where(r => !string.IsNullOrWhiteSpace(r))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var sb = new StringBuilder(Markdown.Bold(main.Speaker.Name));
        sb.Append(roles.Count > 0 ? ": " + string.Join("; ", roles.Select(Markdown.Escape)) + "." : main.Speaker.Kind switch
        {
            Quotes.SpeakerKind.Organization => " is an organisation the article names; it gives no further role.",
            Quotes.SpeakerKind.Group => " is a group the article names; it gives no further role.",
            _ => ": the article gives no role or title.",
        });
        int count = found.Speakers.Sum(s => s.Speaker.QuoteCount);
        sb.Append(count > 0 ? $" Quoted {Times(count)}{InArticles(found.Speakers)}." : " Mentioned, but not quoted in this article.");
        var first = main.Speaker.FirstMention;
        var sentence = QuoteFormatter.SentenceAt(main.Article.Article, first.Start);
        if (sentence is not null) sb.Append($"\n\nThe article introduces them: {_format.Passage(main.Article, sentence)}");
        return Plain(sb.ToString());
    }

    private Answer WhereSaid(Resolution.Found found, Intent intent, ConversationMemory memory)
    {
        var main = found.Main;
        Remember(memory, main);
        if (!found.IsQuoted) return MentionedNotQuoted(main);
        var theirs = found.Speakers.SelectMany(_index.QuotesBy).ToList();
        var recent = theirs.Where(q => memory.LastQuoteKeys.Contains(q.Key)).ToList();
        var quotes = intent.RefersBack && recent.Count > 0 ? recent : theirs;
        var sb = new StringBuilder($"Where {QuoteFormatter.NameWithRole(main)} said it:");
        foreach (var quote in quotes.Take(PageSize))
        {
            var medium = QuoteFormatter.MediumOf(quote);
            var how = medium is null
                ? $"the article doesn't say where (it reports: {Markdown.Escape(SpeakerVerb(quote))})"
                : Markdown.Escape(QuoteFormatter.OnMedium(medium));
            sb.Append($"\n- {how}: {QuoteFormatter.QuoteText(quote.Quote)} {_format.Where(quote.Article, quote.Quote.Paragraph)}");
        }
        memory.LastQuoteKeys = quotes.Select(q => q.Key).ToList();
        return new Answer(sb.ToString(), quotes.Take(PageSize).Select(_format.View).ToList(), [], $"Where {main.Speaker.Name} said it");
    }

    private static string SpeakerVerb(QuoteRef quote) =>
        string.IsNullOrWhiteSpace(quote.Quote.Cue) ? "said" : $"{QuoteFormatter.SpeakerName(quote)} {quote.Quote.Cue.Trim()}";

    private Answer HowManyQuotesBy(Resolution.Found found, ConversationMemory memory)
    {
        Remember(memory, found.Main);
        int count = found.Speakers.Sum(s => s.Speaker.QuoteCount);
        return Plain(count == 0
            ? $"{QuoteFormatter.NameWithRole(found.Main)} is mentioned but not quoted in this article."
            : $"{QuoteFormatter.NameWithRole(found.Main)} is quoted {Times(count)}{InArticles(found.Speakers)}. Ask **what did they say?** to see the quotes.");
    }

    private Answer AskWhich(Resolution.Ambiguous ambiguous, Intent intent, ConversationMemory memory)
    {
        memory.Pending = new PendingQuestion
        {
            Intent = intent.Kind.ToString(), Topic = intent.Topic, Medium = intent.Medium,
            SpeakerKeys = ambiguous.Options.Select(o => o.Key).ToList(),
        };
        var options = ambiguous.Options.Select(QuoteFormatter.NameWithRole);
        return new Answer($"{QuoteFormatter.Quoted(Echo(ambiguous.Typed))} could be {JoinOr(options)}. Which one do you mean?",
            [], ambiguous.Options.Select(o => o.Speaker.Name).Distinct().ToList());
    }

    private Answer MentionedNotQuoted(SpeakerRef speaker) => MentionedOnly(
        QuoteFormatter.NameWithRole(speaker), "this article",
        [(speaker.Article, [speaker.Speaker.Name, .. speaker.Speaker.Aliases])]);

    private Answer MentionedInTextOnly(Resolution.OnlyInText inText) => MentionedOnly(
        Markdown.Bold(AsName(inText.Typed)),
        _index.ArticlesInPlay == 1 ? "this article" : JoinAnd(inText.Mentions.Select(m => QuoteFormatter.Quoted(m.Article.Title))),
        inText.Mentions.Select(m => (m.Article, (IReadOnlyList<string>)[inText.Typed])).ToList());

    /// <summary>"X is mentioned but not quoted", with the article's sentences that name them.</summary>
    private Answer MentionedOnly(string who, string where, IReadOnlyList<(IndexedArticle Article, IReadOnlyList<string> Names)> mentions)
    {
        var sb = new StringBuilder($"{who} is mentioned but not quoted in {where}.");
        var passages = mentions
            .SelectMany(m => QuoteFormatter.SentencesNaming(m.Article.Article, m.Names, MentionSentences).Select(s => _format.Passage(m.Article, s)))
            .Distinct().Take(MentionSentences).ToList();
        if (passages.Count > 0) sb.Append(" The article mentions them here:");
        foreach (var passage in passages) sb.Append("\n- ").Append(passage);
        sb.Append("\n\n").Append(QuotedPeopleHint().Trim());
        return Plain(sb.ToString());
    }

    private Answer NoOneNamed(string? typed) => typed is null
        ? Plain("I'm not sure who you mean: ask about someone by name first, for example **who is quoted?**")
        : Plain($"No one named {Markdown.Bold(AsName(typed))} appears in {(_index.ArticlesInPlay == 1 ? "this article" : "the articles I have")}.{QuotedPeopleHint()}");

    private string QuotedPeopleHint()
    {
        var quoted = _index.Speakers.Where(s => s.Speaker.IsQuoted).Select(s => s.Speaker.Name).Distinct().ToList();
        return quoted.Count == 0 ? " I found no quotes to offer instead." : $" The people quoted are {JoinAnd(quoted.Select(Markdown.Escape))}.";
    }

    private static void Remember(ConversationMemory memory, SpeakerRef speaker) => memory.LastSpeakerKey = speaker.Key;

    // ---- quotes -----------------------------------------------------------------------------

    private Answer WhoSaid(string fragment, ConversationMemory memory)
    {
        if (Words.Keys(fragment, keepStopWords: true).Count == 0)
            return Plain("Who said what? Give me a few words of the quote, for example **who said \"...\"**.");
        var matches = _index.FindQuotes(fragment, 5).Where(m => m.Score >= FragmentThreshold).ToList();
        if (matches.Count == 0) return NotFoundInQuotes(fragment);
        var best = matches[0];
        var others = matches.Skip(1).Where(m => m.Score >= best.Score - 0.15).ToList();
        var sb = new StringBuilder(_format.Line(best.Quote));
        if (best.Quote.Speaker is null) sb.Append("\n\nThe article does not name who said it.");
        if (QuoteFormatter.Context(best.Quote) is { } context) sb.Append($"\n\nIn the article: {QuoteFormatter.Quoted(context)}");
        if (others.Count > 0)
        {
            sb.Append("\n\nOther possible matches, less close:");
            foreach (var other in others) sb.Append($"\n- {QuoteFormatter.QuoteText(other.Quote.Quote)}, from {_format.NameWithRole(other.Quote)} {_format.Where(other.Quote.Article, other.Quote.Quote.Paragraph)}");
        }
        if (best.Quote.SpeakerRef is { } speaker) Remember(memory, speaker);
        memory.LastQuoteKeys = [best.Quote.Key];
        memory.MoreQuoteKeys = [];
        return new Answer(sb.ToString(), matches.Take(1 + others.Count).Select(m => _format.View(m.Quote)).ToList(), [], "Who said it");
    }

    private Answer NotFoundInQuotes(string fragment)
    {
        var passages = _index.FindPassages(fragment, 2).Where(p => p.Score >= PassageThreshold).ToList();
        if (passages.Count == 0)
        {
            var closest = _index.FindQuotes(fragment, 1).FirstOrDefault(m => m.Score >= ClosestThreshold);
            return closest is null
                ? Plain($"I couldn't find anyone saying {QuoteFormatter.Quoted(Echo(fragment))}.{QuotedPeopleHint()} Try a few exact words from a quote.")
                : new Answer($"No one says quite {QuoteFormatter.Quoted(Echo(fragment))}. The closest quote:\n\n{_format.Line(closest.Quote)}",
                    [_format.View(closest.Quote)], [], "Closest quote");
        }
        var sb = new StringBuilder("I couldn't find those words in any quote I can attribute, but the article says:");
        foreach (var p in passages) sb.Append("\n- ").Append(_format.Passage(p.Article, p.Sentence));
        return Plain(sb.ToString());
    }

    private Answer WhoQuoted()
    {
        var sb = new StringBuilder();
        foreach (var article in _index.Articles)
        {
            var quoted = _index.Speakers.Where(s => s.Article == article && s.Speaker.IsQuoted).ToList();
            var mentioned = _index.Speakers.Where(s => s.Article == article && !s.Speaker.IsQuoted).Select(s => Markdown.Escape(s.Speaker.Name)).ToList();
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(_index.ArticlesInPlay > 1 ? $"In {QuoteFormatter.Quoted(article.Title)}:" : "Quoted in this article:");
            if (quoted.Count == 0) sb.Append(" no one (I found no quotes).");
            foreach (var s in quoted) sb.Append($"\n- {QuoteFormatter.NameWithRole(s)}: {Times(s.Speaker.QuoteCount)}");
            if (mentioned.Count > 0) sb.Append($"\n\nMentioned but not quoted: {JoinAnd(mentioned)}.");
        }
        return Plain(sb.Length == 0 ? "I have no articles loaded." : sb.ToString());
    }

    private Answer WhoTalkedAbout(string topic, ConversationMemory memory)
    {
        if (Words.Keys(topic).Count == 0) return Plain("About what? For example **who talked about the economy?**");
        var matches = _index.FindQuotesAbout(topic, 50);
        if (matches.Count == 0)
        {
            var passages = _index.FindPassages(topic, 2).Where(p => p.Score >= FragmentThreshold).ToList();
            if (passages.Count == 0) return Plain($"No one in the article talks about {QuoteFormatter.Quoted(Echo(topic))}.{QuotedPeopleHint()}");
            var text = new StringBuilder($"No quote is about {QuoteFormatter.Quoted(Echo(topic))}, but the article mentions it:");
            foreach (var p in passages) text.Append("\n- ").Append(_format.Passage(p.Article, p.Sentence));
            return Plain(text.ToString());
        }
        // Best quote of each speaker, best speakers first.
        var bySpeaker = matches.GroupBy(m => m.Quote.SpeakerRef?.Key ?? SpeakerKeyless(m.Quote)).Select(g => g.First().Quote).ToList();
        if (bySpeaker[0].SpeakerRef is { } first) Remember(memory, first);
        return ListQuotes(new StringBuilder($"Who talked about {QuoteFormatter.Quoted(Echo(topic))}:"), bySpeaker, memory, null, bySpeaker: true, cardTitle: $"About {Echo(topic)}");
    }

    private static string SpeakerKeyless(QuoteRef quote) => quote.Article.Key + "#" + quote.Quote.SpeakerName;

    private Answer WhoUsedMedium(string medium, ConversationMemory memory)
    {
        var quotes = _index.AllQuotes.Where(q => MediumDetector.SameMedium(QuoteFormatter.MediumOf(q), medium)).ToList();
        if (quotes.Count == 0) return Plain($"No one in the article is reported speaking {Markdown.Escape(QuoteFormatter.OnMedium(medium))}.{QuotedPeopleHint()}");
        var bySpeaker = quotes.GroupBy(q => q.SpeakerRef?.Key ?? SpeakerKeyless(q)).Select(g => g.First()).ToList();
        if (bySpeaker[0].SpeakerRef is { } first) Remember(memory, first);
        var names = JoinAnd(bySpeaker.Select(q => Markdown.Escape(QuoteFormatter.SpeakerName(q))).Distinct());
        return ListQuotes(new StringBuilder($"{names} {(bySpeaker.Count == 1 ? "is" : "are")} reported speaking {Markdown.Escape(QuoteFormatter.OnMedium(medium))}:"),
            bySpeaker, memory, null, bySpeaker: true, cardTitle: QuoteFormatter.OnMedium(medium));
    }

    private Answer HowManyQuotes()
    {
        int quotes = _index.AllQuotes.Count;
        int speakers = _index.Speakers.Count(s => s.Speaker.IsQuoted);
        return Plain($"I found {Count(quotes, "quote")} from {Count(speakers, "speaker")}{ArticlesSuffix()}. Ask **who was quoted?** for the list.");
    }

    private Answer HowManySpeakers()
    {
        var quoted = _index.Speakers.Where(s => s.Speaker.IsQuoted).Select(s => Markdown.Escape(s.Speaker.Name)).Distinct().ToList();
        int mentioned = _index.Speakers.Count(s => !s.Speaker.IsQuoted);
        var list = quoted.Count > 0 ? $": {JoinAnd(quoted)}" : "";
        return Plain($"{Count(quoted.Count, "person or organisation", "people or organisations")} quoted{ArticlesSuffix()}{list}. {Count(mentioned, "other is", "others are")} mentioned without being quoted.");
    }

    private string ArticlesSuffix() => _index.ArticlesInPlay == 1 ? " in this article" : $" across {_index.ArticlesInPlay} articles";

    private Answer Unrecognised(string text, ConversationMemory memory)
    {
        if (text.Length == 0) return _help.Help();
        var words = Words.Tokens(text);
        if (words.Count <= 4)
        {
            var names = _index.FindSpeakers(text);
            if (names.Count > 0 && names[0].Score >= 0.6)
                return AboutSpeaker(new Intent(IntentKind.WhatSaid, text), _resolver.Resolve(text, memory), memory);
        }
        if (Words.Keys(text).Count >= 2)
        {
            var matches = _index.FindQuotes(text, 1);
            if (matches.Count > 0 && matches[0].Score >= 0.75) return WhoSaid(text, memory);
        }
        return _help.NotUnderstood();
    }

    private string InArticles(IReadOnlyList<SpeakerRef> speakers) =>
        _index.ArticlesInPlay == 1 ? " in this article" : $" in {JoinAnd(speakers.Select(s => QuoteFormatter.Quoted(s.Article.Title)).Distinct())}";
}
