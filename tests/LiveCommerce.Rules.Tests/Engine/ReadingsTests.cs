using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Sichuan.ClusterAction;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Engine;

/// <summary>The interpretation options of every rule set that has them: one message per undefined reading, naming the
/// enum's values, and the fingerprint's canonical JSON of the readings (the same bytes as the hand-written forms it replaced).</summary>
public class ReadingsTests
{
    [Fact]
    public void Guizhou_EveryUndefinedReading_OneProblemEach_NamingTheValues()
    {
        var ex = Assert.Throws<RuleConfigurationException>(() => SupportRuleSet.Create(new SupportOptions
        {
            TrafficSubsidyReading = (TrafficSubsidyReading)9,
            Stacking = (StackingPolicy)9,
            SalesTierUpgrade = (SalesTierUpgrade)9,
            TrafficSubsidyCapScope = (TrafficSubsidyCapScope)9,
            CrossBorderReading = (CrossBorderReading)9,
        }));

        Assert.Equal(
            [
                "Rule GZ-TRAFFIC-SUBSIDY: the traffic subsidy reading is not one of CompleteUnits, ProRata.",
                "Rule set gz-support: the stacking policy is not one of ReportEachSeparately, LargestOnly.",
                "Rule GZ-REWARD-SALES-TIER: the sales-tier upgrade option is not one of Refuse, PayDifference.",
                "Rule GZ-TRAFFIC-SUBSIDY: the cap scope is not one of PerYear, AcrossYears.",
                "Rule GZ-TRAFFIC-SUBSIDY: the cross-border reading is not one of ExcludeEnterprise, ExcludeRetail.",
            ],
            ex.Problems);
    }

    [Fact]
    public void OtherRuleSets_UndefinedReading_NamesTheValues()
    {
        Assert.Equal(
            ["Rule set xy-rural-e-town: the period reading is not one of CalendarPeriods, ProjectPeriods.", "Rule XY-8-1-MEDIA-REPORTS: the media-report reading is not one of ReportsRequired, SpeechSuffices."],
            Assert.Throws<RuleConfigurationException>(() => RuralETownRuleSet.Create(new RuralETownOptions { Periods = (PeriodReading)9, MediaReports = (MediaReportReading)9 })).Problems);
        Assert.Equal(
            ["Rule SC-CLUSTER-SUPPORT-YEARS: the support-years reading is not one of ConsecutiveRun, WithinYearsOfSelection."],
            Assert.Throws<RuleConfigurationException>(() => SichuanClusterPilotRuleSet.Create(new SichuanClusterPilotOptions { SupportYears = (SupportYearsReading)9 })).Problems);
        Assert.Equal(
            ["Rule set hlj-enterprise-assistance: the service period reading is not one of FirstDayCounted, CivilCode."],
            Assert.Throws<RuleConfigurationException>(() => EnterpriseAssistanceRuleSet.Create(null, new EnterpriseAssistanceOptions { ServicePeriodReading = (ServicePeriodReading)9 })).Problems);
    }

    [Fact]
    public void Fingerprint_ReadingsAsCanonicalJson_NamesInOrdinalOrder()
    {
        SupportRuleSet support = SupportRuleSet.Create(new SupportOptions { Stacking = StackingPolicy.LargestOnly, TrafficSubsidyReading = TrafficSubsidyReading.ProRata });
        Assert.Equal(
            """{"crossBorderReading":"ExcludeEnterprise","salesTierUpgrade":"Refuse","stacking":"LargestOnly","trafficSubsidyCapScope":"PerYear","trafficSubsidyReading":"ProRata"}""",
            support.FingerprintConfiguration);
        Assert.Equal(
            """{"mediaReports":"SpeechSuffices","periods":"ProjectPeriods"}""",
            RuralETownRuleSet.Create(new RuralETownOptions { Periods = PeriodReading.ProjectPeriods, MediaReports = MediaReportReading.SpeechSuffices }).FingerprintConfiguration);
        Assert.Equal(
            """{"supportYears":"ConsecutiveRun"}""",
            SichuanClusterPilotRuleSet.Default.FingerprintConfiguration);

        // The enterprise-assistance default leaves the fingerprint as it was before the option existed.
        Assert.Null(EnterpriseAssistanceRuleSet.Default.FingerprintConfiguration);
        Assert.Equal(
            """{"servicePeriodReading":"CivilCode"}""",
            EnterpriseAssistanceRuleSet.Create(null, new EnterpriseAssistanceOptions { ServicePeriodReading = ServicePeriodReading.CivilCode }).FingerprintConfiguration);
    }
}
