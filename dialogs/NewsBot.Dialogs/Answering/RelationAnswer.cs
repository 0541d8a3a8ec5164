using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;
using NewsBot.Dialogs.Understanding;
using NewsBot.Quotes;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// "Who disagreed with her?", "who pushed back on the mayor?", "who agreed with Adler?", "who responded
/// to the governor?": the person named (or focused) is the object, and the answer is everyone else whose
/// quote the article sets against them: a setting (<see cref="QuoteSetting"/>) that names them and carries
/// the stance asked, else one that carries the stance, else the other side's quotes on the subject of theirs.
/// A setting that leans the other way ("agreed with" for "who disagreed") counts against.
/// </summary>
public sealed class RelationAnswer
{
    private const double NamesWeight = 1.0;
    private const double StanceWeight = 0.6;
    private const double OppositeWeight = 0.8;

    /// <summary>A stance aimed at the target the other way ("agreed with Adler", asked who disagreed) outweighs naming them.</summary>
    private const double AimedOppositeWeight = 1.2;
    private const double SubjectWeight = 0.4;

    /// <summary>A quote in an article all about the target names them only by being there: half a naming.</summary>
    private const double MainSubjectWeight = 0.5;

    /// <summary>Asked who responded: a quote in the paragraph after theirs counts this much.</summary>
    private const double AfterWeight = 0.3;

    /// <summary>A score a quote needs to be named as a reaction at all.</summary>
    private const double Floor = 0.5;

    /// <summary>Others are named beside the best when they reach this share of its score.</summary>
    private const double AlsoShare = 0.6;

    /// <summary>A person named in this share of an article's paragraphs is what the whole article is about: every quote in it is about them.</summary>
    private const double MainSubjectShare = 0.25;

    private const int TheirQuotesRead = 5;

    /// <summary>Someone a stance is aimed at: how the article names them, and (when a speaker) their quotes and organisation.</summary>
    private sealed record Target(string Name, HashSet<string> Words, IReadOnlyList<SpeakerRef> Refs, string? Organisation);

    /// <summary>The answer, or null when the object is no person the articles name (a topic: "who criticised the plan?").</summary>
    public Answer? Answer(Turn turn)
    {
        var r = turn.Reading;
        Target? target;
        if (r.ObjectIsPronoun)
        {
            target = turn.People.ResolvePronoun(r.ObjectGender, turn.Memory) switch
            {
                Resolution.Found found => TargetOf(found),
                Resolution.OnlyInText inText => TargetOf(inText),
                _ => null,
            };
            if (target is null) return SpeakerReplies.NoOneNamed(turn, null);
        }
        else
        {
            target = turn.People.Resolve(r.Object!) switch
            {
                Resolution.Found found when NamesThePerson(r.Object!, found) => TargetOf(found),
                Resolution.OnlyInText inText => TargetOf(inText),
                _ => null,
            };
            if (target is null) return null;
        }
        return Answer(turn, target);
    }

