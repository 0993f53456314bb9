using BenchmarkDotNet.Attributes;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Benchmarks;

/// <summary>
/// Every built-in rule set on its shipped samples (one that meets everything, one with realistic failures): the full
/// report (every finding with measured value, threshold, citation) and the fast path (met / not met).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(WideSampleColumn))]
public class ProgrammeBenchmarks
{
    private static readonly DateOnly AsOf = new(2023, 12, 31);
    private Case current = null!;

    /// <summary>rule-set-id/sample.json, for every rule set and every sample in its folder; only those that contain one of
    /// the comma-separated texts in <c>LCR_BENCH_SAMPLES</c> when it is set (BenchmarkDotNet's filter cannot pick parameters).</summary>
    public static IEnumerable<string> Samples()
    {
        string[] only = (Environment.GetEnvironmentVariable("LCR_BENCH_SAMPLES") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return
            from ruleSet in RuleCatalog.Default.RuleSets
            let folder = Repo.Path("samples", "data", ruleSet.Id)
            where Directory.Exists(folder)
            from file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
            let sample = ruleSet.Id + "/" + System.IO.Path.GetFileName(file)
            where only.Length == 0 || only.Any(o => sample.Contains(o, StringComparison.Ordinal))
            select sample;
    }

    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        string[] parts = Sample.Split('/');
        RuleSet ruleSet = RuleCatalog.Default[parts[0]];
        byte[] json = File.ReadAllBytes(Repo.Path("samples", "data", parts[0], parts[1]));

        // Reflection only here, to get a typed case for each rule set; the measured calls are ordinary virtual calls.
        current = (Case)Activator.CreateInstance(typeof(Case<>).MakeGenericType(ruleSet.FactsType), ruleSet, json, AsOf)!;
    }

    [Benchmark]
    public Report FullReport() => current.Evaluate();

    [Benchmark]
    public bool FastPath() => current.IsMet();

    /// <summary>Prints the whole sample name (BenchmarkDotNet cuts parameter values at 20 characters by default).</summary>
    private sealed class WideSampleColumn : BenchmarkDotNet.Configs.ManualConfig
    {
        public WideSampleColumn() => SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithMaxParameterColumnWidth(60);
    }

    private abstract class Case
    {
        public abstract Report Evaluate();

        public abstract bool IsMet();
    }

    private sealed class Case<TFacts> : Case
        where TFacts : class
    {
        private readonly RuleSet<TFacts> ruleSet;
        private readonly TFacts facts;
        private readonly DateOnly asOf;

        public Case(RuleSet ruleSet, byte[] json, DateOnly asOf)
        {
            this.ruleSet = (RuleSet<TFacts>)ruleSet;
            ValidationResult validation = this.ruleSet.ReadFacts(json, out TFacts? read);
            facts = read ?? throw new InvalidOperationException($"{ruleSet.Id}: {string.Join("; ", validation.Problems.Select(p => p.Path + " " + p.Code))}");
            this.asOf = asOf;
        }

        public override Report Evaluate() => ruleSet.Evaluate(facts, asOf);

        public override bool IsMet() => ruleSet.IsMet(facts, asOf);
    }
}
