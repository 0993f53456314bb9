using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang.Evidence;
using LiveCommerce.Rules.Primitives;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 按照标准验收确定达标服务对象数量,并依照政府采购合同兑现服务主体资金: a provider is paid for accepted (达标) targets only.
/// Every target paid for is accepted; nothing paid, not applicable.
/// </summary>
internal static class ProviderPaymentRule
{
    private static readonly ApplicantDutyTexts Texts = new(
        new LocalizedText("未记录向服务主体兑现的资金", "No payment to a provider is recorded"),
        static paid => Text.Of($"向服务主体兑现资金的 {paid} 家服务对象均已验收达标", $"All {paid} target(s) paid for were accepted"),
        static (_, unaccepted, _) => Text.Of($"以下服务对象未验收达标却已兑现服务主体资金:{unaccepted}", $"Providers were paid for targets not accepted: {unaccepted}"));

    public static ApplicantDutyRule<AssistanceCityCohort, CohortEnterprise> Create() =>
        new(EnterpriseAssistanceClauses.CohortPayment, static f => f.Enterprises, static e => e.EnterpriseId, State, Texts);

    private static DutyState State(CohortEnterprise e) =>
        e.ProviderPayment is not { } p || p <= Money.Zero ? DutyState.NotOwed
        : e.Accepted ? DutyState.Done
        : DutyState.NotDone;
}
