using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>Builds a reward finding, applying the stacking policy.</summary>
/// <remarks>The outcome, threshold and amount are eager; the explanation and notes are formatted on first read.</remarks>
internal static class Stacking
{
    private static readonly LocalizedText OneOffLabel = new("示范项目一次性奖励上限", "Demonstration project one-off reward: cap");
    private static readonly LocalizedText SalesTierLabel = new("年销售额奖励上限", "Annual-sales reward: cap");
    private static readonly LocalizedText TrafficLabel = new("流量补贴上限", "Traffic subsidy: cap");
    private static readonly LocalizedText Kept = new("不叠加:本项为最高额,予以保留", "No stacking: this measure has the largest cap and keeps it");

    public static Finding Apply(Rule<SupportClaim> rule, SupportMeasures measures, SupportClaim facts, DateOnly asOf, Func<LocalizedText> explain, MeasureCap cap, Threshold required, Quantity? measured)
    {
        RuleDescriptor d = rule.Descriptor;
        LocalizedText label = d.Id switch
        {
            "GZ-REWARD-ONE-OFF" => OneOffLabel,
            "GZ-REWARD-SALES-TIER" => SalesTierLabel,
            _ => TrafficLabel,
        };
        string? winner = measures.StackingWinner(facts, asOf);
        if (winner is null || winner == d.Id)
        {
            Func<ImmutableArray<LocalizedText>>? notes = winner is null ? null : static () => [Kept];
            return new Finding(d, Outcome.Met, measured, required, explain, notes, new ComputedAmount(AmountKind.Cap, label, cap.Cap, cap.Formula));
        }

        return new Finding(
            d,
            Outcome.Met,
            measured,
            required,
            explain,
            () =>
            [
                Text.Of(
                    $"不叠加:仅取最高额的 {winner},本项上限 {cap.Cap}({cap.Formula})不予计列",
                    $"No stacking: only {winner}, the largest, is kept; this measure's cap {cap.Cap} ({cap.Formula}) is not listed"),
            ]);
    }
}
