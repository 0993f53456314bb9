using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;

/// <summary>
/// 从2021年开始连续三年,省级财政每年使用产业结构调整资金1亿元: a fixed yearly commitment of ¥100,000,000 for each of 2021,
/// 2022 and 2023 — not a ceiling (the clause has no 不超过). A year's amount used short of it is not met (¥0 included); more is
/// met. Before the budget year is over a shortfall is not yet due. A year outside 2021–2023 has no such fund.
/// </summary>
internal sealed class FundYearRule(Threshold annualFund)
    : MeasureRule<FundYear>(PlanMeasuresClauses.Fund, new("未涉及省级财政年度资金", "No fund year given"))
{
    private Money Commitment => Money.FromYuan(annualFund.Bound.Value);

    protected override FundYear? MeasureOf(PlanMeasuresCase facts) => facts.Fund;

    protected override Decision Decide(FundYear fund, DateOnly asOf)
    {
        int year = fund.Year;
        if (!IsFundYear(year))
        {
            return Decision.NotApplicable;
        }

        var amount = ComputedAmount.Formatted(
            AmountKind.Standard,
            Text.Of($"{year} 年省级财政产业结构调整资金(每年1亿元)", $"Provincial industrial-restructuring fund for {year} (¥100,000,000 a year)"),
            Commitment,
            $"{year}: year {Ordinal(year)} of 3 (2021–2023) → {Commitment}");
        if (fund.AmountUsed is not { } used)
        {
            return new(Outcome.NotEvaluated, null, annualFund, amount);
        }

        var measured = Quantity.Of(used);
        return !annualFund.IsMetBy(measured) && !IsOver(year, asOf)
            ? new(Outcome.NotApplicable, measured, annualFund, amount)
            : Judge(measured, annualFund, amount);
    }

    protected override LocalizedText? Explain(FundYear fund, DateOnly asOf, in Decision decision)
    {
        int year = fund.Year;
        Money commitment = Commitment;
        return fund.AmountUsed switch
        {
            _ when !IsFundYear(year) => Text.Of($"{year} 年不在 2021—2023 年连续三年之内,本项资金不适用", $"{year} is outside the three years 2021–2023: the fund does not apply"),
            null => Text.Of($"未检查:未填写 {year} 年使用金额(应为每年 {commitment})", $"Not checked: no amount used is given for {year} (the commitment is {commitment} a year)"),
            { } used when decision.Outcome == Outcome.NotApplicable => Text.Of($"尚未到期:{year} 年度尚未结束(评估日期 {asOf:yyyy-MM-dd}),已使用 {used},年度应使用 {commitment}", $"Not yet due: the budget year {year} is not over as of {asOf:yyyy-MM-dd}; {used} used so far of the {commitment} committed"),
            _ => Text.Of($"{year} 年为第 {Ordinal(year)} 年,年度应使用 {commitment}", $"{year} is year {Ordinal(year)} of 3; {commitment} is committed for the year"),
        };
    }

    private static bool IsFundYear(int year) => year is >= PlanMeasuresClauses.FirstFundYear and <= PlanMeasuresClauses.LastFundYear;

    private static int Ordinal(int year) => year - PlanMeasuresClauses.FirstFundYear + 1;

    private static bool IsOver(int year, DateOnly asOf) => asOf > new DateOnly(year, 12, 31);
}
