using System.Diagnostics;
using NewsBot.Ingest;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Benchmarks;

/// <summary>
/// Store files of 1,000, 10,000, 100,000 or 1,000,000 articles made by <see cref="ArticleVariants"/>, kept
/// between runs in a folder (NEWSBOT_SCALE_DIR, default a folder under the temp directory) since
/// the largest takes minutes to build. A store is grown from the next smaller one, so building all
/// three costs no more than building the largest.
/// </summary>
public static class ScaleCorpus
{
    public static readonly int[] Sizes = [1_000, 10_000, 100_000];

    public static string Folder => Environment.GetEnvironmentVariable("NEWSBOT_SCALE_DIR") is { Length: > 0 } folder
        ? folder
        : Path.Combine(Path.GetTempPath(), "newsbot-scale");

    public static string StoreFile(int size) => Path.Combine(Folder, $"scale-{size}.db");

    /// <summary>Where the store of this size is on a backend: <see cref="StoreFile"/>, or a kept schema scale_SIZE on the benchmarks' PostgreSQL server.</summary>
    public static async Task<string> LocationAsync(int size, string backend) =>
        backend == BenchStoreLocation.Postgres ? await BenchStoreLocation.KeptSchemaAsync($"scale_{size}") : StoreFile(size);

    /// <summary>Makes sure a store of each size exists, building what is missing; reports indexing throughput for what it builds.</summary>
    public static async Task EnsureAsync(IReadOnlyList<int> sizes, TextWriter output, string backend = BenchStoreLocation.Sqlite)
    {
        if (backend == BenchStoreLocation.Postgres)
        {
            // A database grows in place: each size is built on its own.
            var made = new Lazy<ArticleVariants>(() => new ArticleVariants(StoreCorpus.Analyse().Articles));
            foreach (int size in sizes.Order())
                if (await LocationAsync(size, backend) is var location && !await IsComplete(location, size)) await GrowAsync(location, size, made.Value, output);
            return;
        }
        Directory.CreateDirectory(Folder);
        ArticleVariants? variants = null;
        string? previous = null;
        foreach (int size in sizes.Order())
        {
            var file = StoreFile(size);
            if (!await IsComplete(file, size))
            {
                variants ??= new ArticleVariants(StoreCorpus.Analyse().Articles);
                if (previous is not null) CopyStore(previous, file);
                await GrowAsync(file, size, variants, output);
            }
            previous = file;
        }
    }

    private static async Task<bool> IsComplete(string location, int size)
    {
        if (!Store.Postgres.PostgresLocation.IsPostgres(location) && !File.Exists(location)) return false;
        await using var store = await ArticleStore.OpenAsync(location);
        return await store.CountAsync() >= size * 99 / 100; // a handful of variants can repeat an original word for word
    }

    private static void CopyStore(string from, string to)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(to + suffix);
            if (File.Exists(from + suffix)) File.Copy(from + suffix, to + suffix);
        }
    }

    /// <summary>Adds variants until the store holds <paramref name="size"/> articles, as `newsbot index` adds files: analysed on every core, stored a batch per transaction.</summary>
    private static async Task GrowAsync(string file, int size, ArticleVariants variants, TextWriter output)
    {
        await using var store = (IArchiveStore)await ArticleStore.OpenAsync(file);
        int start = await store.CountAsync();
        var clock = Stopwatch.StartNew();
        var storeTime = TimeSpan.Zero;
        int added = 0;
        await BatchPipeline.RunAsync(AsyncEnumerable.Range(start, size - start),
            (index, _) =>
            {
                var (text, source, published) = variants.Make(index);
                return Task.FromResult(new ArticleToAdd(QuoteEngine.AnalyzeText(text, source), published));
            },
            async (batch, _) =>
            {
                var storing = Stopwatch.StartNew();
                var results = await store.AddManyAsync(batch);
                storeTime += storing.Elapsed;
                int before = added;
                added += results.Count(r => r.IsNew);
                if (added / 50_000 > before / 50_000)
                    output.WriteLine($"  {start + added:N0} / {size:N0} articles, {added / clock.Elapsed.TotalSeconds:0} articles/s, {clock.Elapsed.TotalMinutes:0.0} min");
                return true;
            }, new PipelineOptions(), CancellationToken.None);
        output.WriteLine($"Built {store.Location}: {added:N0} articles added in {clock.Elapsed.TotalSeconds:0.0} s " +
            $"(analysis and storing {added / clock.Elapsed.TotalSeconds:0} articles/s; storing alone {added / storeTime.TotalSeconds:0} articles/s)" +
            (File.Exists(file) ? $", {new FileInfo(file).Length / 1048576.0:0} MB" : ""));
    }
}
