using BenchmarkDotNet.Attributes;
using LiveCommerce.Rules.Benchmarks.HandWrittenNRules;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.NRules;
using NRules;

namespace LiveCommerce.Rules.Benchmarks;

/// <summary>
/// The shared-base applicant clauses per application, side by side: the core full report, the generated NRules rule
/// set (LiveCommerce.Rules.NRules: session, application in, fire, the report out) and the hand-written NRules rules (the
/// NRules floor: session, applicant in, fire, the verdicts out, <c>Baseline</c>; and the same with two rules that conclude,
/// like for like with the generated rule set's own conclusion), Microsoft RulesEngine on the same
/// clauses (its per-rule results); and compiling each NRules rule set.
/// </summary>
/// <remarks>The setup throws unless the floor's, the generated session's and RulesEngine's verdicts are the core's.</remarks>
[MemoryDiagnoser]
public class NRulesFloorBenchmarks
{
    private static readonly DateOnly AsOf = new(2023, 3, 1);
    private readonly SharedBaseRuleSet ruleSet = SharedBaseRuleSet.Default;
    private SharedBaseApplication application = null!;
    private NRulesEvaluator<SharedBaseApplication> generated = null!;
    private ISessionFactory floor = null!;
    private ISessionFactory concludingFloor = null!;
    private RulesEnginePeer rulesEngine = null!;

    [Params(true, false)]
    public bool Eligible { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        application = SharedBaseBenchmarks.Application(Eligible);
        generated = NRulesEvaluator.Compile(ruleSet);
        floor = SharedBaseFloor.Compile();
        SharedBaseFloor.Check(floor, application, AsOf);
        concludingFloor = SharedBaseFloor.CompileConcluding();
        SharedBaseFloor.CheckConcluding(concludingFloor, application, AsOf);
        string core = Verdicts(ruleSet.Evaluate(application, AsOf));
        string session = Verdicts(generated.Evaluate(application, AsOf));
        if (core != session)
        {
            throw new InvalidOperationException($"The generated NRules session disagrees with the core:\n core:    {core}\n session: {session}");
        }

        rulesEngine = new RulesEnginePeer();
        string failedByCore = string.Join(", ", ruleSet.Evaluate(application, AsOf).Findings.Where(f => f.Outcome is not (Outcome.Met or Outcome.NotApplicable or Outcome.Warning)).Select(f => f.RuleId));
        string failedByRulesEngine = string.Join(", ", rulesEngine.Failures(application, AsOf));
        if (failedByCore != failedByRulesEngine)
        {
            throw new InvalidOperationException($"Microsoft RulesEngine disagrees with the core:\n core:        {failedByCore}\n RulesEngine: {failedByRulesEngine}");
        }
    }

    [Benchmark]
    public Report CoreFullReport() => ruleSet.Evaluate(application, AsOf);

    [Benchmark]
    public Report GeneratedNRulesSession() => generated.Evaluate(application, AsOf);

    [Benchmark(Baseline = true)]
    public List<ClauseVerdict> HandWrittenNRulesFloor() => SharedBaseFloor.Evaluate(floor, application, AsOf);

    /// <summary>The floor with two rules that conclude (eligible, not eligible), as the generated rule set concludes.</summary>
    [Benchmark]
    public (List<ClauseVerdict> Verdicts, bool Eligible) HandWrittenNRulesFloorConcluding() => SharedBaseFloor.Conclude(concludingFloor, application, AsOf);

    /// <summary>Microsoft RulesEngine on the same clauses, with its per-rule results.</summary>
    [Benchmark]
    public List<RulesEngine.Models.RuleResultTree> MicrosoftRulesEngine() => rulesEngine.Execute(application, AsOf);

    [Benchmark]
    public NRulesEvaluator CompileGenerated() => NRulesEvaluator.Compile(ruleSet);

    [Benchmark]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "BenchmarkDotNet runs instance methods.")]
    public ISessionFactory CompileHandWritten() => SharedBaseFloor.Compile();

    private static string Verdicts(Report report) => string.Join(", ", report.Findings.Select(f => $"{f.RuleId} {f.Outcome}"));
}
