using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 服务主体需为服务对象提供6个月的服务期,服务期内服务对象平台帐号需达到以下基本标准: the period is six calendar months
/// (validation rejects any other length) and must be over by the as-of date before the enterprise can be accepted.
/// </summary>
/// <remarks>The notes list the months that count and any figures given for months outside the period (not counted).</remarks>
internal sealed class ServicePeriodRule() : Rule<AssistedEnterprise>(EnterpriseAssistanceClauses.Period)
{
    public override Finding Evaluate(AssistedEnterprise facts, DateOnly asOf)
    {
        ServicePeriod period = facts.ServicePeriod;
        Func<ImmutableArray<LocalizedText>> notes = () => ServiceMonths.BoundaryNotes(facts);
        return Ended(facts, asOf)
            ? Lazy(Outcome.Met, () => Text.Of($"服务期 {period}(6 个月)已于 {period.EndDate:yyyy-MM-dd} 结束;仅服务期内数据计入验收", $"The service period {period} (6 months) ended on {period.EndDate:yyyy-MM-dd}; only figures inside it count"), notes)
            : Lazy(Outcome.NotMet, () => Text.Of($"服务期 {period} 至 {period.EndDate:yyyy-MM-dd} 结束,评估日期 {asOf:yyyy-MM-dd} 尚未结束,不能验收", $"The service period {period} ends on {period.EndDate:yyyy-MM-dd}; as of {asOf:yyyy-MM-dd} it is not over, so the enterprise cannot be accepted yet"), notes);
    }

    public override bool Passes(AssistedEnterprise facts, DateOnly asOf) => Ended(facts, asOf);

    private static bool Ended(AssistedEnterprise facts, DateOnly asOf) =>
        facts.ServicePeriod.Months == EnterpriseAssistanceClauses.ServiceMonths && facts.ServicePeriod.EndDate <= asOf;
}
