using System.Collections.Frozen;
using NewsBot.Quotes;

namespace NewsBot.Dialogs.Language;

/// <summary>Which way a reporting or stance verb leans towards what it is about.</summary>
public enum Stance
{
    None,
    /// <summary>Criticise, disagree, push back, blame, reject, attack.</summary>
    Against,
    /// <summary>Agree, defend, praise, back, welcome.</summary>
    For,
    /// <summary>Respond, reply, react, answer: either way.</summary>
    Response,
}

/// <summary>
/// The stance verbs of news, grouped by the way they lean: "who criticised the plan?" is also
/// answered by whoever slammed, blasted or pushed back on it. A verb the engine's lexicon knows
/// is recognised in every form the lexicon gives it (one list of forms); the others, and the
/// phrasal verbs, in their regular forms. Only the grouping lives here.
/// </summary>
public static class Stances
{
    private static readonly (Stance Stance, string[] Lemmas)[] Groups =
    [
        (Stance.Against, ["criticise", "criticize", "disagree", "dispute", "reject", "counter", "contradict", "challenge", "rebut", "refute", "dismiss",
            "question", "object", "attack", "slam", "blast", "condemn", "denounce", "decry", "scold", "rebuke", "fault", "blame", "accuse", "assail",
            "lambaste", "mock", "ridicule", "scoff", "oppose", "deride", "rail", "chide", "berate", "complain", "knock", "protest", "doubt",
            "push back", "hit back", "fire back", "lash out", "hit out", "take issue", "call out", "pan", "vote against", "speak against", "argue against"]),
        (Stance.For, ["agree", "defend", "praise", "applaud", "welcome", "commend", "hail", "laud", "credit", "thank", "endorse", "support", "champion",
            "back", "echo", "embrace", "tout", "cheer", "celebrate", "side with", "stand by", "stick up for", "concur", "vote for", "speak for"]),
        (Stance.Response, ["respond", "reply", "react", "answer", "retort"]),
    ];

    /// <summary>Every form of every one-word stance verb, with its stance and lemma.</summary>
    private static readonly FrozenDictionary<string, (Stance Stance, string Lemma)> Single = BuildSingle();

    /// <summary>Two-word stance verbs by the form of their first word ("pushed" → "back").</summary>
    private static readonly FrozenDictionary<string, (string Second, Stance Stance, string Lemma)[]> Phrasal = BuildPhrasal();

