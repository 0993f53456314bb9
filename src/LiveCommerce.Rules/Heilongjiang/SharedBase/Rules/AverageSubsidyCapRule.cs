using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>
/// 按照平均每个基地不高于省财政下发给各市(地)资金总额对市(地)数量指标的平均额给予示范基地资金补助: the city's
/// <em>average</em> subsidy per accepted base is at most funds ÷ quota, and the total never exceeds the funds the province
/// allocated (with more bases accepted than the quota the average alone would let the total run over). Individual bases
/// may differ (不搞平均主义).
/// </summary>
/// <remarks>Decided exactly: paid total × quota ≤ funds × accepted count, and paid total ≤ funds. The cap shown is rounded
/// down to the fen. An accepted base without a recorded subsidy is not counted as ¥0: the rule is not evaluated until
/// every accepted base's amount is given.</remarks>
internal sealed class AverageSubsidyCapRule(Money? cityFunds, int? quota) : Rule<SharedBaseCitySelection>(SharedBaseClauses.SubsidyCap)
{
    private static readonly LocalizedText CapLabel = new("平均每个基地补助上限", "Cap on the average subsidy per accepted base");
    private static readonly LocalizedText NoneAccepted = new("尚无验收合格的示范基地", "No base has passed acceptance yet");

    public override Decision Decide(SharedBaseCitySelection facts, DateOnly asOf)
    {
        if (cityFunds is not { } funds || quota is not { } n)
        {
            return Decision.NotEvaluated;
        }

        Money cap = funds.DivideRoundingDown(n);
        var amount = ComputedAmount.Formatted(AmountKind.Cap, CapLabel, cap, $"{funds} ÷ {n} = {cap}");
        var threshold = Threshold.AtMost(cap.Yuan, Unit.Yuan, "不高于");
        (int count, Money total, bool allRecorded) = Paid(facts);
        if (count == 0)
        {
            return new(Outcome.NotApplicable, null, threshold, amount);
        }

        if (!allRecorded)
        {
            return new(Outcome.NotEvaluated, null, threshold, amount);
        }

        if (total > funds)
        {
            // More bases accepted than the quota: the average may pass while the total runs over the funds. The total
            // is what fails, so it is the number shown.
            return new(Outcome.NotMet, Quantity.Of(total), Threshold.AtMost(funds.Yuan, Unit.Yuan, "不超过下发资金总额"), amount);
        }

        bool averageMet = total.Yuan * n <= funds.Yuan * count;

        // Shown rounded to the fen in the direction of the decision, so that it never contradicts it: an average of
        // ¥3,333,333.335 against a cap of ¥3,333,333.33 is shown as ¥3,333,333.34.
        Money average = averageMet
            ? total.DivideRoundingDown(count)
            : Money.FromYuan(decimal.Round(total.Yuan / count, 2, MidpointRounding.ToPositiveInfinity));
        return new(averageMet ? Outcome.Met : Outcome.NotMet, Quantity.Of(average), threshold, amount);
    }

    protected override LocalizedText? Explain(SharedBaseCitySelection facts, DateOnly asOf, in Decision decision)
    {
        if (cityFunds is not { } funds)
        {
            return MissingParameterText(SharedBaseClauses.CityFundsKey);
        }

        if (quota is not { } n)
        {
            return MissingParameterText(SharedBaseClauses.CityQuotaKey);
        }

        if (decision.Outcome == Outcome.NotApplicable)
        {
            return NoneAccepted;
        }

        if (decision.Outcome == Outcome.NotEvaluated)
        {
            string withoutAmount = string.Join(", ", facts.Applicants.Where(a => a.Accepted && a.Subsidy is null).Select(a => a.ApplicationId));
            return Text.Of(
                $"未检查:验收合格的基地未填写补助金额(无补助请填 0):{withoutAmount}",
                $"Not checked: no subsidy is recorded for the accepted base(s) {withoutAmount} (give 0 for none)");
        }

        (int count, Money total, _) = Paid(facts);
        if (total > funds)
        {
            return Text.Of(
                $"验收合格 {count} 家(数量指标 {n} 家),补助合计 {total} 超过省财政下发资金 {funds}",
                $"{count} accepted base(s) (quota {n}): subsidies totalling {total} exceed the {funds} the province allocated");
        }

        Money average = Money.FromYuan(decision.Measured!.Value.Value);
        return Text.Of(
            $"验收合格 {count} 家,补助合计 {total}(不超过下发资金 {funds}),平均 {average}",
            $"{count} accepted base(s), subsidies totalling {total} (within the allocated {funds}), average {average}");
    }

    /// <summary>The accepted bases, their recorded subsidies' total, and whether every one has its subsidy recorded.</summary>
    private static (int Count, Money Total, bool AllRecorded) Paid(SharedBaseCitySelection facts)
    {
        int count = 0;
        Money total = Money.Zero;
        bool allRecorded = true;
        foreach (SharedBaseCandidate a in facts.Applicants)
        {
            if (!a.Accepted)
            {
                continue;
            }

            count++;
            if (a.Subsidy is { } s)
            {
                total += s; // checked at each step, as Money.Sum is
            }
            else
            {
                allRecorded = false;
            }
        }

        return (count, total, allRecorded);
    }
}
