using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using NRules;
using NRules.Fluent;

namespace LiveCommerce.Rules.Benchmarks.HandWrittenNRules;

/// <summary>The fact the hand-written rules match: one application as of one date.</summary>
/// <remarks>A class, so NRules tells two applicants apart by reference, not by comparing their facts.</remarks>
public sealed class Applicant(SharedBaseApplication facts, DateOnly asOf)
{
    public SharedBaseApplication Facts { get; } = facts;

    public DateOnly AsOf { get; } = asOf;
}

/// <summary>What each hand-written rule inserts: its clause's verdict about one applicant.</summary>
public sealed class ClauseVerdict(Applicant applicant, string ruleId, Outcome outcome)
{
    public ClauseVerdict(Applicant applicant, string ruleId, bool met)
        : this(applicant, ruleId, met ? Outcome.Met : Outcome.NotMet)
    {
    }

    public Applicant Applicant { get; } = applicant;

    public string RuleId { get; } = ruleId;

    public Outcome Outcome { get; } = outcome;
}

/// <summary>
/// The hand-written NRules rule set of the shared-base applicant clauses (the NRules floor): compiled once; per
/// application a session, the applicant in, the rules fired, the verdicts collected.
/// </summary>
internal static class SharedBaseFloor
{
    /// <summary>The rule classes, one per clause of <c>hlj-shared-base</c>, in clause order.</summary>
    public static readonly Type[] RuleTypes =
    [
        typeof(InProvinceRule), typeof(OperatorRule), typeof(BuildingAreaRule), typeof(TenantsRule), typeof(LiveRoomsRule),
        typeof(OnlineRetailRule), typeof(InvestmentRule), typeof(AuditReportRule), typeof(CommitmentRule),
        typeof(NoDoubleSupportRule), typeof(RuralProjectRule), typeof(BlacklistRule),
    ];

    /// <summary>The clause rules and the two rules that conclude (<see cref="EligibleRule"/>, <see cref="IneligibleRule"/>).</summary>
    public static readonly Type[] ConcludingRuleTypes = [.. RuleTypes, typeof(EligibleRule), typeof(IneligibleRule)];

    public static ISessionFactory Compile() => Compile(RuleTypes);

    /// <summary>The floor with its conclusion: like for like with the generated rule set, which also concludes.</summary>
    public static ISessionFactory CompileConcluding() => Compile(ConcludingRuleTypes);

    private static ISessionFactory Compile(Type[] ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleTypes));
        return repository.Compile();
    }

    /// <summary>The concluding floor: session, applicant in, fire, the verdicts and the conclusion out.</summary>
    public static (List<ClauseVerdict> Verdicts, bool Eligible) Conclude(ISessionFactory factory, SharedBaseApplication facts, DateOnly asOf)
    {
        ISession session = Fire(factory, facts, asOf, out List<ClauseVerdict> verdicts);
        Conclusion? conclusion = null;
        foreach (Conclusion made in session.Query<Conclusion>().AsEnumerable())
        {
            conclusion = conclusion is null ? made : throw new InvalidOperationException($"Two conclusions about {facts.BaseName}.");
        }

        return (verdicts, conclusion?.Eligible ?? throw new InvalidOperationException($"No conclusion about {facts.BaseName}."));
    }

    public static List<ClauseVerdict> Evaluate(ISessionFactory factory, SharedBaseApplication facts, DateOnly asOf)
    {
        Fire(factory, facts, asOf, out List<ClauseVerdict> verdicts);
        return verdicts;
    }

    /// <summary>Throws unless the floor's verdict of every clause is the core report's outcome for it.</summary>
    public static void Check(ISessionFactory factory, SharedBaseApplication facts, DateOnly asOf) =>
        Compare(facts, asOf, Evaluate(factory, facts, asOf), eligible: null);

    /// <summary>Throws unless the concluding floor's verdicts and conclusion are the core report's.</summary>
    public static void CheckConcluding(ISessionFactory factory, SharedBaseApplication facts, DateOnly asOf)
    {
        (List<ClauseVerdict> verdicts, bool eligible) = Conclude(factory, facts, asOf);
        Compare(facts, asOf, verdicts, eligible);
    }

    // A session with the applicant in and the rules fired, and the verdicts it holds.
    private static ISession Fire(ISessionFactory factory, SharedBaseApplication facts, DateOnly asOf, out List<ClauseVerdict> verdicts)
    {
        ISession session = factory.CreateSession();
        session.Insert(new Applicant(facts, asOf));
        session.Fire();

        // Enumerated, not queried with LINQ: an operator on the IQueryable compiles an expression tree per call.
        verdicts = new List<ClauseVerdict>(RuleTypes.Length);
        foreach (ClauseVerdict verdict in session.Query<ClauseVerdict>().AsEnumerable())
        {
            verdicts.Add(verdict);
        }

        return session;
    }

    // Throws unless the verdicts (and the conclusion, when there is one) are the core report's.
    private static void Compare(SharedBaseApplication facts, DateOnly asOf, List<ClauseVerdict> verdicts, bool? eligible)
    {
        Report report = SharedBaseRuleSet.Default.Evaluate(facts, asOf);
        string core = string.Join(", ", report.Findings.Select(f => $"{f.RuleId} {f.Outcome}").Order(StringComparer.Ordinal));
        string floor = string.Join(", ", verdicts.Select(v => $"{v.RuleId} {v.Outcome}").Order(StringComparer.Ordinal));
        bool coreEligible = report.Outcome is ReportOutcome.Met or ReportOutcome.MetWithWarnings;
        if (core != floor || (eligible is { } concluded && concluded != coreEligible))
        {
            throw new InvalidOperationException($"The hand-written NRules rules disagree with the core on {facts.BaseName} as of {asOf:yyyy-MM-dd}:\n core:  {core} ({report.Outcome})\n floor: {floor} (eligible: {eligible?.ToString() ?? "not concluded"})");
        }
    }
}
