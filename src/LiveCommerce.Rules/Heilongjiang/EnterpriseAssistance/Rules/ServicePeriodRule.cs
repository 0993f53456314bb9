using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 服务主体需为服务对象提供6个月的服务期,服务期内服务对象平台帐号需达到以下基本标准: the period is six months (validation
/// rejects any other length), falls within the action (it cannot begin before the plan was issued on 2022-02-24), and must
/// be over by the as-of date before the enterprise can be accepted: while it runs, acceptance is not yet due.
/// </summary>
/// <remarks>The notes list the months that count and any figures given for months outside the period (not counted).</remarks>
internal sealed class ServicePeriodRule() : Rule<AssistedEnterprise>(EnterpriseAssistanceClauses.Period)
{
    public override Decision Decide(AssistedEnterprise facts, DateOnly asOf) =>
        new(facts.ServicePeriod.Start < EnterpriseAssistanceClauses.ActionStart ? Outcome.NotMet
            : ServiceMonths.Running(facts, asOf) ? Outcome.NotEvaluated
            : Outcome.Met);

    protected override LocalizedText? Explain(AssistedEnterprise facts, DateOnly asOf, in Decision decision)
    {
        ServicePeriod period = facts.ServicePeriod;
        DateOnly issued = EnterpriseAssistanceClauses.ActionStart;
        return decision.Outcome switch
        {
            Outcome.NotMet => Text.Of($"服务期 {period} 早于助企行动方案印发日期 {issued:yyyy-MM-dd},不属于本行动的服务期", $"The service period {period} begins before the action's plan was issued on {issued:yyyy-MM-dd}: it is not a service period of this action"),
            Outcome.NotEvaluated => Text.Of($"尚未到期:服务期 {period} 至 {period.End:yyyy-MM-dd} 结束,评估日期 {asOf:yyyy-MM-dd} 尚未结束,暂不能验收", $"Not yet due: the service period {period} ends on {period.End:yyyy-MM-dd}; as of {asOf:yyyy-MM-dd} it is still running, so acceptance cannot be decided yet"),
            _ => Text.Of($"服务期 {period}(6 个月)已于 {period.End:yyyy-MM-dd} 结束;仅服务期内数据计入验收", $"The service period {period} (6 months) ended on {period.End:yyyy-MM-dd}; only figures inside it count"),
        };
    }

    protected override ImmutableArray<LocalizedText> Describe(AssistedEnterprise facts, DateOnly asOf, in Decision decision) =>
        ServiceMonths.BoundaryNotes(facts);
}
