using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.Evidence;

/// <summary>
/// 对企业申报材料如有疑问,须到企业实地复核, as both Heilongjiang 2022 documents state it: every applicant whose materials
/// the city questioned is reviewed at the enterprise; none questioned, not applicable.
/// </summary>
internal static class OnSiteReviewRule
{
    private static readonly ApplicantDutyTexts Texts = new(
        new LocalizedText("无申报材料存疑的申报单位", "No applicant's materials were questioned"),
        static questioned => Text.Of($"申报材料存疑 {questioned} 家,均已到企业实地复核", $"All {questioned} applicant(s) with questioned materials were reviewed on site"),
        static (questioned, notReviewed, _) => Text.Of(
            $"申报材料存疑 {questioned} 家,未实地复核:{notReviewed}",
            $"{questioned} applicant(s) with questioned materials; not reviewed on site: {notReviewed}"));

    /// <summary>The rule for a list of <typeparamref name="TApplicant"/>; <paramref name="state"/> reads one applicant's two
    /// flags through <see cref="State"/>.</summary>
    public static ApplicantDutyRule<TFacts, TApplicant> Of<TFacts, TApplicant>(
        RuleDescriptor clause,
        Func<TFacts, ImmutableArray<TApplicant>> applicants,
        Func<TApplicant, string> id,
        Func<TApplicant, DutyState> state) => new(clause, applicants, id, state, Texts);

    /// <summary>Questioned materials owe a review on site; unquestioned ones owe nothing.</summary>
    public static DutyState State(bool questioned, bool reviewed) =>
        !questioned ? DutyState.NotOwed : reviewed ? DutyState.Done : DutyState.NotDone;
}
