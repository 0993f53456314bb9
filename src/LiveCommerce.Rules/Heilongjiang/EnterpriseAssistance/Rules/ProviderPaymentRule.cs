using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 按照标准验收确定达标服务对象数量,并依照政府采购合同兑现服务主体资金: a provider is paid for accepted (达标) targets only.
/// </summary>
internal sealed class ProviderPaymentRule() : Rule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortPayment)
{
    private static readonly LocalizedText NonePaid = new("未记录向服务主体兑现的资金", "No payment to a provider is recorded");

    // One pass: not met at the first target paid for but not accepted; not applicable when nothing was paid.
    public override Decision Decide(AssistanceCityCohort facts, DateOnly asOf)
    {
        bool paid = false;
        foreach (CohortEnterprise e in facts.Enterprises)
        {
            if (IsPaid(e))
            {
                if (!e.Accepted)
                {
                    return Flag(false);
                }

                paid = true;
            }
        }

        return paid ? Flag(true) : Decision.NotApplicable;
    }

    protected override LocalizedText? Explain(AssistanceCityCohort facts, DateOnly asOf, in Decision decision)
    {
        if (decision.Outcome == Outcome.NotApplicable)
        {
            return NonePaid;
        }

        if (decision.Outcome == Outcome.Met)
        {
            int paid = facts.Enterprises.Count(IsPaid);
            return Text.Of($"向服务主体兑现资金的 {paid} 家服务对象均已验收达标", $"All {paid} target(s) paid for were accepted");
        }

        string unaccepted = string.Join(", ", facts.Enterprises.Where(e => IsPaid(e) && !e.Accepted).Select(e => e.EnterpriseId));
        return Text.Of($"以下服务对象未验收达标却已兑现服务主体资金:{unaccepted}", $"Providers were paid for targets not accepted: {unaccepted}");
    }

    private static bool IsPaid(CohortEnterprise e) => e.ProviderPayment is { } p && p > Money.Zero;
}