    /// <summary>Words that make a "back" a noun or an adverb, not the verb "to back".</summary>
    private static readonly FrozenSet<string> NotTheVerbBack = new[] { "push", "pushed", "pushes", "pushing", "hit", "hits", "hitting", "fire", "fired", "fires", "firing", "go", "went", "come", "came", "get", "got", "bring", "brought", "call", "called", "the", "his", "her", "its", "their", "a" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The stance of the verb at <paramref name="at"/> and how many words it takes (1, or 2 for "pushed back"); (None, 0) when there is none.</summary>
    public static (Stance Stance, string? Lemma, int Length) At(IReadOnlyList<string> words, int at)
    {
        if (at < 0 || at >= words.Count) return (Stance.None, null, 0);
        var word = words[at];
        if (at + 1 < words.Count && Phrasal.TryGetValue(word, out var seconds))
            foreach (var (second, stance, lemma) in seconds)
                if (words[at + 1] == second) return (stance, lemma, 2);
        if (Single.TryGetValue(word, out var single))
        {
            if (single.Lemma == "back" && (at == 0 || NotTheVerbBack.Contains(words[at - 1]))) return (Stance.None, null, 0);
            return (single.Stance, single.Lemma, 1);
        }
        return (Stance.None, null, 0);
    }

    /// <summary>The past of a stance verb, for an answer to say back ("disagree" → "disagreed", "push back" → "pushed back").</summary>
    public static string PastOf(string lemma)
    {
        var parts = lemma.Split(' ', 2);
        var head = parts[0] switch
        {
            "hit" => "hit", "take" => "took", "speak" => "spoke", "stand" => "stood", "stick" => "stuck",
            var verb => FormsOf(verb).Where(f => f != verb && f.EndsWith('d')).OrderBy(f => f.Length).FirstOrDefault() ?? verb,
        };
        return parts.Length == 1 ? head : head + " " + parts[1];
    }

    /// <summary>The stance of a lemma ("criticise" → Against), or None.</summary>
    public static Stance Of(string? lemma) => lemma is not null && Lemmas.TryGetValue(lemma, out var stance) ? stance : Stance.None;

    private static readonly FrozenDictionary<string, Stance> Lemmas =
        Groups.SelectMany(g => g.Lemmas.Select(l => (l, g.Stance))).GroupBy(x => x.l).ToFrozenDictionary(x => x.Key, x => x.First().Stance, StringComparer.Ordinal);

    /// <summary>Verbs whose plain and -s forms are as often nouns ("a question", "the blame", "support for"): in an article's text only their -ed and -ing forms count.</summary>
    private static readonly FrozenSet<string> AlsoNouns = new[]
    {
        "question", "object", "counter", "answer", "comment", "support", "credit", "welcome", "champion", "echo", "attack", "blast", "fault",
        "protest", "doubt", "challenge", "rail", "knock", "pan", "back", "cheer", "thank", "dispute", "reply", "blame", "praise", "mock", "tout", "hail", "react",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A stance verb found in a text: which way, and where (its first word, and how many words it takes).</summary>
    public readonly record struct Occurrence(Stance Stance, int At, int Length);

    /// <summary>The stance verbs in the words of a text (a sentence around a quote, its cue), in order; passives and noun uses left out.</summary>
    public static List<Occurrence> Occurrences(IReadOnlyList<string> words)
    {
        var found = new List<Occurrence>();
        for (int i = 0; i < words.Count; i++)
        {
            var (stance, lemma, length) = At(words, i);
            if (stance == Stance.None) continue;
            if (length == 1 && AlsoNouns.Contains(lemma!) && !(words[i].EndsWith("ed", StringComparison.Ordinal) || words[i].EndsWith("ing", StringComparison.Ordinal))) continue;
            if (IsPassive(words, i, length)) continue;
            found.Add(new Occurrence(stance, i, length));
            i += length - 1;
        }
        return found;
    }

    /// <summary>The stances the words of a text carry, each once.</summary>
    public static IReadOnlySet<Stance> In(IReadOnlyList<string> words) => Occurrences(words).Select(o => o.Stance).ToHashSet();

    private static readonly FrozenSet<string> BeForms = new[] { "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"was criticised", "a contractor accused of fraud", "praised by": the stance is someone else's, aimed at the subject.</summary>
    private static bool IsPassive(IReadOnlyList<string> words, int at, int length)
    {
        if (!words[at].EndsWith('d')) return false;
        if (at > 0 && BeForms.Contains(words[at - 1])) return true;
        return at + length < words.Count && words[at + length] is "of" or "by" or "for";
    }

    /// <summary>Whether a stance found in a text answers the stance asked: a response may lean either way.</summary>
    public static bool Answers(Stance asked, Stance found) => asked == found || asked == Stance.Response && found != Stance.None;

    /// <summary>The stance that contradicts this one (Against ↔ For).</summary>
    public static Stance Opposite(Stance stance) => stance switch { Stance.Against => Stance.For, Stance.For => Stance.Against, _ => Stance.None };

    private static FrozenDictionary<string, (Stance, string)> BuildSingle()
    {
        var map = new Dictionary<string, (Stance, string)>(StringComparer.Ordinal);
        foreach (var (stance, lemmas) in Groups)
            foreach (var lemma in lemmas.Where(l => !l.Contains(' ')))
                foreach (var form in FormsOf(lemma)) map.TryAdd(form, (stance, lemma));
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, (string, Stance, string)[]> BuildPhrasal()
    {
        var map = new Dictionary<string, List<(string, Stance, string)>>(StringComparer.Ordinal);
        foreach (var (stance, lemmas) in Groups)
            foreach (var lemma in lemmas.Where(l => l.Contains(' ')))
            {
                var parts = lemma.Split(' ');
                foreach (var form in FormsOf(parts[0]))
                {
                    if (!map.TryGetValue(form, out var list)) map[form] = list = [];
                    list.Add((parts[1], stance, lemma));
                }
            }
        return map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The lexicon's forms of a verb it knows; else the regular ones (and the irregular pasts of the few phrasal heads).</summary>
    private static IEnumerable<string> FormsOf(string lemma)
    {
        var known = SpeechLexicon.FormsOf(lemma);
        if (known.Count > 0) return known.Append(lemma);
        return lemma switch
        {
            "hit" => ["hit", "hits", "hitting"],
            "take" => ["take", "takes", "took", "taken", "taking"],
            "speak" => ["speak", "speaks", "spoke", "speaking"],
            "stand" => ["stand", "stands", "stood", "standing"],
            "stick" => ["stick", "sticks", "stuck", "sticking"],
            _ => RegularForms(lemma),
        };
    }

    /// <summary>lemma, -s/-es/-ies, -d/-ed/-ied, -ing, with a final consonant doubled after one short vowel ("slam", "slammed").</summary>
    private static IEnumerable<string> RegularForms(string lemma)
    {
        yield return lemma;
        if (lemma.EndsWith('y') && lemma.Length > 2 && !"aeiou".Contains(lemma[^2]))
        {
            var stem = lemma[..^1];
            yield return stem + "ies";
            yield return stem + "ied";
            yield return lemma + "ing";
            yield break;
        }
        bool sibilant = lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal);
        yield return sibilant ? lemma + "es" : lemma + "s";
        if (lemma.EndsWith('e'))
        {
            yield return lemma + "d";
            yield return lemma[..^1] + "ing";
            yield break;
        }
        bool doubles = lemma.Length is >= 3 and <= 4 && !"aeiouwxy".Contains(lemma[^1]) && "aeiou".Contains(lemma[^2]) && !"aeiou".Contains(lemma[^3]);
        var past = doubles ? lemma + lemma[^1] : lemma;
        yield return past + "ed";
        yield return past + "ing";
    }
}
