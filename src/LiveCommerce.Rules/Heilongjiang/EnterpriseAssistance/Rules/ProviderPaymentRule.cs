using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 按照标准验收确定达标服务对象数量,并依照政府采购合同兑现服务主体资金: a provider is paid for accepted (达标) targets only.
/// </summary>
internal sealed class ProviderPaymentRule() : LegacyRule<AssistanceCityCohort>(EnterpriseAssistanceClauses.CohortPayment)
{
    private static readonly LocalizedText NonePaid = new("未记录向服务主体兑现的资金", "No payment to a provider is recorded");

    public override Finding Evaluate(AssistanceCityCohort facts, DateOnly asOf)
    {
        int paid = 0;
        var unaccepted = new List<string>();
        foreach (CohortEnterprise e in facts.Enterprises)
        {
            if (e.ProviderPayment is { } p && p > Money.Zero)
            {
                paid++;
                if (!e.Accepted)
                {
                    unaccepted.Add(e.EnterpriseId);
                }
            }
        }

        if (paid == 0)
        {
            return With(Outcome.NotApplicable, NonePaid);
        }

        return unaccepted.Count == 0
            ? Flag(true, () => Text.Of($"向服务主体兑现资金的 {paid} 家服务对象均已验收达标", $"All {paid} target(s) paid for were accepted"))
            : Flag(false, () => Text.Of($"以下服务对象未验收达标却已兑现服务主体资金:{string.Join(", ", unaccepted)}", $"Providers were paid for targets not accepted: {string.Join(", ", unaccepted)}"));
    }

    public override bool Passes(AssistanceCityCohort facts, DateOnly asOf) =>
        facts.Enterprises.All(e => e.Accepted || e.ProviderPayment is not { } p || p <= Money.Zero);
}
