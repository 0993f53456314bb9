using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/LiveCommerce.Rules.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
