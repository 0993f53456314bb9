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
internal sealed class AverageSubsidyCapRule(Money? cityFunds, int? quota) : LegacyRule<SharedBaseCitySelection>(SharedBaseClauses.SubsidyCap)
{
    private static readonly LocalizedText CapLabel = new("平均每个基地补助上限", "Cap on the average subsidy per accepted base");
    private static readonly LocalizedText NoneAccepted = new("尚无验收合格的示范基地", "No base has passed acceptance yet");

    public override Finding Evaluate(SharedBaseCitySelection facts, DateOnly asOf)
    {
        if (cityFunds is not { } funds)
        {
            return MissingParameter("HLJ-BASE-CITY-FUNDS");
        }

        if (quota is not { } n)
        {
            return MissingParameter("HLJ-BASE-CITY-QUOTA");
        }

        Money cap = funds.DivideRoundingDown(n);
        var amount = new ComputedAmount(
            AmountKind.Cap,
            CapLabel,
            cap,
            FormattableString.Invariant($"{funds} ÷ {n} = {cap}"));
        var threshold = Threshold.AtMost(cap.Yuan, Unit.Yuan, "不高于");

        int count = 0;
        Money total = Money.Zero;
        List<string>? withoutAmount = null;
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
                (withoutAmount ??= []).Add(a.ApplicationId);
            }
        }

        if (count == 0)
        {
            return With(Outcome.NotApplicable, NoneAccepted, amount: amount, required: threshold);
        }

        if (withoutAmount is not null)
        {
            return Lazy(
                Outcome.NotEvaluated,
                () => Text.Of(
                    $"未检查:验收合格的基地未填写补助金额(无补助请填 0):{string.Join(", ", withoutAmount)}",
                    $"Not checked: no subsidy is recorded for the accepted base(s) {string.Join(", ", withoutAmount)} (give 0 for none)"),
                amount: amount,
                required: threshold);
        }

        bool averageMet = total.Yuan * n <= funds.Yuan * count;
        if (total > funds)
        {
            // More bases accepted than the quota: the average may pass while the total runs over the funds. The total
            // is what fails, so it is the number shown.
            return Lazy(
                Outcome.NotMet,
                () => Text.Of(
                    $"验收合格 {count} 家(数量指标 {n} 家),补助合计 {total} 超过省财政下发资金 {funds}",
                    $"{count} accepted base(s) (quota {n}): subsidies totalling {total} exceed the {funds} the province allocated"),
                null,
                amount: amount,
                measured: Quantity.Of(total),
                required: Threshold.AtMost(funds.Yuan, Unit.Yuan, "不超过下发资金总额"));
        }

        // Shown rounded to the fen in the direction of the decision, so that it never contradicts it: an average of
        // ¥3,333,333.335 against a cap of ¥3,333,333.33 is shown as ¥3,333,333.34.
        Money average = averageMet
            ? total.DivideRoundingDown(count)
            : Money.FromYuan(decimal.Round(total.Yuan / count, 2, MidpointRounding.ToPositiveInfinity));
        return Lazy(
            averageMet ? Outcome.Met : Outcome.NotMet,
            () => Text.Of(
                $"验收合格 {count} 家,补助合计 {total}(不超过下发资金 {funds}),平均 {average}",
                $"{count} accepted base(s), subsidies totalling {total} (within the allocated {funds}), average {average}"),
            null,
            amount: amount,
            measured: Quantity.Of(average),
            required: threshold);
    }
}
