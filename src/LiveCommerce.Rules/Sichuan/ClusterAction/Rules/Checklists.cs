using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction.Rules;

/// <summary>The Sichuan clauses that list steps or duties, each an evidence item (see <see cref="EvidenceChecklistRule{TFacts}"/>).</summary>
internal static class Checklists
{
    private static readonly LocalizedText NotDone = new("未完成:", "Not done: ");
    private static readonly LocalizedText NoEvidence = new("已声明,缺少佐证材料:", "Stated without evidence: ");
    private static readonly LocalizedText NotDoneMark = new("未完成", "not done");

    private static readonly LocalizedText MaterialReview = new("材料审查", "Material review");
    private static readonly LocalizedText ExpertReview = new("专家评审", "Expert review");
    private static readonly LocalizedText SiteInspection = new("现场察看", "Site inspection");
    private static readonly LocalizedText PublicNotice = new("社会公示", "Public notice");
    private static readonly LocalizedText ProjectLibrary = new("项目入库", "Entry into the project library");

    private static readonly LocalizedText Plan = new("制定工作实施方案", "Work implementation plan");
    private static readonly LocalizedText Policy = new("出台直播产业专项扶持政策", "Special live-streaming support policy");
    private static readonly LocalizedText Group = new("组建工作专班", "Working group");
    private static readonly LocalizedText Person = new("指定专人负责", "Designated person in charge");

    private static readonly LocalizedText ThirdParty = new("第三方机构分析评判", "Third-party analysis and judgement");
    private static readonly LocalizedText SelfReview = new("业主单位自查自评自纠", "The owner unit's own review");

    private static readonly ChecklistTexts SelectionTexts = new()
    {
        NoRecord = new(
            "缺少确定程序记录(材料审查、专家评审、现场察看、社会公示、项目入库)",
            "No record of the selection procedure (material review, expert review, site inspection, public notice, project library)"),
        AllDone = new("已经材料审查、专家评审、现场察看、社会公示、项目入库等程序确定", "Settled through material review, expert review, site inspection, public notice and entry into the project library"),
        NotDone = NotDone,
        NoEvidence = NoEvidence,
        NotDoneMark = NotDoneMark,
    };

    private static readonly ChecklistTexts CountyDutiesTexts = SelectionTexts with
    {
        NoRecord = new(
            "缺少项目地县(市、区)政府工作责任记录(实施方案、专项扶持政策、工作专班、指定专人)",
            "No record of the county government's duties (implementation plan, special support policy, working group, designated person)"),
        AllDone = new("项目地县(市、区)政府已制定实施方案、出台专项扶持政策、组建工作专班并指定专人负责", "The county government has an implementation plan, a special support policy, a working group and a designated person in charge"),
    };

    private static readonly ChecklistTexts ThirdPartyTexts = SelectionTexts with
    {
        NoRecord = new("绩效评价缺少第三方机构分析评判记录", "The performance evaluation has no record of a third-party institution's analysis"),
        AllDone = new("绩效评价有第三方机构的客观、公正的分析和评判", "The performance evaluation includes a third-party institution's objective, impartial analysis"),
        NotApplicable = new("尚未进行绩效评价,本条暂不适用", "No performance evaluation yet: not applicable"),
    };

    private static readonly ChecklistTexts SelfEvaluationTexts = ThirdPartyTexts with
    {
        NoRecord = new("绩效评价缺少县(市、区)业主单位自查自评自纠记录", "The performance evaluation has no record of the county owner unit's own review"),
        AllDone = new("县(市、区)业主单位已依据绩效目标对项目绩效自查自评自纠", "The county owner unit reviewed, evaluated and corrected the project's performance against its targets"),
    };

    /// <summary>SC-CLUSTER-SELECTION: 商务厅视情会同省直有关部门通过材料审查、专家评审、现场察看、社会公示、项目入库等程序确定.</summary>
    public static EvidenceChecklistRule<SichuanClusterPilotApplication> Selection() => new(
        SichuanClauses.ClusterSelection,
        SelectionTexts,
        static f => f.Selection is not { } s
            ? null
            : [Item(MaterialReview, s.MaterialReview), Item(ExpertReview, s.ExpertReview), Item(SiteInspection, s.SiteInspection), Item(PublicNotice, s.PublicNotice), Item(ProjectLibrary, s.ProjectLibrary)]);

    /// <summary>SC-CLUSTER-COUNTY-DUTIES: 项目地县(市、区)政府制定工作实施方案和出台直播产业专项扶持政策,组建工作专班,指定专人负责.</summary>
    public static EvidenceChecklistRule<SichuanClusterPilotApplication> CountyDuties() => new(
        SichuanClauses.CountyDuties,
        CountyDutiesTexts,
        static f => f.CountyDuties is not { } d
            ? null
            : [Item(Plan, d.ImplementationPlan), Item(Policy, d.SpecialSupportPolicy), Item(Group, d.WorkingGroup), Item(Person, d.DesignatedPerson)]);

    /// <summary>
    /// SC-THIRD-PARTY-EVALUATION: 邀请第三方机构对项目支出的决策、资金管理、使用、监管制度的建立、执行、实现的产出、取得的效益等情况进行
    /// 客观、公正的分析和评判: once a project has a performance evaluation, a third-party institution's analysis is part of
    /// it, with its report as evidence.
    /// </summary>
    public static EvidenceChecklistRule<TFacts> ThirdPartyEvaluation<TFacts>(Func<TFacts, PerformanceReview?> review) =>
        OfReview(SichuanClauses.ThirdPartyEvaluation, ThirdPartyTexts, ThirdParty, review, static r => r.ThirdPartyEvaluation);

    /// <summary>
    /// SC-SELF-EVALUATION: 依据设定的绩效目标,加强县(市、区)业主单位对项目绩效的自查自评自纠: once a project has a performance
    /// evaluation, the owner unit's own review is part of it, with its record as evidence.
    /// </summary>
    public static EvidenceChecklistRule<TFacts> SelfEvaluation<TFacts>(Func<TFacts, PerformanceReview?> review) =>
        OfReview(SichuanClauses.SelfEvaluation, SelfEvaluationTexts, SelfReview, review, static r => r.OwnerSelfEvaluation);

    // One evidence item of the performance evaluation: not applicable before there is one, incomplete without the item.
    private static EvidenceChecklistRule<TFacts> OfReview<TFacts>(
        RuleDescriptor clause, ChecklistTexts texts, LocalizedText label, Func<TFacts, PerformanceReview?> review, Func<PerformanceReview, EvidenceItem?> evidence) => new(
        clause,
        texts,
        f => review(f) is { } r && evidence(r) is { } item ? [Item(label, item)] : null,
        f => review(f) is not null);

    /// <summary>An evidence item of the facts as a checklist item.</summary>
    public static ChecklistItem Item(LocalizedText label, EvidenceItem item) => new(label, item.Satisfied, item.Evidence);
}
