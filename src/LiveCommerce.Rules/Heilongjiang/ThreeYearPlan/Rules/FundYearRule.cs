using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;

/// <summary>
/// 从2021年开始连续三年,省级财政每年使用产业结构调整资金1亿元: ¥100,000,000 for each of 2021, 2022 and 2023. The finding
/// carries the year's fund as a cap; an amount used above it is not met; a year outside 2021–2023 has no such fund.
/// </summary>
internal sealed class FundYearRule(Threshold annualFund) : Rule<PlanMeasuresCase>(PlanMeasuresClauses.Fund)
{
    private static readonly LocalizedText NoFund = new("未涉及省级财政年度资金", "No fund year given");

    public override Finding Evaluate(PlanMeasuresCase facts, DateOnly asOf)
    {
        if (facts.Fund is not { } fund)
        {
            return With(Outcome.NotApplicable, NoFund);
        }

        if (fund.Year < PlanMeasuresClauses.FirstFundYear || fund.Year > PlanMeasuresClauses.LastFundYear)
        {
            int year = fund.Year;
            return Lazy(
                Outcome.NotApplicable,
                () => Text.Of($"{year} 年不在 2021—2023 年连续三年之内,本项资金不适用", $"{year} is outside the three years 2021–2023: the fund does not apply"));
        }

        Money cap = Money.FromYuan(annualFund.Bound.Value);
        int ordinal = fund.Year - PlanMeasuresClauses.FirstFundYear + 1;
        var amount = new ComputedAmount(
            AmountKind.Cap,
            Text.Of($"{fund.Year} 年省级财政产业结构调整资金", $"Provincial industrial-restructuring fund for {fund.Year}"),
            cap,
            FormattableString.Invariant($"{fund.Year}: year {ordinal} of 3 (2021–2023) → {cap}"));
        if (fund.AmountUsed is not { } used)
        {
            return Lazy(Outcome.Met, () => Text.Of($"{fund.Year} 年为第 {ordinal} 年,年度资金 {cap}", $"{fund.Year} is year {ordinal} of 3; the year's fund is {cap}"), amount: amount, required: annualFund);
        }

        return Judge(Quantity.Of(used), annualFund, () => Text.Of($"{fund.Year} 年为第 {ordinal} 年", $"{fund.Year} is year {ordinal} of 3"), null, amount);
    }
}
