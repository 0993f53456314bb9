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

    public static ISessionFactory Compile()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(RuleTypes));
        return repository.Compile();
    }

    public static List<ClauseVerdict> Evaluate(ISessionFactory factory, SharedBaseApplication facts, DateOnly asOf)
    {
        ISession session = factory.CreateSession();
        session.Insert(new Applicant(facts, asOf));
        session.Fire();

        // Enumerated, not queried with LINQ: an operator on the IQueryable compiles an expression tree per call.
        var verdicts = new List<ClauseVerdict>(RuleTypes.Length);
        foreach (ClauseVerdict verdict in session.Query<ClauseVerdict>().AsEnumerable())
        {
            verdicts.Add(verdict);
        }

        return verdicts;
    }

    /// <summary>Throws unless the floor's verdict of every clause is the core report's outcome for it.</summary>
    public static void Check(ISessionFactory factory, SharedBaseApplication facts, DateOnly asOf)
    {
        Report report = SharedBaseRuleSet.Default.Evaluate(facts, asOf);
        string core = string.Join(", ", report.Findings.Select(f => $"{f.RuleId} {f.Outcome}").Order(StringComparer.Ordinal));
        string floor = string.Join(", ", Evaluate(factory, facts, asOf).Select(v => $"{v.RuleId} {v.Outcome}").Order(StringComparer.Ordinal));
        if (core != floor)
        {
            throw new InvalidOperationException($"The hand-written NRules rules disagree with the core on {facts.BaseName} as of {asOf:yyyy-MM-dd}:\n core:  {core}\n floor: {floor}");
        }
    }
}
