using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project tests/Signatures.Benchmarks -- --filter '*'
// (see docs/benchmarks.md for the exact commands and the latest results).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
