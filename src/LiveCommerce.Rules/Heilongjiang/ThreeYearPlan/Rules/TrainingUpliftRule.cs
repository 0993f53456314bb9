using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;

/// <summary>
/// 按原有补贴标准上浮30%: the uplifted standard per trainee = original × 1.30, rounded down to the fen (a cap is never
/// rounded up); the claim's cap = uplifted standard × trainees. A claimed amount above the cap is not met.
/// </summary>
internal sealed class TrainingUpliftRule() : Rule<PlanMeasuresCase>(PlanMeasuresClauses.TrainingUplift)
{
    private static readonly LocalizedText NoClaim = new("未涉及培训补贴", "No training subsidy claim given");

    /// <summary>The uplifted standard per trainee.</summary>
    public static Money UpliftedStandard(Money original) => original.MultiplyAndRound(PlanMeasuresClauses.TrainingUpliftFactor, MidpointRounding.ToZero);

    public override Finding Evaluate(PlanMeasuresCase facts, DateOnly asOf)
    {
        if (facts.TrainingSubsidy is not { } claim)
        {
            return With(Outcome.NotApplicable, NoClaim);
        }

        Money perTrainee = UpliftedStandard(claim.OriginalStandardPerTrainee);
        Money cap = perTrainee * claim.Trainees;
        var amount = new ComputedAmount(
            AmountKind.Cap,
            Text.Of($"{claim.Occupation}培训补贴上限(原标准上浮30%)", $"Cap on the {claim.Occupation} training subsidy (original standard + 30%)"),
            cap,
            FormattableString.Invariant($"{claim.OriginalStandardPerTrainee} × 1.30 = {perTrainee} per trainee; × {claim.Trainees} = {cap}"));
        var required = Threshold.AtMost(cap.Yuan, Unit.Yuan, "不超过");
        if (claim.ClaimedAmount is not { } claimed)
        {
            return Lazy(Outcome.Met, () => Text.Of($"补贴上限 {cap}", $"The subsidy is capped at {cap}"), amount: amount, required: required);
        }

        Money original = claim.OriginalStandardPerTrainee;
        return Judge(Quantity.Of(claimed), required, () => Text.Of($"按原标准 {original} 上浮30%", $"original standard {original} raised by 30%"), null, amount);
    }
}
