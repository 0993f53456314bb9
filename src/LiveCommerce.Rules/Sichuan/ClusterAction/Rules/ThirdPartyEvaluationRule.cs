using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction.Rules;

/// <summary>
/// 邀请第三方机构对项目支出的决策、资金管理、使用、监管制度的建立、执行、实现的产出、取得的效益等情况进行客观、公正的分析和评判:
/// once a project has a performance evaluation, a third-party institution's analysis is part of it, with its report as evidence.
/// </summary>
internal sealed class ThirdPartyEvaluationRule<TFacts>(Func<TFacts, PerformanceReview?> review) : EvidenceChecklistRule<TFacts>(SichuanClauses.ThirdPartyEvaluation)
{
    private static readonly LocalizedText Label = new("第三方机构分析评判", "Third-party analysis and judgement");

    protected override LocalizedText NoRecord { get; } = new("绩效评价缺少第三方机构分析评判记录", "The performance evaluation has no record of a third-party institution's analysis");

    protected override LocalizedText AllDone { get; } = new("绩效评价有第三方机构的客观、公正的分析和评判", "The performance evaluation includes a third-party institution's objective, impartial analysis");

    protected override LocalizedText? NotApplicableText { get; } = new("尚未进行绩效评价,本条暂不适用", "No performance evaluation yet: not applicable");

    protected override bool Applies(TFacts facts) => review(facts) is not null;

    protected override (LocalizedText Label, EvidenceItem Item)[]? Items(TFacts facts) =>
        review(facts)?.ThirdPartyEvaluation is { } item ? [(Label, item)] : null;
}