    private Answer Answer(Turn turn, Target target)
    {
        var r = turn.Reading;
        var theirs = target.Refs.Select(turn.People.PersonKey).ToHashSet();
        var articles = target.Refs.Count > 0 ? target.Refs.Select(s => s.Article.Key).ToHashSet() : turn.Index.Articles.Select(a => a.Key).ToHashSet();
        var candidates = turn.Index.AllQuotes
            .Where(q => articles.Contains(q.Article.Key) && !theirs.Contains(WhoSaidAnswer.PersonOf(turn, q)) && !NamedAsTarget(q, target) && !SameSide(q, target, r.Stance))
            .Take(AnswerThresholds.MostCandidates * 5).ToList();
        var theirQuotes = turn.Index.AllQuotes.Where(q => articles.Contains(q.Article.Key) && (theirs.Contains(WhoSaidAnswer.PersonOf(turn, q)) || NamedAsTarget(q, target))).ToList();
        var theirKeys = theirQuotes.Take(TheirQuotesRead).SelectMany(q => ContentKeys(q.Quote.Text)).ToHashSet(StringComparer.Ordinal);
        var side = SideOf(theirQuotes);
        var mainSubject = new Dictionary<string, bool>();
        var scored = new List<(QuoteRef Quote, double Score)>();
        foreach (var quote in candidates)
        {
            turn.Cancellation.ThrowIfCancellationRequested();
            var setting = QuoteSetting.Of(quote);
            double names = setting.Names(target.Words) ? NamesWeight : IsMainSubject(quote.Article, target, mainSubject) ? MainSubjectWeight : 0;
            double after = r.Stance == Stance.Response && RightAfter(quote, theirQuotes) ? AfterWeight : 0;
            double score = names + Lean(r.Stance, setting, target, side) + SubjectWeight * SubjectOf(quote, theirKeys) + after;
            if (score > 0) scored.Add((quote, score));
        }
        var people = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Quote.Quote.Span.Start)
            .GroupBy(s => WhoSaidAnswer.PersonOf(turn, s.Quote)).Select(g => g.First()).ToList();
        var name = Markdown.Bold(target.Name);
        var relation = r.Relation ?? Said(r.Stance);
        if (people.Count == 0 || people[0].Score < Floor)
            return people.Count > 0 ? OnTheSubject(turn, target, people.Take(AnswerThresholds.MostSpeakers).Select(p => p.Quote).ToList(), relation)
                : Conversation.Answer.Plain($"I found no one in {(turn.Index.ArticlesInPlay == 1 ? "this article" : "these articles")} who {Markdown.Escape(relation)} {name}.{SpeakerReplies.QuotedPeopleHint(turn.Index)}");
        double floor = Math.Max(Floor, people[0].Score * AlsoShare);
        var chosen = people.TakeWhile(p => p.Score >= floor).Take(AnswerThresholds.MostSpeakers).Select(p => p.Quote).ToList();
        Remember(turn, chosen);
        var who = JoinAnd(chosen.Select(q => Markdown.Bold(QuoteFormatter.SpeakerName(q))).Distinct());
        var text = new AnswerText(turn.Format).Lead($"{who} {Markdown.Escape(relation)} {name}:");
        foreach (var quote in chosen) text.Quote(quote, withSpeaker: true);
        var first = QuoteSetting.Of(chosen[0]);
        if (first.Sentences.Count > 0 && first.Text.Length > chosen[0].Quote.Text.Length + 12) text.Evidence($"In the article: {QuoteFormatter.Quoted(first.Text)}");
        return text.Build(cardTitle: $"Who {relation} {target.Name}");
    }

    /// <summary>No one is set against them in so many words: the others who spoke on what they spoke about.</summary>
    private static Answer OnTheSubject(Turn turn, Target target, IReadOnlyList<QuoteRef> quotes, string relation)
    {
        Remember(turn, quotes);
        var names = JoinAnd(quotes.Select(q => Markdown.Bold(QuoteFormatter.SpeakerName(q))).Distinct());
        var text = new AnswerText(turn.Format)
            .Lead($"No one is reported as having {Markdown.Escape(relation)} {Markdown.Bold(target.Name)} in so many words; on the same subject, {names}:");
        foreach (var quote in quotes) text.Quote(quote, withSpeaker: true);
        return text.Build(cardTitle: "On the same subject");
    }

    private static void Remember(Turn turn, IReadOnlyList<QuoteRef> chosen)
    {
        foreach (var quote in chosen.Reverse())
            turn.FocusOnSpeakerOf(quote);
        turn.Memory.Showed(chosen.Select(q => q.Key), []);
        turn.Memory.Answered(new LastQuestion { Ask = nameof(Ask.WhoSaid), Verb = turn.Reading.Verb, SpeakerKeys = chosen.Select(q => WhoSaidAnswer.PersonOf(turn, q)).Distinct().ToList() });
    }

    private static string Said(Stance stance) => stance switch
    {
        Stance.For => "sided with",
        Stance.Against => "pushed back on",
        _ => "responded to",
    };

    /// <summary>
    /// How much a quote's setting leans the way asked towards the target. A stance aimed at them ("agreed with
    /// Adler") says it outright, either way. Else, when the article says which side the target takes ("defended
    /// the decision"), the same side agrees with them and the other side disagrees ("voted against the plan");
    /// else any stance the way asked counts, one the other way counts against.
    /// </summary>
    private static double Lean(Stance asked, QuoteSetting setting, Target target, Stance side)
    {
        var aimed = setting.AimedAt(target.Words);
        if (aimed.Count > 0)
            return aimed.Any(s => Stances.Answers(asked, s)) ? StanceWeight : aimed.Contains(Stances.Opposite(asked)) ? -AimedOppositeWeight : 0;
        var stances = setting.Stances;
        if (stances.Count == 0) return 0;
        if (asked == Stance.Response) return StanceWeight;
        if (side != Stance.None)
        {
            bool same = stances.Contains(side), other = stances.Contains(Stances.Opposite(side));
            bool agrees = asked == Stance.For;
            if (agrees ? same : other) return StanceWeight;
            return (agrees ? other : same) ? -OppositeWeight : 0;
        }
        if (stances.Any(s => Stances.Answers(asked, s))) return StanceWeight;
        return stances.Contains(Stances.Opposite(asked)) ? -OppositeWeight : 0;
    }

    /// <summary>The side the target's own quotes take (for or against), when the article sets them one way only.</summary>
    private static Stance SideOf(IReadOnlyList<QuoteRef> theirs)
    {
        var sides = theirs.Take(TheirQuotesRead).SelectMany(q => QuoteSetting.Of(q).Stances).Where(s => s is Stance.For or Stance.Against).Distinct().ToList();
        return sides is [var only] ? only : Stance.None;
    }

    /// <summary>"The mayor", "Adler", "the district attorney" name the person found; "the mayor's plan" is a thing of theirs, a topic.</summary>
    private static bool NamesThePerson(string typed, Resolution.Found found)
    {
        var words = NameMatcher.NameWords(typed);
        if (words.Count == 0) return false;
        var last = words[^1];
        if (Words.Tokens(typed) is { Count: > 0 } tokens && tokens[^1].EndsWith("'s", StringComparison.Ordinal)) return true;
        return found.Speakers.Any(s => QuoteSetting.SpeakerWords(s.Speaker).Contains(last) || NameMatcher.NameWords(s.Speaker.Name).Contains(last)
            || s.Speaker.Roles.SelectMany(Words.Tokens).Any(r => r == last || EditDistance.IsClose(last, r)));
    }

    private static Target TargetOf(Resolution.Found found)
    {
        var main = found.Main;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in found.Speakers)
        {
            words.UnionWith(QuoteSetting.SpeakerWords(s.Speaker));
            words.UnionWith(RoleNouns(s.Speaker));
        }
        return new Target(main.Speaker.Name, words, found.Speakers, Organisation(main.Speaker));
    }

    private static Target TargetOf(Resolution.OnlyInText inText)
    {
        var words = NameMatcher.NameWords(inText.Typed);
        return new Target(Wording.AsName(inText.Typed), words.Count > 0 ? [words[^1]] : [], [], null);
    }

    /// <summary>The nouns of a person's roles that name them in a sentence ("the mayor's claim", "the prosecutor").</summary>
    private static IEnumerable<string> RoleNouns(Speaker speaker) =>
        speaker.Roles.Select(r => Words.Tokens(r).LastOrDefault(t => SpeechLexicon.IsTitleOrRoleWord(t) && !RoleWords.IsModifier(t))).OfType<string>();

    /// <summary>The last word of a role that is no title: the organisation a person speaks for ("League" of "League spokesman").</summary>
    private static string? Organisation(Speaker speaker) =>
        speaker.Roles.Select(r => Words.Tokens(r).LastOrDefault(t => !SpeechLexicon.IsTitleOrRoleWord(t) && !Words.IsStopWord(t) && t.Length > 2)).OfType<string>().FirstOrDefault();

    /// <summary>"Lund", quoted apart from "Anders Lund" in the same article, is the target again.</summary>
    private static bool NamedAsTarget(QuoteRef quote, Target target) =>
        quote.Speaker is null or { Kind: SpeakerKind.Person } && NameMatcher.NameWords(quote.Speaker?.Name ?? quote.Quote.SpeakerName) is { Count: > 0 } words
        && target.Refs.Any(t => t.Article.Key == quote.Article.Key && t.Speaker.Kind == SpeakerKind.Person && words.All(NameMatcher.NameWords(t.Speaker.Name).Contains));

    /// <summary>Someone who speaks for the target's own organisation ("League spokesman" for the league's chief) is no response to them.</summary>
    private static bool SameSide(QuoteRef quote, Target target, Stance stance) =>
        stance == Stance.Response && target.Organisation is { } own && quote.Speaker is { } speaker && Organisation(speaker) == own;

    /// <summary>
    /// How much of a quote is about what the target said, from 0 to 1: the share of its words that theirs use too
    /// (a third of them is all of it); nothing for a target who is not quoted.
    /// </summary>
    private static double SubjectOf(QuoteRef quote, IReadOnlySet<string> theirs)
    {
        if (theirs.Count == 0) return 0;
        var keys = ContentKeys(quote.Quote.Text);
        return keys.Count == 0 ? 0 : Math.Min(1, SubjectSpread * keys.Count(theirs.Contains) / keys.Count);
    }

    private const double SubjectSpread = 3;

    /// <summary>The keys of what someone said that say what it is about (a negation says nothing about that).</summary>
    private static HashSet<string> ContentKeys(string text) => Words.Keys(text).Where(k => k != "not").ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a quote stands in the paragraph just after one of the target's: where news puts the reply.</summary>
    private static bool RightAfter(QuoteRef quote, IReadOnlyList<QuoteRef> theirs) =>
        theirs.Any(t => t.Article.Key == quote.Article.Key && quote.Quote.Paragraph - t.Quote.Paragraph is 1);

    private static bool IsMainSubject(IndexedArticle article, Target target, Dictionary<string, bool> known)
    {
        if (known.TryGetValue(article.Key, out var main)) return main;
        var text = article.Article;
        var paragraphs = text.Paragraphs.Where(p => !p.IsChrome).ToList();
        int naming = paragraphs.Count(p => Words.Tokens(text.Slice(p.Span)).Any(t => target.Words.Contains(t.EndsWith("'s", StringComparison.Ordinal) ? t[..^2] : t)));
        return known[article.Key] = paragraphs.Count > 0 && naming >= Math.Max(2, paragraphs.Count * MainSubjectShare);
    }
}
