namespace NewsBot.Quotes;

/// <summary>
/// The lexicon's word lists, embedded in the assembly as tab-separated files (Lexicon/*.tsv): one
/// row a word (or a verb), its classes or attributes in the next columns, '#' starting a comment.
/// Loading notes what a list gets wrong (a word twice in one file, a verb form claimed by two
/// verbs) in <see cref="Problems"/> instead of failing: the engine still runs, and a test fails.
/// </summary>
internal sealed class LexiconFiles
{
    private readonly Dictionary<string, List<string[]>> _rows = [];
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public Dictionary<string, CueVerb> Cues { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string[]> PhrasalCues { get; } = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, HashSet<string>> _cueFeatures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names of the embedded lists ("cues", "titles", …).</summary>
    public IEnumerable<string> Names => _rows.Keys;

    public static LexiconFiles Load()
    {
        var files = new LexiconFiles();
        var assembly = typeof(LexiconFiles).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("lexicon/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            files.Read(Path.GetFileNameWithoutExtension(resource), reader);
        }
        files.BuildCues();
        files.BuildPhrasalCues();
        return files;
    }

    /// <summary>Lists given as text (name, content), as the embedded files would hold them.</summary>
    internal static LexiconFiles FromText(params (string Name, string Text)[] lists)
    {
        var files = new LexiconFiles();
        foreach (var (name, text) in lists) files.Read(name, new StringReader(text));
        files.BuildCues();
        files.BuildPhrasalCues();
        return files;
    }

    private void Read(string name, TextReader reader)
    {
        var rows = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells[0].Trim() != cells[0] || cells[0].Length == 0) _problems.Add($"{name}.tsv:{number}: the first column '{cells[0]}' has spaces around it or is empty");
            if (!seen.Add(cells[0])) _problems.Add($"{name}.tsv:{number}: '{cells[0]}' is listed twice");
            rows.Add(cells);
        }
        _rows[name] = rows;
    }

    public IEnumerable<string[]> Rows(string list) => RowsOf(list);

    private IEnumerable<string[]> RowsOf(string list) => _rows.TryGetValue(list, out var rows) ? rows : [];

    /// <summary>The words of a list; with <paramref name="cls"/>, only those whose second column names that class (classes separated by commas).</summary>
    public HashSet<string> Words(string list, string? cls = null)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in RowsOf(list))
            if (cls is null || row.Length > 1 && row[1].Split(',').Contains(cls)) words.Add(row[0]);
        return words;
    }

    /// <summary>The rows of a list as (word, second column), for lists that give each word one attribute.</summary>
    public IEnumerable<(string Word, string Value)> Pairs(string list) => RowsOf(list).Select(row => (row[0], row.Length > 1 ? row[1] : ""));

    /// <summary>The rows of a list as (word, second column, third column), empty where a row has fewer.</summary>
    public IEnumerable<(string Word, string Second, string Third)> Triples(string list) =>
        RowsOf(list).Select(row => (row[0], row.Length > 1 ? row[1] : "", row.Length > 2 ? row[2] : ""));

    public HashSet<string> Union(params HashSet<string>[] sets)
    {
        var union = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var set in sets) union.UnionWith(set);
        return union;
    }

    public HashSet<string> CueLemmasWith(string feature) =>
        new(_cueFeatures.Where(pair => pair.Value.Contains(feature)).Select(pair => pair.Key), StringComparer.OrdinalIgnoreCase);

    /// <summary>cues.tsv: lemma, complement, features, medium, forms ('-' for none, or for the regular forms).</summary>
    private void BuildCues()
    {
        foreach (var row in RowsOf("cues"))
        {
            if (row.Length < 5) { _problems.Add($"cues.tsv: '{row[0]}' needs five columns"); continue; }
            var lemma = row[0];
            CueComplement? complement = row[1] switch
            {
                "clause" => CueComplement.Clause,
                "clause-or-object" => CueComplement.ClauseOrObject,
                "quote-or-that" => CueComplement.QuoteOrThat,
                _ => null,
            };
            if (complement is null) { _problems.Add($"cues.tsv: '{lemma}' has an unknown complement '{row[1]}'"); continue; }
            var features = row[2] == "-" ? [] : row[2].Split(',').ToHashSet();
            _cueFeatures[lemma] = features;
            var verb = new CueVerb(lemma, complement.Value, features.Contains("listener"), row[3] == "-" ? null : row[3]);
            var forms = row[4] == "-" ? RegularForms(lemma) : row[4].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var form in forms)
            {
                if (Cues.TryGetValue(form, out var other) && other.Lemma != lemma) _problems.Add($"cues.tsv: the form '{form}' belongs to both '{other.Lemma}' and '{lemma}'");
                Cues[form] = verb;
            }
        }
    }

    /// <summary>phrasal-cues.tsv: the verb's forms, then the particles that make it report.</summary>
    private void BuildPhrasalCues()
    {
        foreach (var row in RowsOf("phrasal-cues"))
        {
            if (row.Length < 2) { _problems.Add($"phrasal-cues.tsv: '{row[0]}' has no particles"); continue; }
            var particles = row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var form in row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)) PhrasalCues[form] = particles;
        }
    }

    /// <summary>lemma, -s/-es/-ies, -d/-ed/-ied, -ing: "warn warns warned warning", "deny denies denied denying".</summary>
    internal static string[] RegularForms(string lemma)
    {
        bool e = lemma.EndsWith('e');
        bool y = lemma.Length > 1 && lemma.EndsWith('y') && !"aeiou".Contains(lemma[^2]);
        string third = y ? lemma[..^1] + "ies" : lemma.EndsWith('s') || lemma.EndsWith("sh") || lemma.EndsWith("ch") ? lemma + "es" : lemma + "s";
        string past = y ? lemma[..^1] + "ied" : e ? lemma + "d" : lemma + "ed";
        string ing = e && !lemma.EndsWith("ee") ? lemma[..^1] + "ing" : lemma + "ing";
        return [lemma, third, past, ing];
    }
}
