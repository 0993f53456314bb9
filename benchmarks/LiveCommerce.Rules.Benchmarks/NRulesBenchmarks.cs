using BenchmarkDotNet.Attributes;
using LiveCommerce.Rules.Catalog;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.NRules;

namespace LiveCommerce.Rules.Benchmarks;

/// <summary>
/// The generated NRules rule set beside the core engine, per application (a session: insert, fire, collect the
/// report), for the shared base and the biggest programme (Xiangyuan, 49 clauses), on their shipped samples; and the
/// compile time of one rule set.
/// </summary>
[MemoryDiagnoser]
public class NRulesBenchmarks
{
    private static readonly DateOnly AsOf = new(2023, 12, 31);
    private RuleSet ruleSet = null!;
    private NRulesEvaluator nrules = null!;
    private byte[] json = null!;

    [Params("hlj-shared-base/application-meets.json", "xy-rural-e-town/project-meets.json")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        ruleSet = RuleCatalog.Default[Sample.Split('/')[0]];
        nrules = NRulesEvaluator.Compile(ruleSet);
        json = File.ReadAllBytes(Repo.Path(["samples", "data", .. Sample.Split('/')]));
    }

    [Benchmark(Baseline = true)]
    public Report CoreFullReport() => ruleSet.EvaluateJson(json, AsOf).Report!;

    [Benchmark]
    public Report NRulesSession() => nrules.EvaluateJson(json, AsOf).Report!;

    [Benchmark]
    public NRulesEvaluator CompileRuleSet() => NRulesEvaluator.Compile(ruleSet);
}
