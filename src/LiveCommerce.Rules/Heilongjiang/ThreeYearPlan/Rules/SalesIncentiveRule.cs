using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;

/// <summary>
/// 年直播电商网络销售额达到一定规模且纳入全省社会消费品零售总额统计的 (MCN, 三、(五)6) and 年直播销售额达到一定规模且纳入全省社会
/// 消费品零售总额统计的 (producer, 三、(五)7): two parts, both required. The statistics part is checked on its own; the scale
/// is a local threshold (a parameter without default): without it the finding is not evaluated, unless the statistics part
/// already fails.
/// </summary>
internal sealed class SalesIncentiveRule : MeasureRule<SalesIncentive>
{
    private static readonly LocalizedText Included = new("已纳入全省社会消费品零售总额统计", "Included in the provincial retail statistics");

    private readonly SalesIncentiveKind kind;
    private readonly Threshold? threshold;
    private readonly string thresholdKey;

    private SalesIncentiveRule(RuleDescriptor descriptor, LocalizedText notGiven, SalesIncentiveKind kind, Threshold? threshold, string thresholdKey)
        : base(descriptor, notGiven)
    {
        this.kind = kind;
        this.threshold = threshold;
        this.thresholdKey = thresholdKey;
    }

    public static SalesIncentiveRule Mcn(Threshold? threshold) => new(
        PlanMeasuresClauses.McnIncentive, new("未涉及MCN机构年销售额激励", "No MCN sales incentive given"), SalesIncentiveKind.Mcn, threshold, PlanMeasuresClauses.McnSalesThresholdKey);

    public static SalesIncentiveRule Producer(Threshold? threshold) => new(
        PlanMeasuresClauses.ProducerIncentive, new("未涉及生产型企业年直播销售额激励", "No producer sales incentive given"), SalesIncentiveKind.Producer, threshold, PlanMeasuresClauses.ProducerSalesThresholdKey);

    protected override SalesIncentive? MeasureOf(PlanMeasuresCase facts) => facts.SalesIncentive is { } incentive && incentive.Kind == kind ? incentive : null;

    protected override Decision Decide(SalesIncentive incentive, DateOnly asOf) =>
        !incentive.IncludedInRetailStatistics ? new(Outcome.NotMet)
        : threshold is not { } t ? Decision.NotEvaluated
        : Judge(Quantity.Of(incentive.AnnualLiveSales), t);

    protected override LocalizedText? Explain(SalesIncentive incentive, DateOnly asOf, in Decision decision)
    {
        Money sales = incentive.AnnualLiveSales;
        return !incentive.IncludedInRetailStatistics
            ? Text.Of($"年直播销售额 {sales} 未纳入全省社会消费品零售总额统计,不符合激励条件", $"The annual live sales of {sales} are not included in the provincial retail statistics: not eligible")
            : threshold is null
                ? MissingParameterText(thresholdKey, Text.Of($"已纳入全省社会消费品零售总额统计,年直播销售额 {sales}", $"included in the provincial retail statistics; annual live sales {sales}"))
                : Included;
    }
}
