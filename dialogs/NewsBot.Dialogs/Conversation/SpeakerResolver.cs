using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;

namespace NewsBot.Dialogs.Conversation;

/// <summary>What a typed name (or "he"/"she") turned out to mean.</summary>
public abstract record Resolution
{
    /// <summary>One person; several refs when several articles name the same person.</summary>
    public sealed record Found(IReadOnlyList<SpeakerRef> Speakers) : Resolution
    {
        public SpeakerRef Main => Speakers.OrderByDescending(s => s.Speaker.QuoteCount).First();
        public bool IsQuoted => Speakers.Any(s => s.Speaker.IsQuoted);
    }

    /// <summary>Several different people fit equally well: ask which.</summary>
    public sealed record Ambiguous(string Typed, IReadOnlyList<SpeakerRef> Options) : Resolution;

    /// <summary>The name occurs in the article text but the engine knows no such speaker.</summary>
    public sealed record OnlyInText(string Typed, IReadOnlyList<(IndexedArticle Article, int Position)> Mentions) : Resolution;

    public sealed record NotFound(string? Typed) : Resolution;
}

/// <summary>Turns a typed name or a pronoun into the speaker(s) it means.</summary>
public sealed partial class SpeakerResolver(IQuoteIndex index)
{
    private const double MinimumScore = 0.4;
    private const double Tie = 0.01;
    private const double Confident = 0.9;

    public Resolution Resolve(string? typed, ConversationMemory memory)
    {
        if (typed is null)
        {
            var last = memory.LastSpeakerKey is null ? null : index.SpeakerByKey(memory.LastSpeakerKey);
            return last is null ? new Resolution.NotFound(null) : new Resolution.Found(SamePerson(last));
        }
        var matches = index.FindSpeakers(typed);
        if (matches.Count == 0 || matches[0].Score < MinimumScore)
        {
            var byRole = ByRole(typed);
            if (byRole.Count == 1) return new Resolution.Found(byRole[0]);
            if (byRole.Count > 1) return new Resolution.Ambiguous(typed, byRole.Select(p => p[0]).ToList());
            var inText = ArticlesNaming(typed);
            return inText.Count > 0 ? new Resolution.OnlyInText(typed, inText) : new Resolution.NotFound(typed);
        }
        var best = matches[0].Score;
        var people = matches.Where(m => m.Score >= best - Tie)
            .GroupBy(m => PersonKey(m.Speaker))
            .Select(g => g.Select(m => m.Speaker).ToList())
            .ToList();
        if (people.Count == 1) return new Resolution.Found(people[0]);
        // When only one of the close candidates is actually quoted and the others are only
        // mentioned, the quoted one is whom a question about quotes means.
        var quoted = people.Where(p => p.Any(s => s.Speaker.IsQuoted)).ToList();
        if (quoted.Count == 1) return new Resolution.Found(quoted[0]);
        return new Resolution.Ambiguous(typed, people.Select(p => p.OrderByDescending(s => s.Speaker.QuoteCount).First()).ToList());
    }

    /// <summary>People whose role holds every word typed ("the spokesperson", "the mayor"), one list per person.</summary>
    private List<List<SpeakerRef>> ByRole(string typed)
    {
        var wanted = NameMatcher.NameWords(typed).Select(Words.Key).ToList();
        if (wanted.Count == 0) return [];
        return index.Speakers
            .Where(s => s.Speaker.Roles.Any(role => wanted.All(new HashSet<string>(NameMatcher.NameWords(role).Select(Words.Key)).Contains)))
            .GroupBy(PersonKey).Select(g => g.ToList())
            .OrderByDescending(p => p.Sum(s => s.Speaker.QuoteCount)).ToList();
    }

    /// <summary>The same person in every loaded article (by folded full name).</summary>
    public IReadOnlyList<SpeakerRef> SamePerson(SpeakerRef speaker) =>
        index.Speakers.Where(s => PersonKey(s) == PersonKey(speaker)).OrderBy(s => s.Key == speaker.Key ? 0 : 1).ToList();

    private static string PersonKey(SpeakerRef speaker) => string.Join(' ', NameMatcher.NameWords(speaker.Speaker.Name));

    /// <summary>
    /// Several people named together ("Trump and Clinton"), each resolved on their own; empty
    /// unless the whole is no confident single match and at least two different people are found.
    /// </summary>
    public IReadOnlyList<Resolution.Found> ResolveSeveral(string? typed)
    {
        if (typed is null) return [];
        var parts = Conjunction().Split(typed).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2) return [];
        var whole = index.FindSpeakers(typed);
        if (whole.Count > 0 && whole[0].Score >= Confident) return [];
        var empty = new ConversationMemory();
        var found = parts.Select(p => Resolve(p, empty)).OfType<Resolution.Found>()
            .DistinctBy(f => PersonKey(f.Main)).ToList();
        return found.Count >= 2 ? found : [];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(?:and|&|or)\s+|\s*,\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    internal static partial System.Text.RegularExpressions.Regex Conjunction();

    /// <summary>Where each article first names someone so called (capitalised words only, typos allowed).</summary>
    private IReadOnlyList<(IndexedArticle Article, int Position)> ArticlesNaming(string typed)
    {
        var wanted = NameMatcher.NameWords(typed).Where(w => w.Length >= 2 && !Words.IsStopWord(w)).ToList();
        if (wanted.Count == 0) return [];
        var mentions = new List<(IndexedArticle, int)>();
        foreach (var article in index.Articles)
        {
            var hit = Words.TokensWithOffsets(article.Article.Text)
                .Where(t => char.IsUpper(article.Article.Text[t.Start]))
                .FirstOrDefault(t => wanted.Any(w => w == t.Text || EditDistance.IsClose(w, t.Text)));
            if (hit.Text is not null) mentions.Add((article, hit.Start));
        }
        return mentions;
    }
}
