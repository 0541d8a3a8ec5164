using System.Collections.Frozen;

namespace NewsBot.Dialogs.Language;

/// <summary>
/// The head of a topic phrase: the words before the preposition that narrows it ("women" of "women at work",
/// "taxes" of "taxes on the rich", "the war" of "the war in Syria"). The head names what is talked about, the
/// rest where or whose; a quote on the head alone is nearer the topic than one that only shares the narrowing words.
/// </summary>
public static class TopicHead
{
    private static readonly FrozenSet<string> Narrowing = FrozenSet.ToFrozenSet(
        ["at", "in", "on", "of", "for", "from", "with", "among", "under", "over", "during", "against", "toward", "towards", "inside", "outside", "within"],
        StringComparer.Ordinal);

    /// <summary>The head's words as typed, or null when the topic has no narrowing preposition with content words on both sides.</summary>
    public static string? Of(string topic)
    {
        var tokens = Words.TokensWithOffsets(topic);
        for (int i = 1; i < tokens.Count - 1; i++)
        {
            if (!Narrowing.Contains(Words.Fold(tokens[i].Text))) continue;
            var head = topic[tokens[0].Start..tokens[i - 1].End];
            var rest = topic[tokens[i + 1].Start..tokens[^1].End];
            return Words.Keys(head).Count > 0 && Words.Keys(rest).Count > 0 ? head : null;
        }
        return null;
    }
}
