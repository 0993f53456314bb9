using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;

/// <summary>
/// 年直播电商网络销售额达到一定规模且纳入全省社会消费品零售总额统计的 (MCN, 三、(五)6) and 年直播销售额达到一定规模且纳入全省社会
/// 消费品零售总额统计的 (producer, 三、(五)7): two parts, both required. The statistics part is checked on its own; the scale
/// is a local threshold (a parameter without default): without it the finding is not evaluated, unless the statistics part
/// already fails.
/// </summary>
internal sealed class SalesIncentiveRule : LegacyRule<PlanMeasuresCase>
{
    private readonly SalesIncentiveKind kind;
    private readonly Threshold? threshold;
    private readonly string thresholdKey;

    private SalesIncentiveRule(RuleDescriptor descriptor, SalesIncentiveKind kind, Threshold? threshold, string thresholdKey)
        : base(descriptor)
    {
        this.kind = kind;
        this.threshold = threshold;
        this.thresholdKey = thresholdKey;
    }

    public const string McnKey = "HLJ-PLAN-MCN-SALES-THRESHOLD";

    public const string ProducerKey = "HLJ-PLAN-PRODUCER-SALES-THRESHOLD";

    public static SalesIncentiveRule Mcn(Threshold? threshold) => new(PlanMeasuresClauses.McnIncentive, SalesIncentiveKind.Mcn, threshold, McnKey);

    public static SalesIncentiveRule Producer(Threshold? threshold) => new(PlanMeasuresClauses.ProducerIncentive, SalesIncentiveKind.Producer, threshold, ProducerKey);

    public override Finding Evaluate(PlanMeasuresCase facts, DateOnly asOf)
    {
        if (facts.SalesIncentive is not { } incentive || incentive.Kind != kind)
        {
            return Lazy(Outcome.NotApplicable, () => kind == SalesIncentiveKind.Mcn
                ? new LocalizedText("未涉及MCN机构年销售额激励", "No MCN sales incentive given")
                : new LocalizedText("未涉及生产型企业年直播销售额激励", "No producer sales incentive given"));
        }

        Money sales = incentive.AnnualLiveSales;
        if (!incentive.IncludedInRetailStatistics)
        {
            return Lazy(Outcome.NotMet, () => Text.Of(
                $"年直播销售额 {sales} 未纳入全省社会消费品零售总额统计,不符合激励条件",
                $"The annual live sales of {sales} are not included in the provincial retail statistics: not eligible"));
        }

        if (threshold is not { } t)
        {
            return MissingParameter(thresholdKey, Text.Of($"已纳入全省社会消费品零售总额统计,年直播销售额 {sales}", $"included in the provincial retail statistics; annual live sales {sales}"));
        }

        return Judge(
            Quantity.Of(sales),
            t,
            () => new LocalizedText("已纳入全省社会消费品零售总额统计", "Included in the provincial retail statistics"),
            null);
    }
}
