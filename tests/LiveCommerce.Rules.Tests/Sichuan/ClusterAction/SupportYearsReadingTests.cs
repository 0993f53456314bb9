using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Sichuan.ClusterAction;

namespace LiveCommerce.Rules.Tests.Sichuan.ClusterAction;

/// <summary>Issue 14, item 28: "可连续给予三年支持" read as one consecutive run (default) or as within three years from selection.</summary>
public class SupportYearsReadingTests
{
    private static readonly SichuanClusterPilotRuleSet Window = SichuanClusterPilotRuleSet.Default.WithOptions(new SichuanClusterPilotOptions { SupportYears = SupportYearsReading.WithinYearsOfSelection });

    private static Outcome Decide(SichuanClusterPilotRuleSet rules, int selection, params int[] years) =>
        rules.Evaluate(SichuanSamples.Pilot(years) with { SelectionYear = selection }, SichuanSamples.AsOf)["SC-CLUSTER-SUPPORT-YEARS"].Outcome;

    [Theory]
    [InlineData(new[] { 2023, 2025 }, Outcome.NotMet, Outcome.Met)]                 // a gap inside the window
    [InlineData(new[] { 2027, 2028, 2029 }, Outcome.Met, Outcome.NotMet)]           // a late start
    [InlineData(new[] { 2023, 2024, 2025 }, Outcome.Met, Outcome.Met)]
    [InlineData(new[] { 2025 }, Outcome.Met, Outcome.Met)]                          // the window's last year
    [InlineData(new[] { 2026 }, Outcome.Met, Outcome.NotMet)]                       // one year after the window
    [InlineData(new[] { 2024, 2025, 2026 }, Outcome.Met, Outcome.NotMet)]
    [InlineData(new[] { 2023, 2024, 2025, 2026 }, Outcome.NotMet, Outcome.NotMet)]
    public void Evaluate_SelectedIn2023_EachReadingDecidesAsDocumented(int[] years, Outcome consecutive, Outcome window)
    {
        Assert.Equal(consecutive, Decide(SichuanClusterPilotRuleSet.Default, 2023, years));
        Assert.Equal(window, Decide(Window, 2023, years));
    }

    [Fact]
    public void Evaluate_WindowReading_NamesTheFirstYearOutside()
    {
        Finding f = Window.Evaluate(SichuanSamples.Pilot(2023, 2026, 2027), SichuanSamples.AsOf)["SC-CLUSTER-SUPPORT-YEARS"];

        Assert.Contains("2026", f.Explanation!.En, StringComparison.Ordinal);
        Assert.Contains("2023–2025", f.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WindowReadingWithShorterPeriod_ShrinksTheWindow()
    {
        SichuanClusterPilotRuleSet two = Window.WithParameters(ParameterSet.Empty.With("SC-CLUSTER-SUPPORT-YEARS", 2)) as SichuanClusterPilotRuleSet ?? throw new InvalidOperationException();

        Assert.Equal(SupportYearsReading.WithinYearsOfSelection, two.Options.SupportYears);
        Assert.Equal(Outcome.Met, Decide(two, 2023, 2024));
        Assert.Equal(Outcome.NotMet, Decide(two, 2023, 2025));
    }

    [Fact]
    public void Fingerprint_Reading_Differs()
    {
        SichuanClusterPilotApplication facts = SichuanSamples.Pilot();

        Assert.NotEqual(SichuanClusterPilotRuleSet.Default.Evaluate(facts, SichuanSamples.AsOf).Fingerprint, Window.Evaluate(facts, SichuanSamples.AsOf).Fingerprint);
        Assert.Same(SichuanClusterPilotRuleSet.Default, SichuanClusterPilotRuleSet.Create(SichuanClusterPilotOptions.Default));
    }

    [Fact]
    public void Create_UndefinedReading_Rejected()
    {
        Assert.Throws<RuleConfigurationException>(() => SichuanClusterPilotRuleSet.Create(new SichuanClusterPilotOptions { SupportYears = (SupportYearsReading)9 }));
    }
}
