using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction.Rules;

/// <summary>商务厅视情会同省直有关部门通过材料审查、专家评审、现场察看、社会公示、项目入库等程序确定: every step done and evidenced.</summary>
internal sealed class SelectionProcedureRule() : EvidenceChecklistRule<SichuanClusterPilotApplication>(SichuanClauses.ClusterSelection)
{
    private static readonly LocalizedText MaterialReview = new("材料审查", "Material review");
    private static readonly LocalizedText ExpertReview = new("专家评审", "Expert review");
    private static readonly LocalizedText SiteInspection = new("现场察看", "Site inspection");
    private static readonly LocalizedText PublicNotice = new("社会公示", "Public notice");
    private static readonly LocalizedText ProjectLibrary = new("项目入库", "Entry into the project library");

    protected override LocalizedText NoRecord { get; } = new(
        "缺少确定程序记录(材料审查、专家评审、现场察看、社会公示、项目入库)",
        "No record of the selection procedure (material review, expert review, site inspection, public notice, project library)");

    protected override LocalizedText AllDone { get; } = new("已经材料审查、专家评审、现场察看、社会公示、项目入库等程序确定", "Settled through material review, expert review, site inspection, public notice and entry into the project library");

    protected override (LocalizedText Label, EvidenceItem Item)[]? Items(SichuanClusterPilotApplication facts) =>
        facts.Selection is not { } s
            ? null
            : [(MaterialReview, s.MaterialReview), (ExpertReview, s.ExpertReview), (SiteInspection, s.SiteInspection), (PublicNotice, s.PublicNotice), (ProjectLibrary, s.ProjectLibrary)];
}
