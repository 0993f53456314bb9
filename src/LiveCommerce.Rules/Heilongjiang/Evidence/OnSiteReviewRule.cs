using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.Evidence;

/// <summary>
/// 对企业申报材料如有疑问,须到企业实地复核, as both Heilongjiang 2022 documents state it: every applicant whose materials
/// the city questioned is reviewed at the enterprise; none questioned, not applicable.
/// </summary>
/// <typeparam name="TFacts">The city's list.</typeparam>
/// <typeparam name="TApplicant">One applicant of the list.</typeparam>
internal sealed class OnSiteReviewRule<TFacts, TApplicant>(
    RuleDescriptor clause,
    Func<TFacts, ImmutableArray<TApplicant>> applicants,
    Func<TApplicant, OnSiteReview> review)
    : Rule<TFacts>(clause)
{
    private static readonly LocalizedText NoneQuestioned = new("无申报材料存疑的申报单位", "No applicant's materials were questioned");

    public override Decision Decide(TFacts facts, DateOnly asOf)
    {
        bool anyQuestioned = false;
        foreach (TApplicant applicant in applicants(facts))
        {
            OnSiteReview r = review(applicant);
            if (r.Questioned && !r.Reviewed)
            {
                return Flag(false);
            }

            anyQuestioned |= r.Questioned;
        }

        return anyQuestioned ? Flag(true) : Decision.NotApplicable;
    }

    protected override LocalizedText? Explain(TFacts facts, DateOnly asOf, in Decision decision)
    {
        if (decision.Outcome == Outcome.NotApplicable)
        {
            return NoneQuestioned;
        }

        OnSiteReview[] questioned = [.. applicants(facts).Select(review).Where(r => r.Questioned)];
        string notReviewed = string.Join(", ", questioned.Where(r => !r.Reviewed).Select(r => r.Id));
        return decision.Outcome == Outcome.Met
            ? Text.Of($"申报材料存疑 {questioned.Length} 家,均已到企业实地复核", $"All {questioned.Length} applicant(s) with questioned materials were reviewed on site")
            : Text.Of(
                $"申报材料存疑 {questioned.Length} 家,未实地复核:{notReviewed}",
                $"{questioned.Length} applicant(s) with questioned materials; not reviewed on site: {notReviewed}");
    }
}

/// <summary>What <see cref="OnSiteReviewRule{TFacts, TApplicant}"/> reads of one applicant.</summary>
/// <param name="Id">The applicant's id in the city's list, named where a review is missing.</param>
/// <param name="Questioned">Whether the city questioned its materials (对企业申报材料如有疑问).</param>
/// <param name="Reviewed">Whether the city reviewed them at the enterprise (须到企业实地复核).</param>
internal readonly record struct OnSiteReview(string Id, bool Questioned, bool Reviewed);
