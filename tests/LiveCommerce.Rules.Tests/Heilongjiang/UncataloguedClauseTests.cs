using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Heilongjiang.ThreeYearPlan;
using LiveCommerce.Rules.Primitives;
using LiveCommerce.Rules.Tests.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Tests.Support;
using static LiveCommerce.Rules.Tests.Support.CitySamples;

namespace LiveCommerce.Rules.Tests.Heilongjiang;

/// <summary>Issue 14: the clauses with a checkable condition that were never catalogued, each now a rule.</summary>
public class UncataloguedClauseTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("哈尔滨市", Outcome.Met)]
    [InlineData("大兴安岭地区", Outcome.Met)]
    [InlineData("黑龙江省绥化市", Outcome.Met)]
    [InlineData("齐齐哈尔", Outcome.Met)]
    [InlineData("长春市", Outcome.NotMet)] // Jilin
    [InlineData("哈尔滨区", Outcome.NotMet)]
    public void InProvince_CityOfHeilongjiang(string city, Outcome expected) =>
        Assert.Equal(expected, SharedBaseRuleSet.Default.Evaluate(Samples.SharedBaseMeeting() with { City = city }, Samples.AsOf)["HLJ-BASE-IN-PROVINCE"].Outcome);

    [Theory]
    [InlineData(false, false, Outcome.NotApplicable)]
    [InlineData(true, true, Outcome.Met)]
    [InlineData(true, false, Outcome.NotMet)]
    public void OnSiteReview_QuestionedMaterialsReviewedAtTheEnterprise(bool questioned, bool reviewed, Outcome expected)
    {
        SharedBaseCitySelection selection = Selection(Candidate("A", 90m) with { MaterialsQuestioned = questioned, ReviewedOnSite = reviewed }, Candidate("B", 80m));

        Assert.Equal(expected, SharedBaseCityRuleSet.Default.Evaluate(selection, Samples.AsOf)["HLJ-BASE-ON-SITE-REVIEW"].Outcome);
    }

    [Theory]
    [InlineData(null, Outcome.NotApplicable)]
    [InlineData(true, Outcome.Met)]
    [InlineData(false, Outcome.NotMet)]
    public void SharedBaseCity_ResultsPublicAndUnspentBalance_RecordedFlags(bool? recorded, Outcome expected)
    {
        SharedBaseCitySelection selection = Selection(Candidate("A", 90m)) with { ResultsPublished = recorded, UnspentBalanceReturned = recorded };
        Report report = SharedBaseCityRuleSet.Default.Evaluate(selection, Samples.AsOf);

        Assert.Equal(expected, report["HLJ-BASE-RESULTS-PUBLIC"].Outcome);
        Assert.Equal(expected, report["HLJ-BASE-UNSPENT-RETURNED"].Outcome);
    }

    [Theory]
    [InlineData(null, Outcome.NotApplicable)]
    [InlineData(true, Outcome.Met)]
    [InlineData(false, Outcome.NotMet)]
    public void Enterprise_ProviderCapabilityAndCooperation_RecordedFlags(bool? recorded, Outcome expected)
    {
        AssistedEnterprise meeting = AssistanceSamples.Meeting();
        AssistedEnterprise facts = meeting with { CooperatesWithCommerceDepartments = recorded, Provider = meeting.Provider with { HasServiceCapability = recorded } };
        Report report = EnterpriseAssistanceRuleSet.Default.Evaluate(facts, AssistanceSamples.AsOf);

        Assert.Equal(expected, report["HLJ-ACT-PROVIDER-CAPABILITY"].Outcome);
        Assert.Equal(expected, report["HLJ-ACT-TARGET-COOPERATION"].Outcome);
        Assert.Equal(expected != Outcome.NotMet, EnterpriseAssistanceRuleSet.Default.IsMet(facts, AssistanceSamples.AsOf));
    }

    [Theory]
    [InlineData(null, null, Outcome.NotApplicable, Outcome.NotApplicable)]
    [InlineData(true, true, Outcome.Met, Outcome.Met)]
    [InlineData(false, true, Outcome.NotMet, Outcome.Met)]
    [InlineData(true, false, Outcome.Met, Outcome.NotMet)]
    public void Enterprise_ProviderTeamAndReturnVisits_RecordedFlagsOfTheirOwnClauses(bool? team, bool? visits, Outcome expectedTeam, Outcome expectedVisits)
    {
        AssistedEnterprise meeting = AssistanceSamples.Meeting();
        AssistedEnterprise facts = meeting with { Provider = meeting.Provider with { HasTechnicalTeamAndSpecialist = team, MadeRegularReturnVisits = visits } };
        Report report = EnterpriseAssistanceRuleSet.Default.Evaluate(facts, AssistanceSamples.AsOf);

        Finding teamFinding = report["HLJ-ACT-PROVIDER-TEAM"];
        Finding visitsFinding = report["HLJ-ACT-PROVIDER-RETURN-VISITS"];
        Assert.Equal(expectedTeam, teamFinding.Outcome);
        Assert.Equal(expectedVisits, visitsFinding.Outcome);
        Assert.Equal(("五、(四)7", "服务主体要建立专业技术团队和服务专员,及时解决服务对象提出的需求和诉求"), (teamFinding.Citation.Section, teamFinding.Citation.Clause));
        Assert.Equal(("五、(五)", "各服务主体应定期对服务对象开展回访,收集整理意见建议,不断改进优化服务"), (visitsFinding.Citation.Section, visitsFinding.Citation.Clause));
        Assert.Equal(team is null ? "未记录服务主体是否建立专业技术团队和服务专员" : null, team is null ? teamFinding.Explanation?.ZhCn : null);
        Assert.Equal(team != false && visits != false, EnterpriseAssistanceRuleSet.Default.IsMet(facts, AssistanceSamples.AsOf));
    }

    private static AssistanceCityCohort Cohort(params (bool Accepted, decimal? Paid)[] enterprises) => new()
    {
        City = "测试市",
        ServicePeriodEnd = D("2023-09-30"),
        SummaryReportSubmittedOn = D("2023-10-07"),
        Enterprises =
        [
            .. enterprises.Select((e, i) => new CohortEnterprise
            {
                EnterpriseId = FormattableString.Invariant($"E{i}"),
                Name = FormattableString.Invariant($"企业{i}"),
                Kind = EnterpriseKind.AboveQuotaTrade,
                SelectedAsTarget = true,
                InspectedOnSite = true,
                Accepted = e.Accepted,
                ProviderPayment = e.Paid is { } p ? Money.FromYuan(p) : null,
            }),
        ],
    };

    [Fact]
    public void Payment_ForATargetNotAccepted_NotMet()
    {
        Assert.Equal(Outcome.NotApplicable, EnterpriseAssistanceCityRuleSet.Default.Evaluate(Cohort((true, null), (false, null)), D("2023-12-31"))["HLJ-ACT-COHORT-PAYMENT"].Outcome);
        Assert.Equal(Outcome.Met, EnterpriseAssistanceCityRuleSet.Default.Evaluate(Cohort((true, 50_000m), (false, 0m)), D("2023-12-31"))["HLJ-ACT-COHORT-PAYMENT"].Outcome);
        Assert.Equal(Outcome.NotMet, EnterpriseAssistanceCityRuleSet.Default.Evaluate(Cohort((true, 50_000m), (false, 0.01m)), D("2023-12-31"))["HLJ-ACT-COHORT-PAYMENT"].Outcome);
    }

    [Theory]
    [InlineData("100000.00", Outcome.Met)]
    [InlineData("99999.99", Outcome.NotMet)]
    public void Funds_PaymentsAgainstTheCitysAllocatedFunds_AtMost(string funds, Outcome expected)
    {
        AssistanceCityCohort cohort = Cohort((true, 60_000m), (true, 40_000m));
        EnterpriseAssistanceCityRuleSet rules = EnterpriseAssistanceCityRuleSet.ForCity(2, Money.FromYuan(decimal.Parse(funds, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, rules.Evaluate(cohort, D("2023-12-31"))["HLJ-ACT-COHORT-FUNDS"].Outcome);
        Assert.Equal(Outcome.NotEvaluated, EnterpriseAssistanceCityRuleSet.ForCity(2).Evaluate(cohort, D("2023-12-31"))["HLJ-ACT-COHORT-FUNDS"].Outcome);
    }

    [Fact]
    public void Payment_Negative_ValidationProblemAtItsPath() =>
        Assert.Equal(
            [("$.enterprises[1].providerPayment", "negative")],
            EnterpriseAssistanceCityRuleSet.Default.Validate(Cohort((true, 1m), (true, -0.01m))).Problems.Select(p => (p.Path, p.Code)));

    [Theory]
    [InlineData(null, Outcome.NotApplicable)]
    [InlineData(false, Outcome.NotMet)]
    public void Cohort_UnspentBalance_RecordedFlag(bool? returned, Outcome expected) =>
        Assert.Equal(expected, EnterpriseAssistanceCityRuleSet.Default.Evaluate(Cohort((true, null)) with { UnspentBalanceReturned = returned }, D("2023-12-31"))["HLJ-ACT-COHORT-UNSPENT-RETURNED"].Outcome);

    private static readonly PlanMeasuresRuleSet Plan = PlanMeasuresRuleSet.Default;

    private static PlanMeasuresCase Contribution(decimal contribution, string granted) => new()
    {
        Reference = "C-1",
        ContributionIncentive = new ContributionIncentive { LocalContribution = Money.FromYuan(contribution), CultivationStart = D("2021-01-01"), GrantedOn = D(granted) },
    };

    [Theory]
    [InlineData(1_000_000, "2023-12-31", Outcome.Met)] // the last day of the three-year period
    [InlineData(1_000_000, "2024-01-01", Outcome.NotMet)]
    [InlineData(1_000_000, "2020-12-31", Outcome.NotMet)]
    [InlineData(999_999.99, "2022-06-30", Outcome.NotMet)] // 以上 includes the threshold: one fen below fails
    [InlineData(1_000_000.01, "2022-06-30", Outcome.Met)]
    public void ContributionIncentive_AtOrAboveTheLocalThresholdWithinTheCultivationPeriod(decimal contribution, string granted, Outcome expected)
    {
        PlanMeasuresRuleSet rules = PlanMeasuresRuleSet.Create(ParameterSet.Empty.With("HLJ-PLAN-CONTRIBUTION-THRESHOLD", 1_000_000m));

        Assert.Equal(expected, rules.Evaluate(Contribution(contribution, granted), D("2022-06-30"))["HLJ-PLAN-CONTRIBUTION-INCENTIVE"].Outcome);
    }

    [Fact]
    public void ContributionIncentive_NoLocalThreshold_NotEvaluated() =>
        Assert.Equal(Outcome.NotEvaluated, Plan.Evaluate(Contribution(1_000_000m, "2022-06-30"), D("2022-06-30"))["HLJ-PLAN-CONTRIBUTION-INCENTIVE"].Outcome);

    [Theory]
    [InlineData(SalesIncentiveKind.Mcn, "HLJ-PLAN-MCN-INCENTIVE", "HLJ-PLAN-MCN-SALES-THRESHOLD")]
    [InlineData(SalesIncentiveKind.Producer, "HLJ-PLAN-PRODUCER-INCENTIVE", "HLJ-PLAN-PRODUCER-SALES-THRESHOLD")]
    public void SalesIncentive_ScaleAndRetailStatistics_BothRequired(SalesIncentiveKind kind, string ruleId, string key)
    {
        PlanMeasuresCase Case(decimal sales, bool inStatistics) => new()
        {
            Reference = "S-1",
            SalesIncentive = new SalesIncentive { Kind = kind, AnnualLiveSales = Money.FromYuan(sales), IncludedInRetailStatistics = inStatistics },
        };
        PlanMeasuresRuleSet rules = PlanMeasuresRuleSet.Create(ParameterSet.Empty.With(key, 50_000_000m));
        DateOnly asOf = D("2022-06-30");

        Assert.Equal(Outcome.Met, rules.Evaluate(Case(50_000_000m, true), asOf)[ruleId].Outcome);
        Assert.Equal(Outcome.NotMet, rules.Evaluate(Case(49_999_999.99m, true), asOf)[ruleId].Outcome);
        Assert.Equal(Outcome.NotMet, rules.Evaluate(Case(80_000_000m, false), asOf)[ruleId].Outcome);
        Assert.Equal(Outcome.NotMet, Plan.Evaluate(Case(80_000_000m, false), asOf)[ruleId].Outcome); // the statistics part alone decides
        Assert.Equal(Outcome.NotEvaluated, Plan.Evaluate(Case(80_000_000m, true), asOf)[ruleId].Outcome);
        Assert.Equal(Outcome.NotApplicable, rules.Evaluate(Case(80_000_000m, true), asOf)[ruleId == "HLJ-PLAN-MCN-INCENTIVE" ? "HLJ-PLAN-PRODUCER-INCENTIVE" : "HLJ-PLAN-MCN-INCENTIVE"].Outcome);
    }
}
