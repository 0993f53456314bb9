using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// The stacking policy applied to the decision of an eligible measure: under <see cref="StackingPolicy.LargestOnly"/> only
/// the measure with the largest cap keeps its amount (<see cref="SupportMeasures.StackingWinner"/>); the others are met
/// without an amount, and a note says which measure kept its cap.
/// </summary>
internal static class Stacking
{
    private static readonly LocalizedText Kept = new("不叠加:本项为最高额,予以保留", "No stacking: this measure has the largest cap and keeps it");

    /// <summary>The met decision of an eligible measure: its cap as the amount (labelled <paramref name="label"/>), unless
    /// another measure keeps the only cap; the cap is the decision's workings.</summary>
    public static Decision Met(RuleDescriptor rule, SupportMeasures measures, SupportClaim facts, DateOnly asOf, LocalizedText label, MeasureCap cap, Threshold required, Quantity? measured) =>
        new(
            Outcome.Met,
            measured,
            required,
            measures.StackingWinner(facts, asOf) is not { } winner || winner == rule.Id ? cap.AmountAs(label) : null,
            cap);

    /// <summary>The measure's cap as the rule decided it (the decision's workings), or <see langword="null"/> when not claimed.</summary>
    public static MeasureCap? CapOf(in Decision decision) => decision.Workings as MeasureCap;

    /// <summary>What the policy adds to the notes of an eligible measure: nothing when stacking is allowed.</summary>
    public static ImmutableArray<LocalizedText> Notes(RuleDescriptor rule, SupportMeasures measures, SupportClaim facts, DateOnly asOf, MeasureCap cap) =>
        measures.StackingWinner(facts, asOf) switch
        {
            null => [],
            string winner when winner == rule.Id => [Kept],
            string winner =>
            [
                Text.Of(
                    $"不叠加:仅取最高额的 {winner},本项上限 {cap.Cap}({cap.Formula})不予计列",
                    $"No stacking: only {winner}, the largest, is kept; this measure's cap {cap.Cap} ({cap.Formula}) is not listed"),
            ],
        };
}
