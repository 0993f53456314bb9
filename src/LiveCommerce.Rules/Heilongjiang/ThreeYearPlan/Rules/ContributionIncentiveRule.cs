using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;

/// <summary>
/// 鼓励各地对实现地方贡献达到一定规模以上的直播电商企业,在三年培育期内分别给予相应的激励扶持: the local contribution is at or
/// above the local threshold (以上 includes it; a parameter without default, as the plan leaves it to each locality), and the
/// incentive is granted within the three-year cultivation period, its first day to the day before its third anniversary.
/// </summary>
internal sealed class ContributionIncentiveRule(Threshold? threshold)
    : MeasureRule<ContributionIncentive>(PlanMeasuresClauses.ContributionIncentive, new("未涉及地方贡献激励", "No local-contribution incentive given"))
{
    /// <summary>The last day of a three-year cultivation period starting on <paramref name="start"/>.</summary>
    public static DateOnly LastCultivationDay(DateOnly start) => start.AddYears(PlanMeasuresClauses.CultivationYears).AddDays(-1);

    protected override ContributionIncentive? MeasureOf(PlanMeasuresCase facts) => facts.ContributionIncentive;

    protected override Decision Decide(ContributionIncentive incentive, DateOnly asOf) =>
        !WithinCultivation(incentive) ? new(Outcome.NotMet)
        : threshold is not { } t ? Decision.NotEvaluated
        : Judge(Quantity.Of(incentive.LocalContribution), t);

    protected override LocalizedText? Explain(ContributionIncentive incentive, DateOnly asOf, in Decision decision)
    {
        DateOnly start = incentive.CultivationStart;
        DateOnly last = LastCultivationDay(start);
        return !WithinCultivation(incentive)
            ? Text.Of(
                $"激励于 {incentive.GrantedOn:yyyy-MM-dd} 给予,不在三年培育期 {start:yyyy-MM-dd}..{last:yyyy-MM-dd} 内",
                $"The incentive granted on {incentive.GrantedOn:yyyy-MM-dd} is outside the three-year cultivation period {start:yyyy-MM-dd}..{last:yyyy-MM-dd}")
            : threshold is null
                ? MissingParameterText(PlanMeasuresClauses.ContributionThresholdKey, Text.Of($"三年培育期 {start:yyyy-MM-dd}..{last:yyyy-MM-dd}", $"cultivation period {start:yyyy-MM-dd}..{last:yyyy-MM-dd}"))
                : Text.Of($"于三年培育期 {start:yyyy-MM-dd}..{last:yyyy-MM-dd} 内给予", $"granted within the cultivation period {start:yyyy-MM-dd}..{last:yyyy-MM-dd}");
    }

    private static bool WithinCultivation(ContributionIncentive incentive) =>
        incentive.GrantedOn >= incentive.CultivationStart && incentive.GrantedOn <= LastCultivationDay(incentive.CultivationStart);
}
