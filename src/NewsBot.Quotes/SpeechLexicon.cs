namespace NewsBot.Quotes;

/// <summary>
/// What the engine's lexicon knows about a word, for the layers above it: the dialogs read a
/// question ("who denied leaking the memo?", "which senator said …") with the same words the
/// engine reads articles with, so there is one list of reporting verbs, titles and roles.
/// </summary>
public static class SpeechLexicon
{
    /// <summary>"denied" → "deny"; null when the word is not a reporting or stance verb.</summary>
    public static string? LemmaOf(string word) => Lexicon.Cues.TryGetValue(word, out var cue) ? cue.Lemma : null;

    public static bool IsReportingVerb(string word) => Lexicon.Cues.ContainsKey(word);

    /// <summary>Every form of the verb whose lemma is given ("deny": deny, denies, denied, denying); empty when unknown.</summary>
    public static IReadOnlyList<string> FormsOf(string lemma) =>
        Lexicon.Cues.Where(pair => string.Equals(pair.Value.Lemma, lemma, StringComparison.OrdinalIgnoreCase)).Select(pair => pair.Key).ToList();

    /// <summary>The medium the verb itself names ("tweeted" → "Twitter"), or null.</summary>
    public static string? MediumOf(string word) => Lexicon.Cues.TryGetValue(word, out var cue) ? cue.Medium : null;

    /// <summary>"called for", "pointed to", "spoke out": a verb and particle that together report speech.</summary>
    public static bool IsPhrasalReportingVerb(string verb, string particle) =>
        Lexicon.PhrasalCues.TryGetValue(verb, out var particles) && particles.Contains(particle, StringComparer.OrdinalIgnoreCase);

    /// <summary>A word of a title or role ("senator", "spokeswoman", "chief").</summary>
    public static bool IsTitleOrRoleWord(string word) => Lexicon.Classify(word).HasFlag(WordClass.Title);

    /// <summary>A word that makes a name an organisation's ("ministry", "campaign", "Reuters").</summary>
    public static bool IsOrganizationWord(string word) => Lexicon.Classify(word).HasFlag(WordClass.Organization);

    /// <summary>"de", "van", "bin", "al-Assad": a lower-case particle or prefixed word inside a capitalised name (name-particles.tsv).</summary>
    public static bool IsNameParticle(string word) => NameParticles.IsParticle(word) || NameParticles.IsPrefixedName(word);

    /// <summary>A plural noun that names a group of sources ("officials", "democrats").</summary>
    public static bool IsGroupNoun(string word) => Lexicon.Classify(word).HasFlag(WordClass.Group);
}
