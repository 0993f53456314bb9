using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 省商务厅根据市州推荐报送项目,采取资料审核、实地考察、组织评审等方式综合评定: a recognition rests on a document review, a site
/// visit and a panel review. The 等 list is read as a checklist (each listed step required), as SC-BASE-CRITERIA reads its lists.
/// </summary>
/// <remarks>Not recognised → not applicable; no review on record → evidence incomplete; a step not held → not met; a step held
/// without its record → evidence incomplete; else met.</remarks>
internal sealed class ProvincialReviewRule() : LegacyRule<DemonstrationProject>(ShiBaiQianWanClauses.Review)
{
    private static readonly LocalizedText NotRecognised = new("尚未认定,本条暂不适用", "Not recognised: not applicable");
    private static readonly LocalizedText NoReview = new("缺少省级评审记录(资料审核、实地考察、组织评审)", "No record of the provincial review (document review, site visit, panel review)");
    private static readonly LocalizedText Complete = new("经资料审核、实地考察、组织评审综合评定", "Recognised after a document review, a site visit and a panel review");
    private static readonly LocalizedText DocumentReview = new("资料审核", "Document review");
    private static readonly LocalizedText SiteVisit = new("实地考察", "Site visit");
    private static readonly LocalizedText PanelReview = new("组织评审", "Panel review");

    public override Finding Evaluate(DemonstrationProject facts, DateOnly asOf)
    {
        if (facts.Recognition is not { } recognition)
        {
            return With(Outcome.NotApplicable, NotRecognised);
        }

        if (recognition.Review is not { } review)
        {
            return With(Outcome.EvidenceIncomplete, NoReview);
        }

        (LocalizedText Label, ReviewStep Step)[] steps = [(DocumentReview, review.DocumentReview), (SiteVisit, review.SiteVisit), (PanelReview, review.PanelReview)];
        LocalizedText[] notHeld = [.. steps.Where(s => !s.Step.Held).Select(s => s.Label)];
        if (notHeld.Length > 0)
        {
            return Flag(false, () => Text.Of(
                $"认定未经{string.Join("、", notHeld.Select(l => l.ZhCn))}",
                $"The recognition was made without: {string.Join(", ", notHeld.Select(l => l.En))}"));
        }

        LocalizedText[] unrecorded = [.. steps.Where(s => string.IsNullOrWhiteSpace(s.Step.Evidence)).Select(s => s.Label)];
        return unrecorded.Length > 0
            ? Lazy(Outcome.EvidenceIncomplete, () => Text.Of(
                $"评审已进行,但缺少记录:{string.Join("、", unrecorded.Select(l => l.ZhCn))}",
                $"The review was held but its record is missing for: {string.Join(", ", unrecorded.Select(l => l.En))}"))
            : Flag(true, Complete, [.. steps.Select(s => Text.Of($"✓ {s.Label.ZhCn}:{s.Step.Evidence}", $"✓ {s.Label.En}: {s.Step.Evidence}"))]);
    }
}
