using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;
using NewsBot.Dialogs.Understanding;
using NewsBot.Quotes;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// What someone said: about a topic, through a medium, with the verb asked ("what did the chief
/// promise?") when there are such quotes; "what else" goes on past what was shown; several people
/// named together each get their quotes. Sets the focus on the person.
/// </summary>
public sealed class SpeakerQuotesAnswer
{
    public Answer Answer(Turn turn)
    {
        if (turn.Reading.Speaker is { } typed && turn.People.ResolveSeveral(typed) is { Count: > 1 } people) return Several(turn, people);
        return SpeakerReplies.TryFind(turn, out var found, out var reply) ? Answer(turn, found) : reply!;
    }

    public Answer Answer(Turn turn, Resolution.Found found)
    {
        var r = turn.Reading;
        var memory = turn.Memory;
        var main = found.Main;
        memory.FocusOn(main);
        memory.Answered(new LastQuestion { Ask = nameof(Ask.WhatSaid), Topic = r.Topic, Medium = r.Medium, Verb = r.Verb, SpeakerKeys = [turn.People.PersonKey(main)] });
        if (!found.IsQuoted) return SpeakerReplies.MentionedNotQuoted(turn, main);

        var all = found.Speakers.SelectMany(turn.Index.QuotesBy).ToList();
        var (chosen, about) = Narrow(turn, all, found);
        var shown = memory.ShownOf(main.Key, fresh: !r.Else).ToHashSet();
        var fresh = chosen.Where(q => !shown.Contains(q.Key)).ToList();
        var name = QuoteFormatter.NameWithRole(main);
        string lead;
        if (r.Else && fresh.Count == 0)
        {
            lead = $"That's everything {name} says here; {Count(all.Count, "quote")} in all:";
            fresh = all;
        }
        else lead = r.Else ? $"{name} also said{about}:" : $"{name}{(about.Length > 0 ? about : " said")}:";
        var text = new AnswerText(turn.Format).Lead(lead);
        var page = fresh.Take(AnswerThresholds.PageSize).ToList();
        foreach (var quote in page) text.Quote(quote);
        var rest = fresh.Skip(AnswerThresholds.PageSize).ToList();
        // A topic only a few quotes keep to: the rest of what they said follows, marked as such.
        if (about.StartsWith(" on ", StringComparison.Ordinal) && page.Count < AnswerThresholds.PageSize)
        {
            var kept = chosen.Select(q => q.Key).ToHashSet();
            var others = all.Where(q => !kept.Contains(q.Key) && !shown.Contains(q.Key)).ToList();
            var more = others.Take(AnswerThresholds.PageSize - page.Count).ToList();
            if (more.Count > 0) text.Bullet($"{Capitalised(They(main))} also said:");
            foreach (var quote in more) text.Quote(quote);
            page.AddRange(more);
            rest = others.Skip(more.Count).ToList();
        }
        memory.Showed(page.Select(q => q.Key), rest.Select(q => q.Key));
        memory.MarkShown(main.Key, page.Select(q => q.Key));
        if (rest.Count > 0) text.Note($"{Count(rest.Count, "more quote")}: say **more**.");
        return text.Build(rest.Count > 0 ? ["more"] : [], $"What {main.Speaker.Name} said");
    }

