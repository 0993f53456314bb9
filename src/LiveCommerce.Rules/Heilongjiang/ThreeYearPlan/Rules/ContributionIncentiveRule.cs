using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;

/// <summary>
/// 鼓励各地对实现地方贡献达到一定规模以上的直播电商企业,在三年培育期内分别给予相应的激励扶持: the local contribution is at or
/// above the local threshold (以上 includes it; a parameter without default, as the plan leaves it to each locality), and the
/// incentive is granted within the three-year cultivation period, its first day to the day before its third anniversary.
/// </summary>
internal sealed class ContributionIncentiveRule(Threshold? threshold) : LegacyRule<PlanMeasuresCase>(PlanMeasuresClauses.ContributionIncentive)
{
    public const string ThresholdKey = "HLJ-PLAN-CONTRIBUTION-THRESHOLD";

    private static readonly LocalizedText NoIncentive = new("未涉及地方贡献激励", "No local-contribution incentive given");

    /// <summary>The last day of a three-year cultivation period starting on <paramref name="start"/>.</summary>
    public static DateOnly LastCultivationDay(DateOnly start) => start.AddYears(PlanMeasuresClauses.CultivationYears).AddDays(-1);

    public override Finding Evaluate(PlanMeasuresCase facts, DateOnly asOf)
    {
        if (facts.ContributionIncentive is not { } incentive)
        {
            return With(Outcome.NotApplicable, NoIncentive);
        }

        DateOnly start = incentive.CultivationStart;
        DateOnly last = LastCultivationDay(start);
        DateOnly granted = incentive.GrantedOn;
        if (granted < start || granted > last)
        {
            return Lazy(Outcome.NotMet, () => Text.Of(
                $"激励于 {granted:yyyy-MM-dd} 给予,不在三年培育期 {start:yyyy-MM-dd}..{last:yyyy-MM-dd} 内",
                $"The incentive granted on {granted:yyyy-MM-dd} is outside the three-year cultivation period {start:yyyy-MM-dd}..{last:yyyy-MM-dd}"));
        }

        if (threshold is not { } t)
        {
            return MissingParameter(ThresholdKey, Text.Of($"三年培育期 {start:yyyy-MM-dd}..{last:yyyy-MM-dd}", $"cultivation period {start:yyyy-MM-dd}..{last:yyyy-MM-dd}"));
        }

        return Judge(
            Quantity.Of(incentive.LocalContribution),
            t,
            () => Text.Of($"于三年培育期 {start:yyyy-MM-dd}..{last:yyyy-MM-dd} 内给予", $"granted within the cultivation period {start:yyyy-MM-dd}..{last:yyyy-MM-dd}"),
            null);
    }
}
