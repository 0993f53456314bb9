using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction.Rules;

/// <summary>
/// 对绩效评价不达标,且经整改不合格的,按程序收回下达资金: recovery only when the evaluation fails AND the rectification fails.
/// </summary>
/// <remarks>No evaluation yet: not applicable. A failed evaluation with the rectification still under way: not evaluated
/// (no decision yet). A pass, or a passed rectification: met (funds kept). Both failed: not met, with the allocated funds
/// reported as the amount to recover when they are given.</remarks>
internal sealed class PerformanceClawbackRule<TFacts>(Func<TFacts, PerformanceReview?> review) : Rule<TFacts>(SichuanClauses.PerformanceClawback)
{
    private static readonly LocalizedText NoEvaluation = new("尚未进行绩效评价,本条暂不适用", "No performance evaluation yet: not applicable");
    private static readonly LocalizedText Passed = new("绩效评价达标,不收回资金", "The performance evaluation passed: no funds are recovered");
    private static readonly LocalizedText Rectified = new("绩效评价不达标,但经整改合格,不收回资金", "The evaluation failed but the rectification passed: no funds are recovered");
    private static readonly LocalizedText Rectifying = new("绩效评价不达标,整改尚未完成:须待整改结果确定是否收回资金", "The evaluation failed and rectification is under way: recovery depends on its result");
    private static readonly LocalizedText Recovered = new("绩效评价不达标,且经整改不合格:按程序收回下达资金", "The evaluation failed and the rectification failed: the allocated funds are recovered according to procedure");
    private static readonly LocalizedText RecoveryLabel = new("应收回的下达资金", "Allocated funds to recover");

    public override Decision Decide(TFacts facts, DateOnly asOf) => review(facts) switch
    {
        null => Decision.NotApplicable,
        { EvaluationPassed: true } or { RectificationPassed: true } => new(Outcome.Met),
        { RectificationPassed: null } => Decision.NotEvaluated,
        { FundsAllocated: { } funds } => new(Outcome.NotMet, amount: ComputedAmount.Prefixed(AmountKind.Measured, RecoveryLabel, funds, "下达资金 / allocated funds = ")),
        _ => new(Outcome.NotMet),
    };

    protected override LocalizedText? Explain(TFacts facts, DateOnly asOf, in Decision decision) => decision.Outcome switch
    {
        Outcome.NotApplicable => NoEvaluation,
        Outcome.Met => review(facts)!.EvaluationPassed ? Passed : Rectified,
        Outcome.NotEvaluated => Rectifying,
        _ => Recovered,
    };
}
