using System.Globalization;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Tests.Guizhou.ShiBaiQianWan;

public class RewardTests
{
    [Theory]
    [InlineData("999999999.99", false, "0")]
    [InlineData("1000000000", true, "1000000")]
    [InlineData("1000000000.01", true, "1000000")]
    [InlineData("4999999999.99", true, "1000000")]
    [InlineData("5000000000", true, "3000000")]
    [InlineData("5000000000.01", true, "3000000")]
    public void Evaluate_SalesAtTierEdges_GivesOnlyTheHighestTierCap(string sales, bool eligible, string cap)
    {
        Finding finding = SupportRuleSet.Default.Evaluate(GuizhouFacts.Claim(sales: decimal.Parse(sales, CultureInfo.InvariantCulture)), GuizhouFacts.AsOf)["GZ-REWARD-SALES-TIER"];

        Assert.Equal(eligible ? Outcome.Met : Outcome.NotMet, finding.Outcome);
        Assert.Equal(Money.FromYuan(decimal.Parse(cap, CultureInfo.InvariantCulture)), finding.Amount?.Value ?? Money.Zero);
        Assert.True(finding.Amount is null || finding.Amount.Kind == AmountKind.Cap);
    }

    [Fact]
    public void Evaluate_SalesNotClaimed_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, SupportRuleSet.Default.Evaluate(GuizhouFacts.Claim(), GuizhouFacts.AsOf)["GZ-REWARD-SALES-TIER"].Outcome);
    }

    [Theory]
    [InlineData(DemonstrationCategory.Park, "3000000")]
    [InlineData(DemonstrationCategory.LiveBase, "500000")]
    [InlineData(DemonstrationCategory.Enterprise, "50000")]
    [InlineData(DemonstrationCategory.LiveTeam, "50000")]
    public void Evaluate_RecognisedCategory_OneOffRewardIsTheCategoryCap(DemonstrationCategory category, string cap)
    {
        Finding finding = SupportRuleSet.Default.Evaluate(GuizhouFacts.Claim(category: category), GuizhouFacts.AsOf)["GZ-REWARD-ONE-OFF"];

        Assert.Equal(Outcome.Met, finding.Outcome);
        Assert.Equal(AmountKind.Cap, finding.Amount!.Kind);
        Assert.Equal(Money.FromYuan(decimal.Parse(cap, CultureInfo.InvariantCulture)), finding.Amount.Value);
        Assert.Equal(finding.Amount.Value, DemonstrationCategories.OneOffRewardCap(category));
        Assert.Equal(Comparison.AtMost, finding.Required!.Comparison);
    }

    [Fact]
    public void Evaluate_NoRecognisedCategory_OneOffRewardNotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, SupportRuleSet.Default.Evaluate(GuizhouFacts.Claim(), GuizhouFacts.AsOf)["GZ-REWARD-ONE-OFF"].Outcome);
    }

    [Fact]
    public void Evaluate_DefaultStacking_ReportsEveryMeasureSeparately()
    {
        Report report = SupportRuleSet.Default.Evaluate(GuizhouFacts.Claim(123_456_789m, 1_200_000_000m, DemonstrationCategory.Enterprise), GuizhouFacts.AsOf);

        Assert.Equal(ReportOutcome.Met, report.Outcome);
        Assert.Equal([Money.FromYuan(50_000m), Money.FromYuan(1_000_000m), Money.FromYuan(61_725m)], report.Amounts.Select(a => a.Value));
    }

    [Fact]
    public void Evaluate_NoStacking_KeepsOnlyTheLargestCap()
    {
        SupportRuleSet ruleSet = SupportRuleSet.Create(new SupportOptions { Stacking = StackingPolicy.LargestOnly });

        Report report = ruleSet.Evaluate(GuizhouFacts.Claim(123_456_789m, 1_200_000_000m, DemonstrationCategory.Enterprise), GuizhouFacts.AsOf);

        ComputedAmount kept = Assert.Single(report.Amounts);
        Assert.Equal(Money.FromYuan(1_000_000m), kept.Value);
        Assert.Null(report["GZ-REWARD-ONE-OFF"].Amount);
        Assert.Contains(report["GZ-TRAFFIC-SUBSIDY"].Notes, n => n.En.Contains("GZ-REWARD-SALES-TIER", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_NoStackingWithEqualCaps_EarlierClauseKeepsIt()
    {
        SupportRuleSet ruleSet = SupportRuleSet.Create(new SupportOptions { Stacking = StackingPolicy.LargestOnly });

        // Park one-off cap ¥3,000,000 equals the upper sales tier cap ¥3,000,000.
        Report report = ruleSet.Evaluate(GuizhouFacts.Claim(sales: 6_000_000_000m, category: DemonstrationCategory.Park), GuizhouFacts.AsOf);

        Assert.NotNull(report["GZ-REWARD-ONE-OFF"].Amount);
        Assert.Null(report["GZ-REWARD-SALES-TIER"].Amount);
    }

    [Fact]
    public void Fingerprint_DifferentOptions_Differ()
    {
        SupportClaim claim = GuizhouFacts.Claim(123_456_789m);
        SupportRuleSet proRata = SupportRuleSet.Create(new SupportOptions { TrafficSubsidyReading = TrafficSubsidyReading.ProRata });
        SupportRuleSet noStacking = SupportRuleSet.Create(new SupportOptions { Stacking = StackingPolicy.LargestOnly });

        string[] fingerprints = [.. new[] { SupportRuleSet.Default, proRata, noStacking }.Select(r => r.Evaluate(claim, GuizhouFacts.AsOf).Fingerprint)];

        Assert.Equal(3, fingerprints.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(fingerprints[0], SupportRuleSet.Default.Evaluate(claim, GuizhouFacts.AsOf).Fingerprint);
    }

    [Fact]
    public void Create_InvertedTiers_Rejected()
    {
        var ex = Assert.Throws<RuleConfigurationException>(() => SupportRuleSet.Create(overrides: ParameterSet.Empty.With("GZ-REWARD-SALES-TIER-LOW", 6_000_000_000m)));

        Assert.Contains("GZ-REWARD-SALES-TIER-LOW", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UndefinedOption_Rejected()
    {
        Assert.Throws<RuleConfigurationException>(() => SupportRuleSet.Create(new SupportOptions { TrafficSubsidyReading = (TrafficSubsidyReading)7 }));
    }
}
