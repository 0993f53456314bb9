using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;

/// <summary>
/// 从2021年开始连续三年,省级财政每年使用产业结构调整资金1亿元: a fixed yearly commitment of ¥100,000,000 for each of 2021,
/// 2022 and 2023 — not a ceiling (the clause has no 不超过). A year's amount used short of it is not met (¥0 included); more is
/// met. Before the budget year is over a shortfall is not yet due. A year outside 2021–2023 has no such fund.
/// </summary>
internal sealed class FundYearRule(Threshold annualFund) : LegacyRule<PlanMeasuresCase>(PlanMeasuresClauses.Fund)
{
    private static readonly LocalizedText NoFund = new("未涉及省级财政年度资金", "No fund year given");

    public override Finding Evaluate(PlanMeasuresCase facts, DateOnly asOf)
    {
        if (facts.Fund is not { } fund)
        {
            return With(Outcome.NotApplicable, NoFund);
        }

        int year = fund.Year;
        if (year < PlanMeasuresClauses.FirstFundYear || year > PlanMeasuresClauses.LastFundYear)
        {
            return Lazy(
                Outcome.NotApplicable,
                () => Text.Of($"{year} 年不在 2021—2023 年连续三年之内,本项资金不适用", $"{year} is outside the three years 2021–2023: the fund does not apply"));
        }

        Money commitment = Money.FromYuan(annualFund.Bound.Value);
        int ordinal = year - PlanMeasuresClauses.FirstFundYear + 1;
        var amount = new ComputedAmount(
            AmountKind.Standard,
            Text.Of($"{year} 年省级财政产业结构调整资金(每年1亿元)", $"Provincial industrial-restructuring fund for {year} (¥100,000,000 a year)"),
            commitment,
            FormattableString.Invariant($"{year}: year {ordinal} of 3 (2021–2023) → {commitment}"));
        if (fund.AmountUsed is not { } used)
        {
            return Lazy(
                Outcome.NotEvaluated,
                () => Text.Of($"未检查:未填写 {year} 年使用金额(应为每年 {commitment})", $"Not checked: no amount used is given for {year} (the commitment is {commitment} a year)"),
                amount: amount,
                required: annualFund);
        }

        var measured = Quantity.Of(used);
        if (!annualFund.IsMetBy(measured) && asOf <= new DateOnly(year, 12, 31))
        {
            return Lazy(
                Outcome.NotApplicable,
                () => Text.Of($"尚未到期:{year} 年度尚未结束(评估日期 {asOf:yyyy-MM-dd}),已使用 {used},年度应使用 {commitment}", $"Not yet due: the budget year {year} is not over as of {asOf:yyyy-MM-dd}; {used} used so far of the {commitment} committed"),
                amount: amount,
                measured: measured,
                required: annualFund);
        }

        return Judge(measured, annualFund, () => Text.Of($"{year} 年为第 {ordinal} 年,年度应使用 {commitment}", $"{year} is year {ordinal} of 3; {commitment} is committed for the year"), null, amount);
    }
}
