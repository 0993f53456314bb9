using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>⑤2020年11月1日至2022年12月31日期间电商投资额不低于500万元.</summary>
/// <remarks>Investments dated outside the window are rejected by validation (the clause asks only for in-window investment),
/// so every listed investment counts.</remarks>
internal sealed class InvestmentRule(Threshold minimum) : ThresholdRule<SharedBaseApplication>(SharedBaseClauses.Investment, minimum)
{
    /// <summary>The investment window, both ends included.</summary>
    public static readonly DateWindow Window = new(new DateOnly(2020, 11, 1), new DateOnly(2022, 12, 31));

    public override Finding Evaluate(SharedBaseApplication facts, DateOnly asOf)
    {
        Quantity total = Measure(facts, asOf);
        int count = facts.Investments.Length;
        return Judge(total, Threshold, null, () =>
        [
            Text.Of(
                $"计入 {count} 笔 {Window} 期间的投资,合计 {total.Format(ReportLanguage.ChineseSimplified)}",
                $"{count} investment(s) dated {Window} counted, totalling {total.Format(ReportLanguage.English)}"),
        ]);
    }

    protected override Quantity Measure(SharedBaseApplication facts, DateOnly asOf)
    {
        // Validation has bounded the total by the largest amount of money, so the sum cannot overflow.
        decimal total = 0m;
        foreach (Investment investment in facts.Investments)
        {
            total += investment.Amount.Yuan;
        }

        return new Quantity(total, Unit.Yuan);
    }
}
