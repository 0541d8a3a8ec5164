using System.Collections.Frozen;
using NewsBot.Dialogs.Language;

namespace NewsBot.Dialogs.Understanding;

/// <summary>
/// Questions about what happened rather than who said it: "how many firefighters will Canada hire?",
/// "why is Vietnam limiting rice exports?", "when will the results be announced?". They name no
/// reporting verb of their own (a passive "be announced" reports nothing asked), so the answer is the
/// article's own sentence on it; "… according to the police" asks what that source said instead.
/// </summary>
public static partial class QuestionReader
{
    private static readonly FrozenSet<string> FactLeads = Set("why", "when", "how");
    private static readonly FrozenSet<string> Amounts = Set("many", "much", "long", "far", "big", "large", "soon", "often", "fast", "high", "old");

    /// <summary>Verbs about speaking itself: "how many senators spoke?" asks about the quotes.</summary>
    private static readonly FrozenSet<string> SpeakingWords = Set("speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking",
        "comment", "commented", "quote", "quoted", "quotes", "cite", "cites", "cited", "say", "says", "said", "interviewed", "mentioned", "mention", "mentions");

    /// <summary>Words that carry nothing to look for in the article's sentences.</summary>
    private static readonly FrozenSet<string> EmptyVerbs = Set("do", "does", "did", "doing", "done", "so", "it", "that", "this", "there", "not", "happen", "happens", "happened");

    private static readonly FrozenSet<string> ArticlePlaces = Set("article", "articles", "story", "stories", "piece", "report", "text", "here", "there", "in", "mentioned", "named", "involved", "total", "altogether");

    private static readonly FrozenSet<string> PassiveMarks = Set("be", "been", "being", "is", "was", "were", "are", "get", "got");

    private static Reading? FactQuestion(QuestionWords w, string text)
    {
        if (!w.IsOneOf(0, FactLeads)) return null;
        int at = w.At(0, "how") && w.IsOneOf(1, Amounts) ? 2 : 1;
        if (at == 2 && w.IsOneOf(2, CountedQuotes)) return null;
        // "how many people are in the story" counts the quoted; "how many people were evacuated" asks the story
        if (at == 2 && w.IsOneOf(2, GenericPeople) && !HasContentWord(w, 3, w.Count, ignore: ArticlePlaces)) return null;
        if (at == 1 && !w.IsOneOf(1, Auxiliaries)) return null;
        for (int i = at; i < w.Count; i++)
            if (w.IsOneOf(i, SpeakingWords) || w.IsOneOf(i, QuotedWords) || w.IsOneOf(i, ResponseVerbs) || w.IsOneOf(i, OpinionVerbs)) return null;
        int verb = FindVerb(w, at);
        if (verb >= 0 && !w.IsOneOf(verb - 1, PassiveMarks)) return null;
        int according = FindAccordingTo(w, at);
        int end = according > 0 ? according : w.Count;
        int start = SkipAuxiliaries(w, at);
        if (!HasContentWord(w, start, end)) return null;
        var clause = w.Text(start, end)?.Trim(' ', '?', '.', ',');
        if (string.IsNullOrEmpty(clause)) return null;
        if (according > 0 && w.Text(according + 2) is { Length: > 0 } source && !IsTheArticle(source))
            return WithSpeaker(new Reading(Ask.Fact, text) { Topic = clause, Content = $"{clause} {source}" }, source.Trim(' ', '?', '.'));
        return new Reading(Ask.Fact, text) { Content = clause, Topic = clause };
    }

    /// <summary>Where "according to" stands, or -1.</summary>
    private static int FindAccordingTo(QuestionWords w, int from)
    {
        for (int i = from; i + 2 < w.Count; i++)
            if (w.At(i, "according", "to")) return i;
        return -1;
    }

    /// <summary>Whether the words between hold something to look for: not only auxiliaries, pronouns and "do so".</summary>
    private static bool HasContentWord(QuestionWords w, int from, int to, IReadOnlySet<string>? ignore = null)
    {
        for (int i = from; i < to && i < w.Count; i++)
            if (ignore is not null && w.IsOneOf(i, ignore)) continue;
            else if (!w.IsOneOf(i, Auxiliaries) && !w.IsOneOf(i, EmptyVerbs) && !Pronouns.ContainsKey(w[i]) && !Words.IsStopWord(w[i])) return true;
        return false;
    }
}
