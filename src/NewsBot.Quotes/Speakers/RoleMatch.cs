namespace NewsBot.Quotes;

/// <summary>
/// How well a role noun ("the Vermont senator", "the GOP nominee") fits a role an article gave a
/// person ("Sen. Bernie Sanders (I-Vt.)", "Republican nominee"): the head word must be there
/// (abbreviations read as their full word: Sen. is senator, GOP is Republican), and each other word
/// of the mention found there too makes the fit closer.
/// </summary>
internal static class RoleMatch
{
    /// <returns>0 when the head is not in the role; otherwise 1 plus the other words of the mention it shares.</returns>
    public static int Score(IReadOnlyList<string> mentionWords, string head, IReadOnlyList<string> roles)
    {
        int best = 0;
        var normalHead = Normal(head);
        // Indexed: asked of every person with a role, a foreach over the interface would make an enumerator each time.
        for (int r = 0; r < roles.Count; r++)
        {
            var role = roles[r];
            // Most roles lack the head: it is looked for before the role's words are normalised.
            if (!role.Contains(normalHead, StringComparison.OrdinalIgnoreCase) && !HasAbbreviation(role)) continue;
            var words = role.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < words.Length; i++) words[i] = Normal(words[i]);
            if (!HasHead(words, normalHead)) continue;
            int score = 1;
            foreach (var word in mentionWords)
            {
                var normal = Normal(word);
                if (normal != normalHead && Array.IndexOf(words, normal) >= 0) score++;
            }
            best = Math.Max(best, score);
        }
        return best;
    }

    /// <summary>
    /// The head among the role's normalised words, or the end of one more than three letters longer.
    /// A loop rather than a lambda: the head it reads would make a closure at every call, and this is asked of every person with a role.
    /// </summary>
    private static bool HasHead(string[] words, string normalHead)
    {
        foreach (var w in words)
            if (w == normalHead || w.EndsWith(normalHead, StringComparison.Ordinal) && w.Length > normalHead.Length + 3) return true;
        return false;
    }

    /// <summary>
    /// "the striker" for a person introduced as "Forward Liam Brennan": no role holds the head, but one holds a
    /// word of the same kind (titles.tsv). 1 plus the other words of the mention the role shares; 0 when none fits.
    /// </summary>
    public static int KindScore(IReadOnlyList<string> mentionWords, string head, IReadOnlyList<string> roles)
    {
        if (Lexicon.TitleKind(Normal(head)) is not { } kind) return 0;
        int best = 0;
        for (int r = 0; r < roles.Count; r++)
        {
            var words = roles[r].Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < words.Length; i++) words[i] = Normal(words[i]);
            if (!words.Any(w => Lexicon.TitleKind(w) == kind)) continue;
            int score = 1;
            foreach (var word in mentionWords)
                if (!word.Equals(head, StringComparison.OrdinalIgnoreCase) && Array.IndexOf(words, Normal(word)) >= 0) score++;
            best = Math.Max(best, score);
        }
        return best;
    }

    private static readonly char[] Separators = [' ', ',', '(', ')', '-'];

    /// <summary>Whether the role holds an abbreviation ("Sen.", "Gov."), whose full word may be the head.</summary>
    private static bool HasAbbreviation(string role)
    {
        foreach (var range in role.AsSpan().SplitAny(Separators))
        {
            var word = role.AsSpan()[range].TrimEnd('.');
            if (word.Length is > 0 and <= 4 && Lexicon.FullTitle(word.ToString()) is not null) return true;
        }
        return false;
    }

    /// <summary>Lower case, without a final period, an abbreviation as its full word.</summary>
    public static string Normal(string word)
    {
        var bare = word.Trim().TrimEnd('.').ToLowerInvariant();
        if (bare.EndsWith("'s", StringComparison.Ordinal) || bare.EndsWith("’s", StringComparison.Ordinal)) bare = bare[..^2];
        return Lexicon.FullTitle(bare) ?? bare;
    }
}
