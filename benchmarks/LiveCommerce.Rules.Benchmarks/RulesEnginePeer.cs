using System.Runtime.InteropServices;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using RulesEngine.Models;

namespace LiveCommerce.Rules.Benchmarks;

/// <summary>
/// The shared-base applicant clauses in Microsoft RulesEngine, as a .NET team would write them instead of using this
/// library: one workflow, one rule per clause with its pass condition as a lambda expression over the typed facts
/// (<c>a</c>) and the as-of date (<c>asOf</c>), thresholds written into the expressions. The two collections also go in
/// as their arrays (<c>monthly</c>, <c>investments</c>; no copy): an <c>ImmutableArray</c> is a struct, which
/// System.Linq.Dynamic.Core does not hand to <c>Enumerable.Sum</c> ("no generic method 'Sum' … is compatible"). The failed clauses are read
/// from RulesEngine's per-rule results (<see cref="RuleResultTree"/>: rule, success, inputs, exception message).
/// </summary>
/// <remarks>The same ten clauses as the JavaScript engines and the C# hand-written ifs; a peer in the comparison only.</remarks>
internal sealed class RulesEnginePeer
{
    private const string Workflow = "hlj-shared-base";

    private static readonly (string Id, string Expression)[] Clauses =
    [
        ("HLJ-BASE-OPERATOR", "a.Operator.IsLegalEntity && a.Operator.OperationStartDate.AddYears(1) <= asOf"),
        ("HLJ-BASE-AREA", "a.BuildingArea.SquareMetres >= 2000"),
        ("HLJ-BASE-TENANTS", "monthly.Sum(m => m.Tenants) >= 120"),
        ("HLJ-BASE-LIVE-ROOMS", "monthly.Sum(m => m.LiveRooms) >= 120"),
        ("HLJ-BASE-RETAIL", "a.OnlineRetail2022.Yuan >= 30000000"),
        ("HLJ-BASE-INVESTMENT", "investments.Sum(i => i.Amount.Yuan) >= 5000000"),
        ("HLJ-BASE-AUDIT", "a.AuditReport.Provided && a.AuditReport.FirmQualified && a.AuditReport.CoversInvestment && a.AuditReport.CoversOnlineRetail"),
        ("HLJ-BASE-COMMITMENT", "a.AuthenticityCommitmentSigned"),
        ("HLJ-BASE-NO-DOUBLE-SUPPORT", "!a.PreviouslySupportedAsProvincialBase"),
        ("HLJ-BASE-RURAL-PROJECT", "a.RuralDemonstrationFunding == null || !a.RuralDemonstrationFunding.Funded || (a.RuralDemonstrationFunding.NationalAcceptanceDate != null && a.RuralDemonstrationFunding.NationalAcceptanceDate.Value <= DateOnly(2020, 10, 31))"),
    ];

    private readonly RulesEngine.RulesEngine engine;

    /// <summary>The RulesEngine package's version, for the table.</summary>
    public static string Version =>
        typeof(RulesEngine.RulesEngine).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0]
        ?? typeof(RulesEngine.RulesEngine).Assembly.GetName().Version!.ToString(3);

    public RulesEnginePeer()
    {
        var workflow = new Workflow
        {
            WorkflowName = Workflow,
            Rules = [.. Clauses.Select(c => new Rule { RuleName = c.Id, Expression = c.Expression, RuleExpressionType = RuleExpressionType.LambdaExpression })],
        };
        engine = new RulesEngine.RulesEngine([workflow], new ReSettings { CustomTypes = [typeof(DateOnly)] });
    }

    /// <summary>The workflow's per-rule results for one application.</summary>
    public List<RuleResultTree> Execute(SharedBaseApplication application, DateOnly asOf) =>
        engine.ExecuteAllRulesAsync(
            Workflow,
            new RuleParameter("a", application),
            new RuleParameter("asOf", asOf),
            new RuleParameter("monthly", ImmutableCollectionsMarshal.AsArray(application.Monthly2022)!),
            new RuleParameter("investments", ImmutableCollectionsMarshal.AsArray(application.Investments)!)).AsTask().GetAwaiter().GetResult();

    /// <summary>The ids of the clauses whose rule did not succeed.</summary>
    public List<string> Failures(SharedBaseApplication application, DateOnly asOf)
    {
        var failed = new List<string>();
        foreach (RuleResultTree result in Execute(application, asOf))
        {
            if (!result.IsSuccess)
            {
                // An expression that throws is a failure too: it must not pass as an unmet clause unnoticed.
                failed.Add(string.IsNullOrEmpty(result.ExceptionMessage) ? result.Rule.RuleName : $"{result.Rule.RuleName} threw: {result.ExceptionMessage}");
            }
        }

        return failed;
    }
}
