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
    public static int Score(IReadOnlyList<string> mentionWords, string head, IEnumerable<string> roles)
    {
        int best = 0;
        var normalHead = Normal(head);
        foreach (var role in roles)
        {
            var words = role.Split([' ', ',', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Normal).ToHashSet();
            if (!words.Contains(normalHead) && !words.Any(w => w.EndsWith(normalHead, StringComparison.Ordinal) && w.Length > normalHead.Length + 3)) continue;
            int score = 1 + mentionWords.Select(Normal).Count(w => w != normalHead && words.Contains(w));
            best = Math.Max(best, score);
        }
        return best;
    }

    /// <summary>Lower case, without a final period, an abbreviation as its full word.</summary>
    public static string Normal(string word)
    {
        var bare = word.Trim().TrimEnd('.').ToLowerInvariant();
        if (bare.EndsWith("'s", StringComparison.Ordinal) || bare.EndsWith("’s", StringComparison.Ordinal)) bare = bare[..^2];
        return Lexicon.FullTitle(bare) ?? bare;
    }
}
