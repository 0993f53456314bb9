using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

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
