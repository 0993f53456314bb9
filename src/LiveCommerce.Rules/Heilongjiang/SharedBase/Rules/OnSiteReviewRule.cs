using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>对企业申报材料如有疑问,须到企业实地复核: every applicant whose materials were questioned is reviewed on site.</summary>
internal sealed class OnSiteReviewRule() : Rule<SharedBaseCitySelection>(SharedBaseClauses.OnSiteReview)
{
    private static readonly LocalizedText NoneQuestioned = new("无申报材料存疑的申报单位", "No applicant's materials were questioned");

    public override Decision Decide(SharedBaseCitySelection facts, DateOnly asOf) =>
        !facts.Applicants.Any(a => a.MaterialsQuestioned)
            ? Decision.NotApplicable
            : Flag(facts.Applicants.All(a => !a.MaterialsQuestioned || a.ReviewedOnSite));

    protected override LocalizedText? Explain(SharedBaseCitySelection facts, DateOnly asOf, in Decision decision)
    {
        if (decision.Outcome == Outcome.NotApplicable)
        {
            return NoneQuestioned;
        }

        int questioned = facts.Applicants.Count(a => a.MaterialsQuestioned);
        return decision.Outcome == Outcome.Met
            ? Text.Of($"申报材料存疑 {questioned} 家,均已到企业实地复核", $"All {questioned} applicant(s) with questioned materials were reviewed on site")
            : Text.Of(
                $"申报材料存疑 {questioned} 家,未实地复核:{string.Join(", ", NotReviewed(facts))}",
                $"{questioned} applicant(s) with questioned materials; not reviewed on site: {string.Join(", ", NotReviewed(facts))}");
    }

    private static IEnumerable<string> NotReviewed(SharedBaseCitySelection facts) =>
        facts.Applicants.Where(a => a.MaterialsQuestioned && !a.ReviewedOnSite).Select(a => a.ApplicationId);
}
