using BenchmarkDotNet.Running;

// Every benchmark class in this assembly; pick with --filter, e.g.
//   dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter '*Extraction*'
// and add --job short for a quick look during development.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
