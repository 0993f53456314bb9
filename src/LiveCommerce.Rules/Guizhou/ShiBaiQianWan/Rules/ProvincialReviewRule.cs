using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 省商务厅根据市州推荐报送项目,采取资料审核、实地考察、组织评审等方式综合评定: a recognition rests on a document review, a site
/// visit and a panel review. The 等 list is read as a checklist (each listed step required), as SC-BASE-CRITERIA reads its lists.
/// </summary>
/// <remarks>Not recognised → not applicable; no review on record → evidence incomplete; a step not held → not met; a step held
/// without its record → evidence incomplete; else met.</remarks>
internal static class ProvincialReviewRule
{
    private static readonly LocalizedText DocumentReview = new("资料审核", "Document review");
    private static readonly LocalizedText SiteVisit = new("实地考察", "Site visit");
    private static readonly LocalizedText PanelReview = new("组织评审", "Panel review");

    private static readonly ChecklistTexts Texts = new()
    {
        NotApplicable = new("尚未认定,本条暂不适用", "Not recognised: not applicable"),
        NoRecord = new("缺少省级评审记录(资料审核、实地考察、组织评审)", "No record of the provincial review (document review, site visit, panel review)"),
        AllDone = new("经资料审核、实地考察、组织评审综合评定", "Recognised after a document review, a site visit and a panel review"),
        NotDone = new("认定未经", "The recognition was made without: "),
        NoEvidence = new("评审已进行,但缺少记录:", "The review was held but its record is missing for: "),
    };

    /// <summary>GZ-DEMO-REVIEW as an evidence checklist of the three steps.</summary>
    public static EvidenceChecklistRule<DemonstrationProject> Create() => new(
        ShiBaiQianWanClauses.Review,
        Texts,
        static f => f.Recognition?.Review is not { } r ? null : [Step(DocumentReview, r.DocumentReview), Step(SiteVisit, r.SiteVisit), Step(PanelReview, r.PanelReview)],
        static f => f.Recognition is not null);

    private static ChecklistItem Step(LocalizedText label, ReviewStep step) => new(label, step.Held, step.Evidence);
}
