using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Guizhou.ShiBaiQianWan.Rules;

/// <summary>
/// 对年销售额达50亿元、10亿元的一次性分别给予不超过300万、100万奖励: annual sales ≥ ¥5,000,000,000 → cap ¥3,000,000;
/// otherwise ≥ ¥1,000,000,000 → cap ¥1,000,000 (达 = ≥). Only the highest tier reached applies. 年销售额 is a whole year:
/// before the year is over the rule is not yet due. 一次性: an earlier sales-tier award refuses the claim, except that
/// under <see cref="SalesTierUpgrade.PayDifference"/> a lower-tier awardee reaching the upper tier gets the difference.
/// </summary>
internal sealed class SalesTierRewardRule(SupportMeasures measures) : LegacyRule<SupportClaim>(ShiBaiQianWanClauses.SalesTier)
{
    private static readonly LocalizedText NotClaimed = new("未申报年销售额奖励", "No annual-sales reward claimed");

    public override Finding Evaluate(SupportClaim facts, DateOnly asOf)
    {
        if (facts.AnnualSales is not { } sales || measures.SalesTier(facts, asOf) is not { } cap)
        {
            return With(Outcome.NotApplicable, NotClaimed);
        }

        Quantity measured = Quantity.Of(sales);
        if (cap.Status == MeasureStatus.Pending)
        {
            return Lazy(Outcome.NotEvaluated, cap.Reason, measured: measured, required: measures.SalesLow);
        }

        if (cap.Reason is { } refused)
        {
            return Lazy(Outcome.NotMet, refused, () => [Text.Of($"公式:{cap.Formula}", $"Formula: {cap.Formula}")], measured: measured, required: measures.SalesLow);
        }

        if (!cap.Eligible)
        {
            return new Finding(
                Descriptor,
                Outcome.NotMet,
                measured,
                measures.SalesLow,
                () => Text.Of(
                    $"年销售额 {sales} 未达 {measures.SalesLow.Bound},不享受年销售额奖励",
                    $"Annual sales of {sales} are below {measures.SalesLow.Bound.Format(ReportLanguage.English)}: no annual-sales reward"),
                () => [Text.Of($"公式:{cap.Formula}", $"Formula: {cap.Formula}")]);
        }

        bool high = measures.SalesHigh.IsMetBy(sales.Yuan);
        Threshold reached = high ? measures.SalesHigh : measures.SalesLow;
        Func<LocalizedText> explanation = high
            ? () => Text.Of(
                $"年销售额 {sales} 达 {measures.SalesHigh.Bound}:一次性奖励不超过 {measures.SalesHighCap}(仅适用最高档,不再叠加 {measures.SalesLowCap} 档)",
                $"Annual sales of {sales} reach {measures.SalesHigh.Bound.Format(ReportLanguage.English)}: one-off reward of at most {measures.SalesHighCap} (only the highest tier applies; the {measures.SalesLowCap} tier is not added)")
            : () => Text.Of(
                $"年销售额 {sales} 达 {measures.SalesLow.Bound}、未达 {measures.SalesHigh.Bound}:一次性奖励不超过 {measures.SalesLowCap}",
                $"Annual sales of {sales} reach {measures.SalesLow.Bound.Format(ReportLanguage.English)} but not {measures.SalesHigh.Bound.Format(ReportLanguage.English)}: one-off reward of at most {measures.SalesLowCap}");
        if (high && cap.Cap != measures.SalesHighCap)
        {
            // The difference after an earlier lower-tier award (SalesTierUpgrade.PayDifference).
            explanation = () => Text.Of(
                $"年销售额 {sales} 达 {measures.SalesHigh.Bound}:此前已获低档奖励,按晋档补差口径,一次性奖励不超过差额 {cap.Cap}",
                $"Annual sales of {sales} reach {measures.SalesHigh.Bound.Format(ReportLanguage.English)}: after the earlier lower-tier award, the top-up reading caps the reward at the difference, {cap.Cap}");
        }

        return Stacking.Apply(this, measures, facts, asOf, explanation, cap, reached, measured);
    }

    public override bool Passes(SupportClaim facts, DateOnly asOf) => measures.SalesTier(facts, asOf) is null or { Eligible: true };
}
