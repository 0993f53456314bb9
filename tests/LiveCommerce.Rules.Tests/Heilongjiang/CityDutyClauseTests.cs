using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Heilongjiang.Evidence;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Tests.Support;
using static LiveCommerce.Rules.Tests.Support.CitySamples;

namespace LiveCommerce.Rules.Tests.Heilongjiang;

/// <summary>
/// The city duties of both Heilongjiang 2022 documents found on a reading of the seed: questioned materials reviewed on
/// site and the selection results made public (助企行动 六、(二), which the shared base already had under 七、(二)), and the
/// special performance-evaluation report (助企行动 六、(三); 共享基地 七、(三) and 六、(三)8).
/// </summary>
public class CityDutyClauseTests
{
    private static readonly DateOnly AsOf = new(2023, 12, 31);

    private static AssistanceCityCohort Cohort(params CohortEnterprise[] enterprises) => new()
    {
        City = "测试市",
        ServicePeriodEnd = new DateOnly(2023, 9, 30),
        SummaryReportSubmittedOn = new DateOnly(2023, 10, 7),
        Enterprises = [.. enterprises],
    };

    private static CohortEnterprise Enterprise(string id, bool questioned = false, bool reviewed = false) => new()
    {
        EnterpriseId = id,
        Name = "企业" + id,
        Kind = EnterpriseKind.AboveQuotaTrade,
        SelectedAsTarget = true,
        InspectedOnSite = true,
        ContestParticipatedOn = new DateOnly(2023, 5, 20),
        Accepted = true,
        MaterialsQuestioned = questioned,
        ReviewedOnSite = reviewed,
    };

    [Theory]
    [InlineData(false, false, Outcome.NotApplicable)]
    [InlineData(false, true, Outcome.NotApplicable)] // reviewed without being questioned: nothing the clause asks
    [InlineData(true, true, Outcome.Met)]
    [InlineData(true, false, Outcome.NotMet)]
    public void ActionCity_OnSiteReview_QuestionedMaterialsReviewedAtTheEnterprise(bool questioned, bool reviewed, Outcome expected)
    {
        AssistanceCityCohort cohort = Cohort(Enterprise("E1", questioned, reviewed), Enterprise("E2"));
        Report report = EnterpriseAssistanceCityRuleSet.Default.Evaluate(cohort, AsOf);

        Finding finding = report["HLJ-ACT-COHORT-ON-SITE-REVIEW"];
        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(expected == Outcome.NotMet, report.Outcome == ReportOutcome.NotMet); // the other rules pass or await the quota
        Assert.Equal("六、(二)", finding.Citation.Section);
        Assert.Equal("对企业申报材料如有疑问,须到企业实地复核", finding.Citation.Clause);
    }

    [Fact]
    public void ActionCity_OnSiteReview_NamesEveryEnterpriseNotReviewed_AfterOneThatWas()
    {
        AssistanceCityCohort cohort = Cohort(Enterprise("E1", true, true), Enterprise("E2", true), Enterprise("E3"), Enterprise("E4", true));
        Finding finding = EnterpriseAssistanceCityRuleSet.Default.Evaluate(cohort, AsOf)["HLJ-ACT-COHORT-ON-SITE-REVIEW"];

        Assert.Equal(Outcome.NotMet, finding.Outcome);
        Assert.Equal("申报材料存疑 3 家,未实地复核:E2, E4", finding.Explanation?.ZhCn);
    }

    [Theory]
    [InlineData(null, Outcome.NotApplicable)]
    [InlineData(true, Outcome.Met)]
    [InlineData(false, Outcome.NotMet)]
    public void ActionCity_ResultsPublicAndPerformanceReport_RecordedFlags(bool? recorded, Outcome expected)
    {
        AssistanceCityCohort cohort = Cohort(Enterprise("E1")) with { ResultsPublished = recorded, PerformanceReportFormed = recorded };
        Report report = EnterpriseAssistanceCityRuleSet.Default.Evaluate(cohort, AsOf);

        Assert.Equal(expected, report["HLJ-ACT-COHORT-RESULTS-PUBLIC"].Outcome);
        Assert.Equal(expected, report["HLJ-ACT-COHORT-PERFORMANCE-REPORT"].Outcome);
        Assert.Equal("遴选结果应向社会公开", report["HLJ-ACT-COHORT-RESULTS-PUBLIC"].Citation.Clause);
        Assert.Equal("六、(三)", report["HLJ-ACT-COHORT-PERFORMANCE-REPORT"].Citation.Section);
    }