    /// <summary>
    /// The quotes about the topic, through the medium, reported with the verb asked, when there are
    /// such; and how the lead says so: " on “the budget”", or " said nothing about “the budget”;
    /// everything they said" when none is (never a claim the quotes shown contradict).
    /// </summary>
    private static (List<QuoteRef> Quotes, string About) Narrow(Turn turn, List<QuoteRef> quotes, Resolution.Found found)
    {
        var r = turn.Reading;
        var result = quotes;
        string about = "";
        if (r.Topic is { } asked && TopicWithoutTheName(asked, found) is { Length: > 0 } topic)
        {
            var onTopic = turn.Index.FindQuotesAbout(topic, int.MaxValue, turn.Cancellation).GroupBy(m => m.Quote.Key).ToDictionary(g => g.Key, g => g.Max(m => m.Score));
            var onHead = OnTheHead(turn, topic);
            // the most on the topic first, those on its head before those that only share its narrowing words (in article order among equals)
            var matching = result.Where(q => onTopic.ContainsKey(q.Key)).OrderByDescending(q => onHead.Contains(q.Key)).ThenByDescending(q => Math.Round(onTopic[q.Key], 2)).ToList();
            if (matching.Count > 0)
            {
                result = matching;
                about = $" on {QuoteFormatter.Quoted(Echo(topic))}";
            }
            else about = $" said nothing about {QuoteFormatter.Quoted(Echo(topic))} in so many words; everything {They(found.Main)} said";
        }
        if (r.Medium is { } medium && result.Where(q => MediumDetector.SameMedium(QuoteFormatter.MediumOf(q), medium)).ToList() is { Count: > 0 } through)
            result = through;
        if (r.Verb is { } verb && verb is not ("say" or "tell" or "think" or "write" or "talk")
            && result.Where(q => ReportedWith(q, verb)).ToList() is { Count: > 0 } reported)
            result = reported;
        // "what did she write?": what she wrote comes first, but a writer's other words still answer ("write" is how a columnist says anything).
        if (r.Verb is "write" && result.Any(q => ReportedWith(q, "write")))
            result = result.OrderByDescending(q => ReportedWith(q, "write")).ToList();
        return (result, about);
    }

    private static bool ReportedWith(QuoteRef quote, string verb) => Words.Tokens(quote.Quote.Cue).Any(w => SpeechLexicon.LemmaOf(w) == verb);

    /// <summary>A quote says the head of a topic when it holds it in its own words or their framing, not only in its paragraph.</summary>
    private const double SaysTheHead = 0.5;

    /// <summary>The quotes that say the head of the topic ("women" of "women at work"); none when the topic has no such head.</summary>
    private static HashSet<string> OnTheHead(Turn turn, string topic) =>
        TopicHead.Of(topic) is { } head
            ? turn.Index.FindQuotesAbout(head, int.MaxValue, turn.Cancellation).Where(m => m.Score >= SaysTheHead).Select(m => m.Quote.Key).ToHashSet(StringComparer.Ordinal)
            : [];

    /// <summary>"Trump calling it a bomb", asked again of Trump, is "calling it a bomb".</summary>
    private static string TopicWithoutTheName(string topic, Resolution.Found found)
    {
        var names = found.Speakers.SelectMany(s => new[] { s.Speaker.Name }.Concat(s.Speaker.Aliases)).SelectMany(NameMatcher.NameWords).ToHashSet();
        var tokens = Words.TokensWithOffsets(topic);
        var kept = tokens.Where(t => !names.Contains(t.Text.EndsWith("'s", StringComparison.Ordinal) ? t.Text[..^2] : t.Text)).ToList();
        if (kept.Count == tokens.Count) return topic;
        return string.Join(' ', kept.Select(t => topic[t.Start..t.End])).Trim();
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    public static string They(SpeakerRef speaker) => speaker.Speaker.Kind != SpeakerKind.Person ? "it" : speaker.Speaker.Gender switch
    {
        Gender.Female => "she",
        Gender.Male => "he",
        _ => "they",
    };

    /// <summary>"What did Trump and Clinton say?": each person's quotes in turn.</summary>
    private static Answer Several(Turn turn, IReadOnlyList<Resolution.Found> people)
    {
        var text = new AnswerText(turn.Format).Lead($"What {JoinAnd(people.Select(p => Markdown.Bold(p.Main.Speaker.Name)))} said:");
        var shown = new List<string>();
        foreach (var person in people)
        {
            if (!person.IsQuoted)
            {
                text.Bullet($"{QuoteFormatter.NameWithRole(person.Main)} is mentioned but not quoted.");
                continue;
            }
            foreach (var quote in person.Speakers.SelectMany(turn.Index.QuotesBy).Take(3))
            {
                text.Quote(quote, withSpeaker: true);
                shown.Add(quote.Key);
            }
        }
        turn.Memory.Showed(shown, []);
        return text.Build(cardTitle: "What they said");
    }
}
