using System.Reflection;

namespace NewsBot.Dialogs.Language;

/// <summary>
/// The hand-made synonym groups (the embedded <c>synonyms.tsv</c>): one group a line, its words
/// separated by tabs, the first word the group's name; lines starting with '#' are comments.
/// </summary>
public static class SynonymGroups
{
    public const string ResourceName = "NewsBot.Dialogs.Language.synonyms.tsv";

    /// <summary>The groups, read once from the assembly.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> All { get; } = Parse(ReadResource(ResourceName));

    public static IReadOnlyList<IReadOnlyList<string>> Parse(string text) =>
        text.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => (IReadOnlyList<string>)line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(group => group.Count > 0)
            .ToList();

    /// <summary>
    /// What is wrong with a list of groups: a line given twice, or a word (by its stem, as the bot
    /// compares words) in two groups, where only the first group would have it.
    /// </summary>
    public static IReadOnlyList<string> Problems(string text, Func<string, string> stem)
    {
        var problems = new List<string>();
        var lines = new HashSet<string>(StringComparer.Ordinal);
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Parse(text))
        {
            var line = string.Join('\t', group);
            if (!lines.Add(line)) { problems.Add($"line given twice: {line.Replace('\t', ' ')}"); continue; }
            foreach (var word in group.DistinctBy(stem))
                if (!groupOf.TryAdd(stem(word), group[0]))
                    problems.Add($"'{word}' is in the groups of '{groupOf[stem(word)]}' and '{group[0]}'");
        }
        return problems;
    }

    /// <summary>The text of a resource embedded in this assembly.</summary>
    public static string ReadResource(string name)
    {
        using var stream = typeof(SynonymGroups).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is not embedded in {typeof(SynonymGroups).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