    [Theory]
    [InlineData(null, Outcome.NotApplicable)]
    [InlineData(true, Outcome.Met)]
    [InlineData(false, Outcome.NotMet)]
    public void SharedBaseCity_PerformanceReport_RecordedFlag(bool? recorded, Outcome expected)
    {
        SharedBaseCitySelection selection = Selection(Candidate("A", 90m)) with { PerformanceReportFormed = recorded };
        Finding finding = SharedBaseCityRuleSet.Default.Evaluate(selection, Samples.AsOf)["HLJ-BASE-PERFORMANCE-REPORT"];

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal("七、(三)", finding.Citation.Section);
        Assert.Equal("对已完成的项目要及时做出绩效评价,并形成专项绩效评价报告", finding.Citation.Clause);
    }

    [Theory]
    [InlineData(null, null, Outcome.NotApplicable, "未记录服务对象填报满意度调查问卷的情况")]
    [InlineData(true, true, Outcome.Met, "服务对象 2 家均已在线填报满意度调查问卷")]
    [InlineData(true, null, Outcome.NotEvaluated, "未检查:以下服务对象未记录是否填报满意度调查问卷:E2")]
    [InlineData(true, false, Outcome.NotMet, "以下服务对象未填报满意度调查问卷:E2")]
    [InlineData(false, null, Outcome.NotMet, "以下服务对象未填报满意度调查问卷:E1;未记录:E2")] // a recorded refusal outweighs a gap
    public void ActionCity_SatisfactionSurvey_EveryServiceTargetFillsItIn(bool? first, bool? second, Outcome expected, string explanation)
    {
        CohortEnterprise notSelected = Enterprise("E3") with { SelectedAsTarget = false, Accepted = false, ContestParticipatedOn = null };
        AssistanceCityCohort cohort = Cohort(
            Enterprise("E1") with { SatisfactionSurveySubmitted = first },
            Enterprise("E2") with { SatisfactionSurveySubmitted = second },
            notSelected);
        // With the city's quota given, every other rule of this list is met or not applicable: the report is the survey's.
        Report report = EnterpriseAssistanceCityRuleSet.Create(ParameterSet.Empty.With("HLJ-ACT-CITY-QUOTA", 2)).Evaluate(cohort, AsOf);

        Finding finding = report["HLJ-ACT-COHORT-SATISFACTION-SURVEY"];
        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(explanation, finding.Explanation?.ZhCn);
        Assert.Equal(
            expected switch { Outcome.NotMet => ReportOutcome.NotMet, Outcome.NotEvaluated => ReportOutcome.Incomplete, _ => ReportOutcome.Met },
            report.Outcome);
        Assert.Equal("五、(五)", finding.Citation.Section);
        Assert.Equal("省商务厅负责发布助企行动满意度调查问卷,各市(地)商务局负责组织各服务对象进行在线填报", finding.Citation.Clause);
    }

    [Fact]
    public void ActionCity_SatisfactionSurvey_OfAnEnterpriseNotSelected_IsRejectedWithItsPath()
    {
        AssistanceCityCohort cohort = Cohort(
            Enterprise("E1"),
            Enterprise("E2") with { SelectedAsTarget = false, Accepted = false, ContestParticipatedOn = null, SatisfactionSurveySubmitted = true });

        ValidationResult validation = EnterpriseAssistanceCityRuleSet.Default.Validate(cohort);

        Assert.Equal([("$.enterprises[1].satisfactionSurveySubmitted", "inconsistent")], validation.Problems.Select(p => (p.Path, p.Code)));
    }

    [Theory]
    [InlineData("", Outcome.NotApplicable)]
    [InlineData("-", Outcome.NotApplicable)]
    [InlineData("?", Outcome.NotApplicable)] // nothing done yet: nothing recorded to hold the list to
    [InlineData("+-+", Outcome.Met)]
    [InlineData("+?", Outcome.NotEvaluated)]
    [InlineData("?+x", Outcome.NotMet)]
    [InlineData("x", Outcome.NotMet)]
    public void ApplicantDuty_OneDecisionForEveryPerApplicantDuty(string states, Outcome expected)
    {
        // + done, x not done, ? not recorded, - not owed; the texts leave "not recorded" to the rule's own wording.
        var rule = new ApplicantDutyRule<string, char>(
            EnterpriseAssistanceClauses.CohortSatisfactionSurvey,
            static s => [.. s],
            static c => c.ToString(),
            static c => c switch { '+' => DutyState.Done, 'x' => DutyState.NotDone, '?' => DutyState.NotRecorded, _ => DutyState.NotOwed },
            new(new LocalizedText("无", "none"), static n => Text.Of($"{n}", $"{n}"), static (n, notDone, unrecorded) => Text.Of($"{n}:{notDone}:{unrecorded}", $"{n}")));

        Finding finding = rule.Evaluate(states, AsOf);

        Assert.Equal(expected, finding.Outcome);
        if (expected == Outcome.NotEvaluated)
        {
            Assert.Equal("未检查:以下申报单位未记录:?", finding.Explanation?.ZhCn);
        }
        else if (expected == Outcome.NotMet)
        {
            Assert.Equal(states.Length == 1 ? "1:x:" : "3:x:?", finding.Explanation?.ZhCn);
        }
    }

