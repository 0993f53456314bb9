using FsCheck;
using Outcome = LiveCommerce.Rules.Engine.Outcome;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Guizhou.ShiBaiQianWan;

public class TrafficSubsidyTests
{
    private static readonly SupportRuleSet ProRata = SupportRuleSet.Create(new SupportOptions { TrafficSubsidyReading = TrafficSubsidyReading.ProRata });

    [Fact]
    public void Evaluate_CatalogExample_CapIsFivePerCompleteTenThousandWithFormula()
    {
        Finding finding = SupportRuleSet.Default.Evaluate(GuizhouFacts.Claim(123_456_789m), GuizhouFacts.AsOf)["GZ-TRAFFIC-SUBSIDY"];

        Assert.Equal(Outcome.Met, finding.Outcome);
        Assert.Equal(AmountKind.Cap, finding.Amount!.Kind);
        Assert.Equal(Money.FromYuan(61_725m), finding.Amount.Value);
        Assert.Contains("12,345 × ¥5 = ¥61,725", finding.Amount.Formula, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CatalogExampleProRata_CapIsRetailTimesRateRoundedToFen()
    {
        Finding finding = ProRata.Evaluate(GuizhouFacts.Claim(123_456_789m), GuizhouFacts.AsOf)["GZ-TRAFFIC-SUBSIDY"];

        Assert.Equal(Money.FromYuan(61_728.39m), finding.Amount!.Value);
        Assert.Contains("¥123,456,789 × 0.0005 = ¥61,728.39", finding.Amount.Formula, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999999.99", false, "0")]
    [InlineData("100000000", true, "50000")]
    [InlineData("100000000.01", true, "50000")]
    [InlineData("100009999.99", true, "50000")]
    [InlineData("100010000", true, "50005")]
    [InlineData("1999999999.99", true, "999995")]
    [InlineData("2000000000", true, "1000000")]
    [InlineData("2000000000.01", true, "1000000")]
    [InlineData("2000010000", true, "1000000")]
    public void Evaluate_RetailAtBoundaries_GivesTheExactCap(string retail, bool eligible, string cap)
    {
        Finding finding = SupportRuleSet.Default.Evaluate(GuizhouFacts.Claim(decimal.Parse(retail, System.Globalization.CultureInfo.InvariantCulture)), GuizhouFacts.AsOf)["GZ-TRAFFIC-SUBSIDY"];

        Assert.Equal(eligible ? Outcome.Met : Outcome.NotMet, finding.Outcome);
        Assert.Equal(Money.FromYuan(decimal.Parse(cap, System.Globalization.CultureInfo.InvariantCulture)), finding.Amount?.Value ?? Money.Zero);
    }

    [Fact]
    public void Evaluate_AboveTwoHundredMillion_FormulaShowsTheCapBinding()
    {
        Finding finding = SupportRuleSet.Default.Evaluate(GuizhouFacts.Claim(3_000_000_000m), GuizhouFacts.AsOf)["GZ-TRAFFIC-SUBSIDY"];

        Assert.Equal(Money.FromYuan(1_000_000m), finding.Amount!.Value);
        Assert.EndsWith("300,000 × ¥5 = ¥1,500,000 > ¥1,000,000 → ¥1,000,000", finding.Amount.Formula, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData(false, true)]
    public void Evaluate_NotInStatisticsOrCrossBorder_NotMetWithoutAmount(bool aboveSize, bool crossBorder)
    {
        Finding finding = SupportRuleSet.Default.Evaluate(GuizhouFacts.Claim(500_000_000m, aboveSize: aboveSize, crossBorder: crossBorder), GuizhouFacts.AsOf)["GZ-TRAFFIC-SUBSIDY"];

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Null(finding.Amount);
    }

    [Fact]
    public void Evaluate_RetailNotClaimed_NotApplicable()
    {
        Finding finding = SupportRuleSet.Default.Evaluate(GuizhouFacts.Claim(), GuizhouFacts.AsOf)["GZ-TRAFFIC-SUBSIDY"];

        Assert.Equal(Outcome.NotApplicable, finding.Outcome);
    }

    [Fact]
    public void Create_StricterCapOverride_CapBindsEarlier()
    {
        SupportRuleSet ruleSet = SupportRuleSet.Create(overrides: ParameterSet.Empty.With("GZ-TRAFFIC-SUBSIDY-CAP", 500_000m));

        Assert.Equal(Money.FromYuan(500_000m), GuizhouFacts.Subsidy(ruleSet, 1_500_000_000m));
    }

    [Fact]
    public void Create_LooserRetailThreshold_Rejected()
    {
        var ex = Assert.Throws<RuleConfigurationException>(() => SupportRuleSet.Create(overrides: ParameterSet.Empty.With("GZ-TRAFFIC-SUBSIDY-RETAIL", 50_000_000m)));

        Assert.Contains("GZ-TRAFFIC-SUBSIDY-RETAIL", ex.Message, StringComparison.Ordinal);
    }

    // Retail in fen from ¥0 to ¥100,000,000,000, with half the cases within ¥1,000,000 of the ¥100,000,000 and ¥2,000,000,000 edges.
    private static Gen<decimal> RetailGen()
    {
        Gen<decimal> wide = Gen.Choose(0, 10_000_000).SelectMany(a => Gen.Choose(0, 999_999).Select(b => ((a * 1_000_000m) + b) / 100m));
        Gen<decimal> edges = Gen.Elements(100_000_000m, 2_000_000_000m).SelectMany(edge => Gen.Choose(-100_000_000, 100_000_000).Select(d => edge + (d / 100m)));
        return Gen.OneOf(wide, edges);
    }

    [Property]
    public Property Subsidy_IncreasingRetail_NeverDecreases()
    {
        return Prop.ForAll(
            Arb.From(RetailGen().SelectMany(a => RetailGen().Select(b => (Low: Math.Min(a, b), High: Math.Max(a, b))))),
            pair => GuizhouFacts.Subsidy(SupportRuleSet.Default, pair.Low) <= GuizhouFacts.Subsidy(SupportRuleSet.Default, pair.High)
                && GuizhouFacts.Subsidy(ProRata, pair.Low) <= GuizhouFacts.Subsidy(ProRata, pair.High))
            ;
    }

    [Property]
    public Property Subsidy_AnyRetail_NeverExceedsOneMillionAndIsAMultipleOfFive()
    {
        return Prop.ForAll(Arb.From(RetailGen()), retail =>
        {
            Money cap = GuizhouFacts.Subsidy(SupportRuleSet.Default, retail);
            return cap <= Money.FromYuan(1_000_000m) && cap.Yuan % 5m == 0m && GuizhouFacts.Subsidy(ProRata, retail) <= Money.FromYuan(1_000_000m);
        });
    }

    [Property]
    public Property Subsidy_ProRataReading_NeverBelowDefaultAndAtMostFiveAbove()
    {
        return Prop.ForAll(Arb.From(RetailGen()), retail =>
        {
            decimal difference = GuizhouFacts.Subsidy(ProRata, retail).Yuan - GuizhouFacts.Subsidy(SupportRuleSet.Default, retail).Yuan;
            return difference >= 0m && difference <= 5m;
        });
    }

    [Property]
    public Property Subsidy_CrossBorderOrNotInStatistics_AlwaysZero()
    {
        return Prop.ForAll(
            Arb.From(RetailGen().SelectMany(r => Gen.Elements((true, true), (false, false), (false, true)).Select(f => (Retail: r, AboveSize: f.Item1, CrossBorder: f.Item2)))),
            c => GuizhouFacts.Subsidy(SupportRuleSet.Default, c.Retail, c.AboveSize, c.CrossBorder) == Money.Zero
                && GuizhouFacts.Subsidy(ProRata, c.Retail, c.AboveSize, c.CrossBorder) == Money.Zero)
            ;
    }
}

public class SupportRobustnessTests
{
    [Property]
    public Property TryEvaluate_AnyClaim_NeverThrowsAndAmountsAreCaps()
    {
        Gen<decimal?> money = Gen.OneOf(
            Gen.Constant<decimal?>(null),
            Gen.Choose(-5, 1_000_000).Select(x => (decimal?)(x * 1_000_000_000m / 100m)),
            Gen.Choose(0, 99).Select(x => (decimal?)(LiveCommerce.Rules.Primitives.Money.MaxYuan - x)));
        Gen<SupportClaim> claims =
            from sales in money
            from retail in money
            from year in Gen.Choose(2020, 2030)
            from category in Gen.Choose(-1, 4)
            from flags in Gen.Choose(0, 3)
            select new SupportClaim
            {
                ApplicantName = "甲",
                Year = year,
                AnnualSales = sales is { } s ? LiveCommerce.Rules.Primitives.Money.FromYuan(s) : null,
                OnlineRetailOfGoods = retail is { } r ? LiveCommerce.Rules.Primitives.Money.FromYuan(r) : null,
                RecognisedCategory = category < 0 ? null : (DemonstrationCategory)category,
                AboveDesignatedSizeInStatistics = (flags & 1) != 0,
                CrossBorder = (flags & 2) != 0,
            };

        return Prop.ForAll(Arb.From(claims), claim =>
        {
            EvaluationResult result = SupportRuleSet.Default.TryEvaluate(claim, GuizhouFacts.AsOf);
            return result.Report is null
                ? !result.Validation.IsValid
                : result.Report.Amounts.All(a => a.Kind == AmountKind.Cap && a.Value >= LiveCommerce.Rules.Primitives.Money.Zero);
        });
    }
}
