using BenchmarkDotNet.Running;

// Every benchmark class in this assembly; pick with --filter, e.g.
//   dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter '*Extraction*'
// and add --job short for a quick look during development.
// Indexing throughput and per-query search latency (p50/p99), which BenchmarkDotNet's means do not show:
//   -- store-latency [sqlite|postgres]
if (args is ["store-latency", .. var backend]) await NewsBot.Benchmarks.StoreLatency.RunAsync(Console.Out, backend is [var name] ? name : "sqlite");
else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
