using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 明确各市地资金分配数量: the payments to providers total at most the funds allocated to the city. The allocation table is an
/// attachment not in the source: a parameter without default; without it the finding is not evaluated.
/// </summary>
internal sealed class CityFundsRule(Money? funds) : Rule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortFunds)
{
    private static readonly LocalizedText NonePaid = new("未记录向服务主体兑现的资金", "No payment to a provider is recorded");

    public override Decision Decide(AssistanceCityCohort facts, DateOnly asOf)
    {
        (int paid, Money total) = Paid(facts);
        return paid == 0 ? Decision.NotApplicable
            : funds is not { } f ? Decision.NotEvaluated
            : Judge(Quantity.Of(total), Threshold.AtMost(f.Yuan, Unit.Yuan, "不超过资金分配数量"));
    }

    protected override LocalizedText? Explain(AssistanceCityCohort facts, DateOnly asOf, in Decision decision)
    {
        (int paid, Money total) = Paid(facts);
        return decision.Outcome switch
        {
            Outcome.NotApplicable => NonePaid,
            Outcome.NotEvaluated => MissingParameterText(EnterpriseAssistanceClauses.CityFundsKey),
            _ => Text.Of($"向服务主体兑现 {paid} 笔,合计 {total},本市(地)资金分配数量 {funds}", $"{paid} payment(s) to providers totalling {total}; the city's allocated funds are {funds}"),
        };
    }

    /// <summary>The payments recorded, and their total (bounded by validation).</summary>
    private static (int Count, Money Total) Paid(AssistanceCityCohort facts)
    {
        int paid = 0;
        Money total = Money.Zero;
        foreach (CohortEnterprise e in facts.Enterprises)
        {
            if (e.ProviderPayment is { } p)
            {
                paid++;
                total += p;
            }
        }

        return (paid, total);
    }
}
