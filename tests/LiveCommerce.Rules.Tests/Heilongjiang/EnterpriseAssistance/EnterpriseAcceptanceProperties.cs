using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Primitives;
using Outcome = LiveCommerce.Rules.Engine.Outcome;

namespace LiveCommerce.Rules.Tests.Heilongjiang.EnterpriseAssistance;

public class EnterpriseAcceptanceProperties
{
    private static readonly EnterpriseAssistanceRuleSet RuleSet = EnterpriseAssistanceRuleSet.Default;

    private static readonly string[] AcceptanceRules = ["HLJ-ACT-ACCEPT-LIVE-HOURS", "HLJ-ACT-ACCEPT-VIDEOS", "HLJ-ACT-ACCEPT-SALES-MONTHS", "HLJ-ACT-ACCEPT-ORDER-MONTHS"];

    /// <summary>Sales in fen clustered around the ¥100,000 standard so that boundaries are hit often.</summary>
    private static readonly Gen<decimal> Sales = Gen.OneOf(
        Gen.Choose(9_999_990, 10_000_010).Select(fen => fen / 100m),
        Gen.Elements(0m, 99_999.99m, 100_000m, 100_000.01m, 250_000m),
        Gen.Choose(0, 20_000_000).Select(fen => fen / 100m));

    private static readonly Gen<MonthlyAccountFigures> Figures =
        from hours in Gen.Choose(0, 2_000).Select(h => h / 100m)
        from videos in Gen.Choose(0, 8)
        from sales in Sales
        from orders in Gen.OneOf(Gen.Choose(990, 1_010), Gen.Choose(0, 3_000))
        select new MonthlyAccountFigures { Month = AssistanceSamples.First, LiveHours = Hours.FromHours(hours), ShortVideos = videos, StoreSales = Money.FromYuan(sales), Orders = orders };

    /// <summary>Enterprises with 0–6 months of the period filled, each month distinct.</summary>
    private static readonly Gen<AssistedEnterprise> Enterprises =
        from figures in Gen.ArrayOf(Figures, 6)
        from present in Gen.ArrayOf(Gen.Elements(true, true, true, false), 6)
        select AssistanceSamples.Meeting().WithMonthly(figures.Select((f, i) => (f, i)).Where(x => present[x.i]).Select(x => x.f with { Month = AssistanceSamples.First.PlusMonths(x.i) }));

    private static decimal Measured(Report report, string ruleId) => report[ruleId].Measured!.Value.Value;

    [Property]
    public Property SalesMonths_MonthAtExactlyTheStandard_CountsAndOneFenLessDoesNot()
    {
        return Prop.ForAll(Enterprises.ToArbitrary(), Gen.Choose(0, 5).ToArbitrary(), (enterprise, offset) =>
        {
            YearMonth month = AssistanceSamples.First.PlusMonths(offset);
            MonthlyAccountFigures baseline = enterprise.Monthly.FirstOrDefault(m => m.Month == month) ?? AssistanceSamples.Month(offset, 0m, 0, 0m, 0);
            AssistedEnterprise Set(decimal sales) => enterprise.WithMonthly(enterprise.Monthly.Where(m => m.Month != month).Append(baseline with { StoreSales = Money.FromYuan(sales) }));

            decimal at = Measured(RuleSet.Evaluate(Set(100_000m), AssistanceSamples.AsOf), "HLJ-ACT-ACCEPT-SALES-MONTHS");
            decimal below = Measured(RuleSet.Evaluate(Set(99_999.99m), AssistanceSamples.AsOf), "HLJ-ACT-ACCEPT-SALES-MONTHS");
            return at == below + 1;
        });
    }

    [Property]
    public Property Acceptance_MovingAMonthOutsideThePeriod_NeverIncreasesAnyMeasure()
    {
        return Prop.ForAll(Enterprises.ToArbitrary(), Gen.Choose(0, 5).ToArbitrary(), Gen.Elements(-3, -2, -1, 6, 7, 12).ToArbitrary(), (enterprise, index, outsideOffset) =>
        {
            if (index >= enterprise.Monthly.Length)
            {
                return true;
            }

            AssistedEnterprise moved = enterprise.WithMonth(index, m => m with { Month = AssistanceSamples.First.PlusMonths(outsideOffset) });
            Report before = RuleSet.Evaluate(enterprise, AssistanceSamples.AsOf);
            Report after = RuleSet.Evaluate(moved, AssistanceSamples.AsOf);
            return AcceptanceRules.All(id => Measured(after, id) <= Measured(before, id))
                && (!RuleSet.IsMet(moved, AssistanceSamples.AsOf) || RuleSet.IsMet(enterprise, AssistanceSamples.AsOf));
        });
    }

    [Property]
    public Property LocalAdjust_TighteningOverrides_NeverAcceptWhatTheDefaultsReject()
    {
        Gen<ParameterSet> tightenings =
            from hours in Gen.Choose(6_000, 9_000)
            from videos in Gen.Choose(20, 30)
            from salesMonths in Gen.Choose(2, 6)
            from monthlySales in Gen.Choose(10_000_000, 12_000_000)
            from orderMonths in Gen.Choose(2, 6)
            from monthlyOrders in Gen.Choose(1_000, 1_200)
            select ParameterSet.Empty
                .With("HLJ-ACT-ACCEPT-LIVE-HOURS", hours / 100m)
                .With("HLJ-ACT-ACCEPT-VIDEOS", videos)
                .With("HLJ-ACT-ACCEPT-SALES-MONTHS", salesMonths)
                .With("HLJ-ACT-ACCEPT-MONTHLY-SALES", monthlySales / 100m)
                .With("HLJ-ACT-ACCEPT-ORDER-MONTHS", orderMonths)
                .With("HLJ-ACT-ACCEPT-MONTHLY-ORDERS", monthlyOrders);

        return Prop.ForAll(Enterprises.ToArbitrary(), tightenings.ToArbitrary(), (enterprise, overrides) =>
        {
            Report strict = EnterpriseAssistanceRuleSet.Create(overrides).Evaluate(enterprise, AssistanceSamples.AsOf);
            Report basic = RuleSet.Evaluate(enterprise, AssistanceSamples.AsOf);
            return AcceptanceRules.All(id => strict[id].Outcome != Outcome.Met || basic[id].Outcome == Outcome.Met)
                && (strict.Outcome != ReportOutcome.Met || basic.Outcome == ReportOutcome.Met);
        });
    }

    [Property]
    public Property IsMet_AnyEnterprise_AgreesWithTheReport()
    {
        return Prop.ForAll(Enterprises.ToArbitrary(), enterprise =>
            RuleSet.IsMet(enterprise, AssistanceSamples.AsOf) == (RuleSet.Evaluate(enterprise, AssistanceSamples.AsOf).Outcome == ReportOutcome.Met))
            ;
    }
}
