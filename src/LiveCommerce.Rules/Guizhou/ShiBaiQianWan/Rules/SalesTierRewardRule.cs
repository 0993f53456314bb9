using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 对年销售额达50亿元、10亿元的一次性分别给予不超过300万、100万奖励: annual sales ≥ ¥5,000,000,000 → cap ¥3,000,000;
/// otherwise ≥ ¥1,000,000,000 → cap ¥1,000,000 (达 = ≥). Only the highest tier reached applies. 年销售额 is a whole year:
/// before the year is over the rule is not yet due. 一次性: an earlier sales-tier award refuses the claim, except that
/// under <see cref="SalesTierUpgrade.PayDifference"/> a lower-tier awardee reaching the upper tier gets the difference.
/// </summary>
internal sealed class SalesTierRewardRule(SupportMeasures measures) : Rule<SupportClaim>(ShiBaiQianWanClauses.SalesTier)
{
    private static readonly LocalizedText NotClaimed = new("未申报年销售额奖励", "No annual-sales reward claimed");
    private static readonly LocalizedText CapLabel = new("年销售额奖励上限", "Annual-sales reward: cap");

    public override Decision Decide(SupportClaim facts, DateOnly asOf)
    {
        if (facts.AnnualSales is not { } sales || measures.SalesTier(facts, asOf) is not { } cap)
        {
            return Decision.NotApplicable;
        }

        Quantity measured = Quantity.Of(sales);
        return cap.Status switch
        {
            MeasureStatus.Pending => new(Outcome.NotEvaluated, measured, measures.SalesLow, workings: cap),
            MeasureStatus.NotEligible => new(Outcome.NotMet, measured, measures.SalesLow, workings: cap),
            _ => Stacking.Met(Descriptor, measures, facts, asOf, CapLabel, cap, measures.SalesHigh.IsMetBy(sales.Yuan) ? measures.SalesHigh : measures.SalesLow, measured),
        };
    }

    protected override LocalizedText? Explain(SupportClaim facts, DateOnly asOf, in Decision decision)
    {
        if (facts.AnnualSales is not { } sales || Stacking.CapOf(decision) is not { } cap)
        {
            return NotClaimed;
        }

        if (cap.Reason is { } reason)
        {
            return reason(); // not yet due, or refused as a repeat
        }

        Threshold high = measures.SalesHigh, low = measures.SalesLow;
        if (!cap.Eligible)
        {
            return Text.Of(
                $"年销售额 {sales} 未达 {low.Bound},不享受年销售额奖励",
                $"Annual sales of {sales} are below {low.Bound.Format(ReportLanguage.English)}: no annual-sales reward");
        }

        if (!high.IsMetBy(sales.Yuan))
        {
            return Text.Of(
                $"年销售额 {sales} 达 {low.Bound}、未达 {high.Bound}:一次性奖励不超过 {measures.SalesLowCap}",
                $"Annual sales of {sales} reach {low.Bound.Format(ReportLanguage.English)} but not {high.Bound.Format(ReportLanguage.English)}: one-off reward of at most {measures.SalesLowCap}");
        }

        // A cap other than the upper one: the difference after an earlier lower-tier award (SalesTierUpgrade.PayDifference).
        return cap.Cap == measures.SalesHighCap
            ? Text.Of(
                $"年销售额 {sales} 达 {high.Bound}:一次性奖励不超过 {measures.SalesHighCap}(仅适用最高档,不再叠加 {measures.SalesLowCap} 档)",
                $"Annual sales of {sales} reach {high.Bound.Format(ReportLanguage.English)}: one-off reward of at most {measures.SalesHighCap} (only the highest tier applies; the {measures.SalesLowCap} tier is not added)")
            : Text.Of(
                $"年销售额 {sales} 达 {high.Bound}:此前已获低档奖励,按晋档补差口径,一次性奖励不超过差额 {cap.Cap}",
                $"Annual sales of {sales} reach {high.Bound.Format(ReportLanguage.English)}: after the earlier lower-tier award, the top-up reading caps the reward at the difference, {cap.Cap}");
    }

    protected override ImmutableArray<LocalizedText> Describe(SupportClaim facts, DateOnly asOf, in Decision decision) =>
        Stacking.CapOf(decision) switch
        {
            null or { Status: MeasureStatus.Pending } => [],
            { Eligible: false } cap => [cap.FormulaNote],
            { } cap => Stacking.Notes(Descriptor, measures, facts, asOf, cap),
        };
}
