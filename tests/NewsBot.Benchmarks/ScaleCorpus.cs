using System.Diagnostics;
using System.Threading.Channels;
using NewsBot.Quotes;
using NewsBot.Store;

namespace NewsBot.Benchmarks;

/// <summary>
/// Store files of 1,000, 10,000 or 100,000 articles made by <see cref="ArticleVariants"/>, kept
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

    /// <summary>Makes sure a store of each size exists, building what is missing; reports indexing throughput for what it builds.</summary>
    public static async Task EnsureAsync(IReadOnlyList<int> sizes, TextWriter output)
    {
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

    private static async Task<bool> IsComplete(string file, int size)
    {
        if (!File.Exists(file)) return false;
        await using var store = await ArticleStore.OpenAsync(file);
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

    /// <summary>Adds variants until the store holds <paramref name="size"/> articles: the engine runs on every core, the store takes them one transaction each.</summary>
    private static async Task GrowAsync(string file, int size, ArticleVariants variants, TextWriter output)
    {
        await using var store = await ArticleStore.OpenAsync(file);
        int start = await store.CountAsync();
        var analysed = Channel.CreateBounded<(ArticleQuotes Article, DateTimeOffset Published)>(256);
        var clock = Stopwatch.StartNew();
        var storeTime = TimeSpan.Zero;
        var producer = Task.Run(async () =>
        {
            await Parallel.ForAsync(start, size, async (index, token) =>
            {
                var (text, source, published) = variants.Make(index);
                await analysed.Writer.WriteAsync((QuoteEngine.AnalyzeText(text, source), published), token);
            });
            analysed.Writer.Complete();
        });
        int added = 0;
        await foreach (var (article, published) in analysed.Reader.ReadAllAsync())
        {
            var storing = Stopwatch.StartNew();
            bool isNew = (await store.AddAsync(article, published)).IsNew;
            storeTime += storing.Elapsed;
            if (isNew && ++added % 10_000 == 0) output.WriteLine($"  {start + added:N0} / {size:N0} articles");
        }
        await producer;
        output.WriteLine($"Built {file}: {added:N0} articles added in {clock.Elapsed.TotalSeconds:0.0} s " +
            $"(analysis and storing {added / clock.Elapsed.TotalSeconds:0} articles/s; storing alone {added / storeTime.TotalSeconds:0} articles/s), " +
            $"{new FileInfo(file).Length / 1048576.0:0} MB");
    }
}