    [Fact]
    public void BothDocuments_DeclareTheSharedSentencesOnce_UnderTheirOwnIds()
    {
        Assert.Equal(SharedBaseClauses.OnSiteReview.Citation.Clause, EnterpriseAssistanceClauses.CohortOnSiteReview.Citation.Clause);
        Assert.Equal(SharedBaseClauses.PerformanceReport.Descriptor.Citation.Clause, EnterpriseAssistanceClauses.CohortPerformanceReport.Descriptor.Citation.Clause);
        Assert.NotEqual(SharedBaseClauses.OnSiteReview.Citation.Document.Id, EnterpriseAssistanceClauses.CohortOnSiteReview.Citation.Document.Id);
    }

    [Theory]
    [InlineData(null, null, Outcome.NotApplicable)]
    [InlineData(true, true, Outcome.Met)]
    [InlineData(true, null, Outcome.NotApplicable)] // one plan recorded, the other not: not shown either way
    [InlineData(false, null, Outcome.NotMet)] // a recorded missing plan decides beside a gap
    [InlineData(true, false, Outcome.NotMet)]
    [InlineData(false, true, Outcome.NotMet)]
    public void BothCities_LocalPlans_NeedTheImplementationPlanAndTheFundPlan(bool? implementation, bool? fund, Outcome expected)
    {
        AssistanceCityCohort cohort = Cohort(Enterprise("E1")) with { ImplementationPlanDrawnUp = implementation, FundManagementPlanDrawnUp = fund };
        SharedBaseCitySelection selection = Selection(Candidate("A", 90m)) with { ImplementationPlanDrawnUp = implementation, FundManagementPlanDrawnUp = fund };

        Finding action = EnterpriseAssistanceCityRuleSet.Default.Evaluate(cohort, AsOf)["HLJ-ACT-COHORT-LOCAL-PLANS"];
        Finding sharedBase = SharedBaseCityRuleSet.Default.Evaluate(selection, AsOf)["HLJ-BASE-LOCAL-PLANS"];

        Assert.Equal(expected, action.Outcome);
        Assert.Equal(expected, sharedBase.Outcome);
        Assert.Equal(("六、(一)", "各市(地)商务局要积极与当地财政部门沟通,抓紧制定本地区助企行动实施方案和专项资金使用管理方案"), (action.Citation.Section, action.Citation.Clause));
        Assert.Equal(("七、(一)", "各市(地)商务局要积极与当地财政部门沟通,抓紧制定本地区示范创建项目的实施方案和专项资金使用管理方案"), (sharedBase.Citation.Section, sharedBase.Citation.Clause));
    }

    [Theory]
    [InlineData(null, Outcome.NotApplicable, "未记录专项资金是否专款专用")]
    [InlineData(true, Outcome.Met, "专项资金专款专用,无挤占、截留、挪用")]
    [InlineData(false, Outcome.NotMet, "专项资金存在挤占、截留或挪用")]
    public void BothCities_EarmarkedUse_OneSentenceOfBothDocuments(bool? earmarked, Outcome expected, string explanation)
    {
        Finding action = EnterpriseAssistanceCityRuleSet.Default.Evaluate(Cohort(Enterprise("E1")) with { FundsUsedAsEarmarked = earmarked }, AsOf)["HLJ-ACT-COHORT-EARMARKED-USE"];
        Finding sharedBase = SharedBaseCityRuleSet.Default.Evaluate(Selection(Candidate("A", 90m)) with { FundsUsedAsEarmarked = earmarked }, AsOf)["HLJ-BASE-EARMARKED-USE"];

        Assert.Equal((expected, explanation), (action.Outcome, action.Explanation?.ZhCn));
        Assert.Equal((expected, explanation), (sharedBase.Outcome, sharedBase.Explanation?.ZhCn));
        Assert.Equal(("六、(三)", "要确保资金专款专用,严禁挤占、截留、挪用"), (action.Citation.Section, action.Citation.Clause));
        Assert.Equal(("七、(三)", "要确保资金专款专用,严禁挤占、截留、挪用"), (sharedBase.Citation.Section, sharedBase.Citation.Clause));
    }
}
