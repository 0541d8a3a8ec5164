using BenchmarkDotNet.Running;

// Every benchmark class in this assembly; pick with --filter, e.g.
//   dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter '*Extraction*'
// and add --job short for a quick look during development.
// Indexing throughput and per-query search latency (p50/p99), which BenchmarkDotNet's means do not show:
//   -- store-latency [sqlite|postgres]
// Answer latency over 1,000, 10,000 and 100,000 articles (stores built once, then reused): -- scale [SIZES]
// `newsbot index` throughput and what its parts cost: -- index-throughput [sqlite|postgres] [ARTICLES]
// What each stage of the engine costs per article, time and allocations: -- extraction-stages [polnear-dev,polnear-train] [PASSES]
if (args is ["extraction-stages", .. var stageOptions]) NewsBot.Benchmarks.ExtractionStages.Run(Console.Out,
    stageOptions.FirstOrDefault(o => !char.IsDigit(o[0]))?.Split(',') ?? ["polnear-dev", "polnear-train"],
    stageOptions.Where(o => char.IsDigit(o[0])).Select(int.Parse).DefaultIfEmpty(5).First());
else if (args is ["index-throughput", .. var options]) await NewsBot.Benchmarks.IndexThroughput.RunAsync(Console.Out,
    options.FirstOrDefault(o => !char.IsDigit(o[0])) ?? "sqlite", options.Where(o => char.IsDigit(o[0])).Select(int.Parse).DefaultIfEmpty(10_000).First());
else if (args is ["store-latency", .. var backend]) await NewsBot.Benchmarks.StoreLatency.RunAsync(Console.Out, backend is [var name] ? name : "sqlite");
// The same on PostgreSQL (stores kept in schemas scale_SIZE of the benchmarks' server): -- scale SIZES postgres
else if (args is ["scale", ..]) await NewsBot.Benchmarks.ScaleLatency.RunAsync(
    args.Length > 1 ? args[1].Split(',').Select(int.Parse).ToList() : NewsBot.Benchmarks.ScaleCorpus.Sizes, Console.Out,
    args.Length > 2 ? args[2] : NewsBot.Benchmarks.BenchStoreLocation.Sqlite);
// Per-turn latency of the bot over the same stores, whole turns in process: -- corpus-latency [SIZES]
else if (args is ["corpus-latency", ..]) await NewsBot.Benchmarks.CorpusTurnLatency.RunAsync(
    args.Length > 1 ? args[1].Split(',').Select(int.Parse).ToList() : NewsBot.Benchmarks.ScaleCorpus.Sizes, Console.Out);
// The host's resident memory as conversations pile up, in a host process of its own:
//   -- conversation-memory [COUNT] [--host NewsBot.Web.dll] [--set Key=Value]... [--env NAME=VALUE]...
else if (args is ["conversation-memory", ..]) await NewsBot.Benchmarks.ConversationMemory.RunAsync(
    args.Length > 1 && int.TryParse(args[1], out var count) ? count : 20_000,
    Option(args, "--host").FirstOrDefault(), Option(args, "--set"), Option(args, "--env"), Console.Out);
else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

// The values given after each occurrence of an option.
static List<string> Option(string[] args, string name) => args.Zip(args.Skip(1)).Where(pair => pair.First == name).Select(pair => pair.Second).ToList();
