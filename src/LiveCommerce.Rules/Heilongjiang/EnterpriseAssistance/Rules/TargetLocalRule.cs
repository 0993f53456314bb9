using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 有开展直播电商新零售意愿的本地企业,包括但不限于:①限上商贸流通企业;②龙江特色产品生产加工企业;③农村合作社;④个体工商户.
/// </summary>
/// <remarks>Only being local decides; the kind is recorded in the notes (it feeds the city's cohort share) and is never a
/// reason to refuse, because the list is "including but not limited to".</remarks>
internal sealed class TargetLocalRule() : Rule<AssistedEnterprise>(EnterpriseAssistanceClauses.TargetLocal)
{
    public override Decision Decide(AssistedEnterprise facts, DateOnly asOf) => Flag(facts.IsLocal);

    protected override LocalizedText? Explain(AssistedEnterprise facts, DateOnly asOf, in Decision decision) =>
        facts.IsLocal
            ? Text.Of($"“{facts.EnterpriseName}”为本地企业", $"'{facts.EnterpriseName}' is a local enterprise")
            : Text.Of($"“{facts.EnterpriseName}”不是黑龙江省本地企业", $"'{facts.EnterpriseName}' is not a local (Heilongjiang) enterprise");

    protected override ImmutableArray<LocalizedText> Describe(AssistedEnterprise facts, DateOnly asOf, in Decision decision)
    {
        LocalizedText kind = EnterpriseKinds.Name(facts.Kind);
        return [Text.Of($"企业类型:{kind.ZhCn}(仅作记录,不作为拒绝理由)", $"Kind: {kind.En} (recorded only, never a reason to refuse)")];
    }
}
