using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.SharedBase.Rules;

/// <summary>
/// 按照平均每个基地不高于省财政下发给各市(地)资金总额对市(地)数量指标的平均额给予示范基地资金补助: the city's
/// <em>average</em> subsidy per accepted base is at most funds ÷ quota. Individual bases may differ (不搞平均主义).
/// </summary>
/// <remarks>Decided exactly: paid total × quota ≤ funds × accepted count. The cap shown is rounded down to the fen.</remarks>
internal sealed class AverageSubsidyCapRule(Money? cityFunds, int? quota) : Rule<SharedBaseCitySelection>(SharedBaseClauses.SubsidyCap)
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
        foreach (SharedBaseCandidate a in facts.Applicants)
        {
            if (a.Accepted)
            {
                count++;
                total += a.Subsidy ?? Money.Zero; // checked at each step, as Money.Sum is
            }
        }

        if (count == 0)
        {
            return With(Outcome.NotApplicable, NoneAccepted, amount: amount, required: threshold);
        }

        bool met = total.Yuan * n <= funds.Yuan * count;
        // Shown rounded to the fen in the direction of the decision, so that it never contradicts it: an average of
        // ¥3,333,333.335 against a cap of ¥3,333,333.33 is shown as ¥3,333,333.34.
        Money average = met
            ? total.DivideRoundingDown(count)
            : Money.FromYuan(decimal.Round(total.Yuan / count, 2, MidpointRounding.ToPositiveInfinity));
        return Lazy(
            met ? Outcome.Met : Outcome.NotMet,
            () => Text.Of(
                $"验收合格 {count} 家,补助合计 {total},平均 {average}",
                $"{count} accepted base(s), subsidies totalling {total}, average {average}"),
            null,
            amount: amount,
            measured: Quantity.Of(average),
            required: threshold);
    }
}
