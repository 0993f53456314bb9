using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 明确各市地资金分配数量: the payments to providers total at most the funds allocated to the city. The allocation table is an
/// attachment not in the source: a parameter without default; without it the finding is not evaluated.
/// </summary>
internal sealed class CityFundsRule(Money? funds) : LegacyRule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortFunds)
{
    public const string FundsKey = "HLJ-ACT-CITY-FUNDS";

    private static readonly LocalizedText NonePaid = new("未记录向服务主体兑现的资金", "No payment to a provider is recorded");

    public override Finding Evaluate(AssistanceCityCohort facts, DateOnly asOf)
    {
        int paid = 0;
        Money total = Money.Zero;
        foreach (CohortEnterprise e in facts.Enterprises)
        {
            if (e.ProviderPayment is { } p)
            {
                paid++;
                total += p; // bounded by validation
            }
        }

        if (paid == 0)
        {
            return With(Outcome.NotApplicable, NonePaid);
        }

        if (funds is not { } f)
        {
            return MissingParameter(FundsKey);
        }

        return Judge(
            Quantity.Of(total),
            Threshold.AtMost(f.Yuan, Unit.Yuan, "不超过资金分配数量"),
            () => Text.Of($"向服务主体兑现 {paid} 笔,合计 {total},本市(地)资金分配数量 {f}", $"{paid} payment(s) to providers totalling {total}; the city's allocated funds are {f}"),
            null);
    }
}
