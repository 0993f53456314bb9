using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 对……运营主体分别给予不超过300万元、50万元、5万元、5万元的一次性奖励: the operator of a recognised project may receive
/// a one-off reward up to its category's cap (a cap, never an entitlement).
/// </summary>
internal sealed class OneOffRewardRule(SupportMeasures measures) : Rule<SupportClaim>(ShiBaiQianWanClauses.OneOffReward)
{
    public override Finding Evaluate(SupportClaim facts, DateOnly asOf)
    {
        if (facts.RecognisedCategory is not { } category || measures.OneOff(facts) is not { } cap)
        {
            return With(Outcome.NotApplicable, new LocalizedText("未申报示范项目一次性奖励(无已认定的示范项目类别)", "No one-off reward claimed (no recognised demonstration category)"));
        }

        LocalizedText name = DemonstrationCategories.Name(category);
        var threshold = Threshold.AtMost(cap.Cap.Yuan, Unit.Yuan, "不超过");
        var explanation = Text.Of(
            $"已认定的{name.ZhCn}运营主体:一次性奖励不超过 {cap.Cap}",
            $"Operator of a recognised {name.En}: one-off reward of at most {cap.Cap}");
        return Stacking.Apply(this, measures, facts, explanation, cap, threshold, null);
    }
}

/// <summary>Builds a reward finding, applying the stacking policy.</summary>
internal static class Stacking
{
    public static Finding Apply(Rule<SupportClaim> rule, SupportMeasures measures, SupportClaim facts, LocalizedText explanation, MeasureCap cap, Threshold required, Quantity? measured)
    {
        RuleDescriptor d = rule.Descriptor;
        LocalizedText label = d.Id switch
        {
            "GZ-REWARD-ONE-OFF" => new("示范项目一次性奖励上限", "Demonstration project one-off reward: cap"),
            "GZ-REWARD-SALES-TIER" => new("年销售额奖励上限", "Annual-sales reward: cap"),
            _ => new("流量补贴上限", "Traffic subsidy: cap"),
        };
        string? winner = measures.StackingWinner(facts);
        if (winner is null || winner == d.Id)
        {
            System.Collections.Immutable.ImmutableArray<LocalizedText> notes = winner is null
                ? []
                : [Text.Of($"不叠加:本项为最高额,予以保留", $"No stacking: this measure has the largest cap and keeps it")];
            return new Finding(d, Outcome.Met, measured, required, explanation, notes, new ComputedAmount(AmountKind.Cap, label, cap.Cap, cap.Formula));
        }

        return new Finding(
            d,
            Outcome.Met,
            measured,
            required,
            explanation,
            [Text.Of(
                $"不叠加:仅取最高额的 {winner},本项上限 {cap.Cap}({cap.Formula})不予计列",
                $"No stacking: only {winner}, the largest, is kept; this measure's cap {cap.Cap} ({cap.Formula}) is not listed")]);
    }
}
