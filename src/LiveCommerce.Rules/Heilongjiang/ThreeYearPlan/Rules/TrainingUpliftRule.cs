using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.ThreeYearPlan.Rules;

/// <summary>
/// 加大对互联网营销师、直播销售员等直播电商相关职业(工种)培训……补贴支持力度,按原有补贴标准上浮30%: for a live-commerce
/// occupation, the uplifted standard per trainee = original × 1.30, rounded to the fen half away from zero (四舍五入, as
/// public finance rounds a standard; it is a standard, not a 最高 cap); the claim's amount = uplifted standard × trainees.
/// A claimed amount above it is not met. Another occupation: not applicable.
/// </summary>
internal sealed class TrainingUpliftRule()
    : MeasureRule<TrainingSubsidyClaim>(PlanMeasuresClauses.TrainingUplift, new("未涉及培训补贴", "No training subsidy claim given"))
{
    /// <summary>The occupations the clause names (互联网营销师、直播销售员等).</summary>
    private static readonly string[] NamedOccupations = ["互联网营销师", "直播销售员"];

    /// <summary>The uplifted standard per trainee.</summary>
    public static Money UpliftedStandard(Money original) => original.MultiplyAndRound(PlanMeasuresClauses.TrainingUpliftFactor, MidpointRounding.AwayFromZero);

    /// <summary>Whether the claim is for a live-commerce occupation: named by the clause, or declared; null when unknown.</summary>
    public static bool? IsLiveCommerceOccupation(TrainingSubsidyClaim claim)
    {
        foreach (string named in NamedOccupations)
        {
            if (claim.Occupation.Contains(named, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return claim.LiveCommerceOccupation;
    }

    protected override TrainingSubsidyClaim? MeasureOf(PlanMeasuresCase facts) => facts.TrainingSubsidy;

    protected override Decision Decide(TrainingSubsidyClaim claim, DateOnly asOf)
    {
        switch (IsLiveCommerceOccupation(claim))
        {
            case null:
                return Decision.NotEvaluated;
            case false:
                return Decision.NotApplicable;
        }

        Money perTrainee = UpliftedStandard(claim.OriginalStandardPerTrainee);
        Money standard = perTrainee * claim.Trainees;
        var amount = ComputedAmount.Formatted(
            AmountKind.Standard,
            Text.Of($"{claim.Occupation}培训补贴标准(原标准上浮30%)", $"The {claim.Occupation} training subsidy standard (original standard + 30%)"),
            standard,
            $"{claim.OriginalStandardPerTrainee} × 1.30 = {perTrainee} per trainee (rounded half away from zero); × {claim.Trainees} = {standard}");
        var required = Threshold.AtMost(standard.Yuan, Unit.Yuan, "按上浮后标准");
        return claim.ClaimedAmount is { } claimed ? Judge(Quantity.Of(claimed), required, amount) : new(Outcome.Met, null, required, amount);
    }

    protected override LocalizedText? Explain(TrainingSubsidyClaim claim, DateOnly asOf, in Decision decision)
    {
        string occupation = claim.Occupation;
        return IsLiveCommerceOccupation(claim) switch
        {
            null => Text.Of(
                $"未检查:“{occupation}”不是条款列明的互联网营销师、直播销售员,请说明是否属于直播电商相关职业(工种)(liveCommerceOccupation)",
                $"Not checked: '{occupation}' is not one of the occupations the clause names (互联网营销师, 直播销售员); state whether it is a live-commerce occupation (liveCommerceOccupation)"),
            false => Text.Of(
                $"“{occupation}”不属于直播电商相关职业(工种),不适用上浮30%",
                $"'{occupation}' is not a live-commerce occupation: the 30% uplift does not apply"),
            true when claim.ClaimedAmount is null => Text.Of($"补贴标准 {decision.Amount!.Value}", $"The subsidy standard is {decision.Amount!.Value}"),
            true => Text.Of($"按原标准 {claim.OriginalStandardPerTrainee} 上浮30%", $"original standard {claim.OriginalStandardPerTrainee} raised by 30%"),
        };
    }
}
