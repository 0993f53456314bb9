using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>⑤2020年11月1日至2022年12月31日期间电商投资额不低于500万元.</summary>
/// <remarks>
/// The clause counts the investment made <em>in</em> the window: every listed investment is looked at, those dated inside
/// 2020-11-01..2022-12-31 (both ends included) are summed, and the notes show each one, counted or left out and why. An
/// investment outside the window is not a reason to reject the application. An investment dated after the as-of date is
/// not yet known on that date: it is left out and reported.
/// </remarks>
internal sealed class InvestmentRule(Threshold minimum) : ThresholdRule<SharedBaseApplication>(SharedBaseClauses.Investment, minimum)
{
    /// <summary>The investment window, both ends included.</summary>
    public static readonly DateWindow Window = new(new DateOnly(2020, 11, 1), new DateOnly(2022, 12, 31));

    protected override ImmutableArray<LocalizedText> Describe(SharedBaseApplication facts, DateOnly asOf, in Decision decision) =>
        Notes(facts.Investments, asOf, decision.Measured!.Value);

    /// <summary>Whether the investment counts towards ⑤ as of <paramref name="asOf"/>.</summary>
    public static bool Counts(Investment investment, DateOnly asOf) => Window.Contains(investment.Date) && investment.Date <= asOf;

    protected override Quantity Measure(SharedBaseApplication facts, DateOnly asOf)
    {
        // Validation has bounded the total by the largest amount of money, so the sum cannot overflow.
        decimal total = 0m;
        foreach (Investment investment in facts.Investments)
        {
            if (Counts(investment, asOf))
            {
                total += investment.Amount.Yuan;
            }
        }

        return new Quantity(total, Unit.Yuan);
    }

    private static ImmutableArray<LocalizedText> Notes(ImmutableArray<Investment> investments, DateOnly asOf, Quantity total)
    {
        ImmutableArray<LocalizedText>.Builder notes = ImmutableArray.CreateBuilder<LocalizedText>(investments.Length + 1);
        int counted = 0;
        for (int i = 0; i < investments.Length; i++)
        {
            Investment investment = investments[i];
            DateOnly date = investment.Date;
            Money amount = investment.Amount;
            if (!Window.Contains(date))
            {
                notes.Add(Text.Of(
                    $"第 {i + 1} 笔 {date:yyyy-MM-dd} {amount}:不在 {Window} 期间内,不计入",
                    $"Investment {i + 1}, {date:yyyy-MM-dd}, {amount}: outside {Window}, not counted"));
            }
            else if (date > asOf)
            {
                notes.Add(Text.Of(
                    $"第 {i + 1} 笔 {date:yyyy-MM-dd} {amount}:晚于评估日期 {asOf:yyyy-MM-dd},尚未发生,不计入",
                    $"Investment {i + 1}, {date:yyyy-MM-dd}, {amount}: dated after the as-of date {asOf:yyyy-MM-dd}, not yet made, not counted"));
            }
            else
            {
                counted++;
                notes.Add(Text.Of(
                    $"第 {i + 1} 笔 {date:yyyy-MM-dd} {amount}:计入",
                    $"Investment {i + 1}, {date:yyyy-MM-dd}, {amount}: counted"));
            }
        }

        notes.Add(Text.Of(
            $"共 {investments.Length} 笔,计入 {counted} 笔 {Window} 期间的投资,合计 {total.Format(ReportLanguage.ChineseSimplified)}",
            $"{investments.Length} investment(s) listed, {counted} dated {Window} counted, totalling {total.Format(ReportLanguage.English)}"));
        return notes.MoveToImmutable();
    }
}
