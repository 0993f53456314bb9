using BenchmarkDotNet.Running;
using LiveCommerce.Rules.Benchmarks;

// dotnet run -c Release --project benchmarks/LiveCommerce.Rules.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/LiveCommerce.Rules.Benchmarks -- compare <applications.jsonl>   (used by benchmarks/comparison/compare.mjs)
if (args.Length > 0 && args[0] == "compare")
{
    return SideBySide.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
