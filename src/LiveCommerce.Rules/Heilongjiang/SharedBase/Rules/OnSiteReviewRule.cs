using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>对企业申报材料如有疑问,须到企业实地复核: every applicant whose materials were questioned is reviewed on site.</summary>
internal sealed class OnSiteReviewRule() : LegacyRule<SharedBaseCitySelection>(SharedBaseClauses.OnSiteReview)
{
    private static readonly LocalizedText NoneQuestioned = new("无申报材料存疑的申报单位", "No applicant's materials were questioned");

    public override Finding Evaluate(SharedBaseCitySelection facts, DateOnly asOf)
    {
        int questioned = 0;
        var missing = new List<string>();
        foreach (SharedBaseCandidate a in facts.Applicants)
        {
            if (a.MaterialsQuestioned)
            {
                questioned++;
                if (!a.ReviewedOnSite)
                {
                    missing.Add(a.ApplicationId);
                }
            }
        }

        if (questioned == 0)
        {
            return With(Outcome.NotApplicable, NoneQuestioned);
        }

        return missing.Count == 0
            ? Flag(true, () => Text.Of($"申报材料存疑 {questioned} 家,均已到企业实地复核", $"All {questioned} applicant(s) with questioned materials were reviewed on site"))
            : Flag(false, () => Text.Of($"申报材料存疑 {questioned} 家,未实地复核:{string.Join(", ", missing)}", $"{questioned} applicant(s) with questioned materials; not reviewed on site: {string.Join(", ", missing)}"));
    }

    public override bool Passes(SharedBaseCitySelection facts, DateOnly asOf) =>
        facts.Applicants.All(a => !a.MaterialsQuestioned || a.ReviewedOnSite);
}
