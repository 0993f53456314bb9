using System.Text;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Guizhou.ShiBaiQianWan;

/// <summary>
/// Issue 14, Guizhou items 13–16: the one-off rewards are paid once (prior awards), 当年 / 年销售额 wait for the year to
/// end, and the readings of the per-enterprise cap and of 不含跨境电商 are options.
/// </summary>
public class SupportFidelityTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    private static SupportClaim Claim2024(decimal? retail = null, decimal? sales = null, DemonstrationCategory? category = null, params PriorAward[] prior) =>
        GuizhouFacts.Claim(retail, sales, category) with { Year = 2024, PriorAwards = [.. prior] };

    private static PriorAward OneOff(DemonstrationCategory category, int year = 2023) =>
        new() { Measure = SupportMeasure.OneOffReward, Year = year, Category = category, Amount = DemonstrationCategories.OneOffRewardCap(category) };

    private static PriorAward Tier(SalesTier tier, int year = 2023, decimal? amount = null) =>
        new() { Measure = SupportMeasure.SalesTierReward, Year = year, Tier = tier, Amount = amount is { } a ? Money.FromYuan(a) : null };

    private static PriorAward Traffic(decimal amount, int year = 2023) =>
        new() { Measure = SupportMeasure.TrafficSubsidy, Year = year, Amount = Money.FromYuan(amount) };

    // ---- 13. 一次性: the one-off and sales-tier rewards are paid once ----

    [Fact]
    public void Evaluate_ParkAlreadyAwardedTheOneOffReward_RefusedCitingTheEarlierAward()
    {
        Report report = SupportRuleSet.Default.Evaluate(Claim2024(category: DemonstrationCategory.Park, prior: OneOff(DemonstrationCategory.Park)), AsOf);
        Finding finding = report["GZ-REWARD-ONE-OFF"];

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Null(finding.Amount);
        Assert.Empty(report.Amounts);
        Assert.Contains("2023", finding.Message.En, StringComparison.Ordinal);
        Assert.Contains("only once", finding.Message.En, StringComparison.Ordinal);
        Assert.False(SupportRuleSet.Default.IsMet(Claim2024(category: DemonstrationCategory.Park, prior: OneOff(DemonstrationCategory.Park)), AsOf));
    }

    [Fact]
    public void Evaluate_OneOffRewardEarlierInAnotherCategory_StillCapped()
    {
        Finding finding = SupportRuleSet.Default.Evaluate(Claim2024(category: DemonstrationCategory.Park, prior: OneOff(DemonstrationCategory.LiveBase)), AsOf)["GZ-REWARD-ONE-OFF"];

        Assert.Equal(Outcome.Met, finding.Outcome);
        Assert.Equal(Money.FromYuan(3_000_000m), finding.Amount!.Value);
    }

    [Theory]
    [InlineData(SalesTier.Low, "1000000000")]
    [InlineData(SalesTier.Low, "4999999999.99")]
    [InlineData(SalesTier.High, "5000000000")]
    [InlineData(SalesTier.High, "1000000000")]
    public void Evaluate_SalesTierAlreadyAwarded_RefusedWhateverTheTier(SalesTier earlier, string sales)
    {
        SupportClaim claim = Claim2024(sales: decimal.Parse(sales, System.Globalization.CultureInfo.InvariantCulture), prior: Tier(earlier));

        foreach (SalesTierUpgrade upgrade in new[] { SalesTierUpgrade.Refuse, SalesTierUpgrade.PayDifference })
        {
            SupportRuleSet ruleSet = SupportRuleSet.Create(new SupportOptions { SalesTierUpgrade = upgrade });
            bool lowerThenUpper = earlier == SalesTier.Low && decimal.Parse(sales, System.Globalization.CultureInfo.InvariantCulture) >= 5_000_000_000m;
            if (lowerThenUpper && upgrade == SalesTierUpgrade.PayDifference)
            {
                continue; // the top-up, below
            }

            Finding finding = ruleSet.Evaluate(claim, AsOf)["GZ-REWARD-SALES-TIER"];
            Assert.Equal(Outcome.NotMet, finding.Outcome);
            Assert.Null(finding.Amount);
            Assert.Contains("2023", finding.Message.En, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_LowerTierAwardeeReachesUpperTier_RefusedByDefaultAndToppedUpByOption()
    {
        SupportClaim claim = Claim2024(sales: 5_000_000_000m, prior: Tier(SalesTier.Low));
        SupportClaim below = Claim2024(sales: 4_999_999_999.99m, prior: Tier(SalesTier.Low));
        SupportRuleSet topUp = SupportRuleSet.Create(new SupportOptions { SalesTierUpgrade = SalesTierUpgrade.PayDifference });

        Finding refused = SupportRuleSet.Default.Evaluate(claim, AsOf)["GZ-REWARD-SALES-TIER"];
        Finding difference = topUp.Evaluate(claim, AsOf)["GZ-REWARD-SALES-TIER"];

        Assert.Equal(Outcome.NotMet, refused.Outcome);
        Assert.Contains("PayDifference", refused.Message.En, StringComparison.Ordinal);
        Assert.Equal(Outcome.Met, difference.Outcome);
        Assert.Equal(Money.FromYuan(2_000_000m), difference.Amount!.Value); // ¥3,000,000 − the ¥1,000,000 lower-tier cap
        Assert.Contains("¥3,000,000 − ¥1,000,000", difference.Amount.Formula, StringComparison.Ordinal);
        Assert.Equal(Outcome.NotMet, topUp.Evaluate(below, AsOf)["GZ-REWARD-SALES-TIER"].Outcome); // one fen below the upper tier: a repeat
    }

    [Fact]
    public void Evaluate_TopUpAfterAPartialLowerAward_DeductsWhatWasPaid()
    {
        SupportRuleSet topUp = SupportRuleSet.Create(new SupportOptions { SalesTierUpgrade = SalesTierUpgrade.PayDifference });

        Money cap = topUp.Evaluate(Claim2024(sales: 6_000_000_000m, prior: Tier(SalesTier.Low, amount: 800_000m)), AsOf)["GZ-REWARD-SALES-TIER"].Amount!.Value;

        Assert.Equal(Money.FromYuan(2_200_000m), cap);
    }

    [Fact]
    public void Evaluate_TrafficSubsidyAlreadyAwardedForTheSameYear_Refused()
    {
        Finding finding = SupportRuleSet.Default.Evaluate(Claim2024(retail: 123_456_789m, prior: Traffic(61_725m, 2024)), AsOf)["GZ-TRAFFIC-SUBSIDY"];

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Null(finding.Amount);
    }

    [Fact]
    public void Fingerprint_SalesTierUpgradeOption_Differs()
    {
        SupportClaim claim = Claim2024(sales: 5_000_000_000m);

        Assert.NotEqual(
            SupportRuleSet.Default.Evaluate(claim, AsOf).Fingerprint,
            SupportRuleSet.Create(new SupportOptions { SalesTierUpgrade = SalesTierUpgrade.PayDifference }).Evaluate(claim, AsOf).Fingerprint);
    }

    // ---- 14. 当年 / 年销售额: not yet due before the year has ended ----

    [Theory]
    [InlineData(2024, 12, 31, Outcome.NotEvaluated)]
    [InlineData(2025, 1, 1, Outcome.Met)]
    public void Evaluate_AnnualFiguresBeforeTheYearEnds_NotYetDue(int year, int month, int day, Outcome expected)
    {
        var asOf = new DateOnly(year, month, day);
        SupportClaim claim = Claim2024(retail: 123_456_789m, sales: 1_200_000_000m);

        Report report = SupportRuleSet.Default.Evaluate(claim, asOf);

        Assert.Equal(expected, report["GZ-REWARD-SALES-TIER"].Outcome);
        Assert.Equal(expected, report["GZ-TRAFFIC-SUBSIDY"].Outcome);
        Assert.Equal(expected == Outcome.Met ? ReportOutcome.Met : ReportOutcome.Incomplete, report.Outcome);
        Assert.Equal(expected == Outcome.Met, SupportRuleSet.Default.IsMet(claim, asOf));
        if (expected == Outcome.NotEvaluated)
        {
            Assert.Empty(report.Amounts);
            Assert.Contains("Not yet due", report["GZ-REWARD-SALES-TIER"].Message.En, StringComparison.Ordinal);
            Assert.Contains("1 January 2025", report["GZ-TRAFFIC-SUBSIDY"].Message.En, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_OneOffRewardBeforeTheYearEnds_NotHeldBack()
    {
        Assert.Equal(Outcome.Met, SupportRuleSet.Default.Evaluate(Claim2024(category: DemonstrationCategory.Enterprise), new DateOnly(2024, 3, 1))["GZ-REWARD-ONE-OFF"].Outcome);
    }

    // ---- 15. 每家企业最高补贴不超过100万元: per year (default) or across years (option) ----

    [Theory]
    [InlineData("990000", "10000")]
    [InlineData("999999.99", "0.01")]
    [InlineData("938275", "61725")]
    [InlineData("938274.99", "61725")]
    public void Evaluate_CapAcrossYears_DeductsEarlierYearsSubsidies(string earlier, string cap)
    {
        SupportRuleSet acrossYears = SupportRuleSet.Create(new SupportOptions { TrafficSubsidyCapScope = TrafficSubsidyCapScope.AcrossYears });
        SupportClaim claim = Claim2024(retail: 123_456_789m, prior: Traffic(decimal.Parse(earlier, System.Globalization.CultureInfo.InvariantCulture)));

        Finding finding = acrossYears.Evaluate(claim, AsOf)["GZ-TRAFFIC-SUBSIDY"];

        Assert.Equal(Outcome.Met, finding.Outcome);
        Assert.Equal(Money.FromYuan(decimal.Parse(cap, System.Globalization.CultureInfo.InvariantCulture)), finding.Amount!.Value);
        Assert.Contains("earlier years", finding.Amount.Formula, StringComparison.Ordinal);
        Assert.Equal(Money.FromYuan(61_725m), SupportRuleSet.Default.Evaluate(claim, AsOf)["GZ-TRAFFIC-SUBSIDY"].Amount!.Value); // per year: untouched
    }

    [Fact]
    public void Evaluate_CapAcrossYearsExhausted_RefusedWithoutAmount()
    {
        SupportRuleSet acrossYears = SupportRuleSet.Create(new SupportOptions { TrafficSubsidyCapScope = TrafficSubsidyCapScope.AcrossYears });
        SupportClaim claim = Claim2024(retail: 123_456_789m, prior: [Traffic(600_000m, 2023), Traffic(400_000m, 2023)]);

        Finding finding = acrossYears.Evaluate(claim, AsOf)["GZ-TRAFFIC-SUBSIDY"];

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Null(finding.Amount);
        Assert.Contains("¥1,000,000", finding.Message.En, StringComparison.Ordinal);
        Assert.False(acrossYears.IsMet(claim, AsOf));
    }

    // ---- 16. 不含跨境电商: the enterprise (default) or its cross-border retail (option) ----

    [Theory]
    [InlineData("50000000", Outcome.Met, "50000")]
    [InlineData("50000000.01", Outcome.NotMet, "0")]
    public void Evaluate_CrossBorderRetailLeftOut_HoldsTheRestToTheThreshold(string crossBorder, Outcome expected, string cap)
    {
        SupportRuleSet retailReading = SupportRuleSet.Create(new SupportOptions { CrossBorderReading = CrossBorderReading.ExcludeRetail });
        SupportClaim claim = GuizhouFacts.Claim(150_000_000m, crossBorder: true) with
        {
            CrossBorderOnlineRetail = Money.FromYuan(decimal.Parse(crossBorder, System.Globalization.CultureInfo.InvariantCulture)),
        };

        Finding finding = retailReading.Evaluate(claim, GuizhouFacts.AsOf)["GZ-TRAFFIC-SUBSIDY"];

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(Money.FromYuan(decimal.Parse(cap, System.Globalization.CultureInfo.InvariantCulture)), finding.Amount?.Value ?? Money.Zero);
        Assert.Equal(150_000_000m - decimal.Parse(crossBorder, System.Globalization.CultureInfo.InvariantCulture), finding.Measured!.Value.Value);
        Assert.Equal(Outcome.NotMet, SupportRuleSet.Default.Evaluate(claim, GuizhouFacts.AsOf)["GZ-TRAFFIC-SUBSIDY"].Outcome); // the entity reading
    }

    [Fact]
    public void Evaluate_CrossBorderEnterpriseWithoutItsCrossBorderFigure_NotEvaluatedUnderTheRetailReading()
    {
        SupportRuleSet retailReading = SupportRuleSet.Create(new SupportOptions { CrossBorderReading = CrossBorderReading.ExcludeRetail });

        Finding finding = retailReading.Evaluate(GuizhouFacts.Claim(150_000_000m, crossBorder: true), GuizhouFacts.AsOf)["GZ-TRAFFIC-SUBSIDY"];

        Assert.Equal(Outcome.NotEvaluated, finding.Outcome);
        Assert.Contains("crossBorderOnlineRetail", finding.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_CapScopeAndCrossBorderOptions_Differ()
    {
        SupportClaim claim = GuizhouFacts.Claim(123_456_789m);
        string[] fingerprints =
        [
            SupportRuleSet.Default.Evaluate(claim, GuizhouFacts.AsOf).Fingerprint,
            SupportRuleSet.Create(new SupportOptions { TrafficSubsidyCapScope = TrafficSubsidyCapScope.AcrossYears }).Evaluate(claim, GuizhouFacts.AsOf).Fingerprint,
            SupportRuleSet.Create(new SupportOptions { CrossBorderReading = CrossBorderReading.ExcludeRetail }).Evaluate(claim, GuizhouFacts.AsOf).Fingerprint,
        ];

        Assert.Equal(3, fingerprints.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Create_UndefinedNewOptions_Rejected()
    {
        var ex = Assert.Throws<RuleConfigurationException>(() => SupportRuleSet.Create(new SupportOptions
        {
            SalesTierUpgrade = (SalesTierUpgrade)5,
            TrafficSubsidyCapScope = (TrafficSubsidyCapScope)5,
            CrossBorderReading = (CrossBorderReading)5,
        }));

        Assert.Equal(3, ex.Problems.Count);
    }

    // ---- validation of the new facts ----

    [Fact]
    public void ValidateJson_PriorAwardsMissing_Required()
    {
        byte[] json = Encoding.UTF8.GetBytes("""{"applicantName":"甲","year":2024,"annualSales":5000000000,"aboveDesignatedSizeInStatistics":true,"crossBorder":false}""");

        Assert.Equal(["$.priorAwards required"], GuizhouFacts.Problems(SupportRuleSet.Default.ValidateJson(json)));
    }

    [Fact]
    public void ValidateJson_BadPriorAwardsAndCrossBorderFigure_ReportEachPath()
    {
        byte[] json = Encoding.UTF8.GetBytes("""
            {"applicantName":"甲","year":2024,"onlineRetailOfGoods":100,"crossBorderOnlineRetail":100.01,"aboveDesignatedSizeInStatistics":true,"crossBorder":true,
             "priorAwards":[
               {"measure":"oneOffReward","year":2023},
               {"measure":"salesTierReward","year":2025,"tier":"low"},
               {"measure":"trafficSubsidy","year":2023,"tier":"high"},
               {"measure":"salesTierReward","year":2023,"category":"park","tier":"high","amount":1}
             ]}
            """);

        Assert.Equal(
            [
                "$.crossBorderOnlineRetail inconsistent",
                "$.priorAwards[0].category required",
                "$.priorAwards[1].year inconsistent",
                "$.priorAwards[2].amount required",
                "$.priorAwards[2].tier inconsistent",
                "$.priorAwards[3].category inconsistent",
            ],
            GuizhouFacts.Problems(SupportRuleSet.Default.ValidateJson(json)));
    }
}
