using NewsBot.Testing;

namespace NewsBot.Benchmarks;

/// <summary>The article files of one folder under ../shared/eval, read into memory as raw bytes.</summary>
public sealed record EvalCorpus(string Name, IReadOnlyList<byte[]> Files)
{
    public const string PolnearDev = "polnear-dev";
    public const string Seed = "seed";

    private static readonly Dictionary<string, EvalCorpus> Loaded = [];

    public long TotalBytes => Files.Sum(f => (long)f.Length);

    /// <summary>Read once per process: the benchmark's setup and the report's columns both ask.</summary>
    public static EvalCorpus Get(string name)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(name, out var corpus))
            {
                var folder = Path.Combine(SharedEval.Folder, name, "text");
                var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
                Loaded[name] = corpus = new EvalCorpus(name, files);
            }
            return corpus;
        }
    }
}
