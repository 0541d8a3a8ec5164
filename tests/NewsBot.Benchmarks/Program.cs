using BenchmarkDotNet.Running;

// Every benchmark class in this assembly; pick with --filter, e.g.
//   dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter '*Extraction*'
// and add --job short for a quick look during development.
// Per-query search latency (p50/p99), which BenchmarkDotNet's means do not show: -- store-latency
if (args is ["store-latency"]) await NewsBot.Benchmarks.StoreLatency.RunAsync(Console.Out);
// Per-turn latency of the bot over a large store: -- corpus-latency [STORE_FILE] [ARTICLES]
else if (args is ["corpus-latency", ..]) await NewsBot.Benchmarks.CorpusTurnLatency.RunAsync(Console.Out, args.Length > 1 ? args[1] : null, args.Length > 2 ? int.Parse(args[2]) : 100_000);
else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
