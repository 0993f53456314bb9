using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 有开展直播电商新零售意愿的本地企业,包括但不限于:①限上商贸流通企业;②龙江特色产品生产加工企业;③农村合作社;④个体工商户.
/// </summary>
/// <remarks>Only being local decides; the kind is recorded in the notes (it feeds the city's cohort share) and is never a
/// reason to refuse, because the list is "including but not limited to".</remarks>
internal sealed class TargetLocalRule() : LegacyRule<AssistedEnterprise>(EnterpriseAssistanceClauses.TargetLocal)
{
    public override Finding Evaluate(AssistedEnterprise facts, DateOnly asOf)
    {
        string name = facts.EnterpriseName;
        EnterpriseKind k = facts.Kind;
        Func<ImmutableArray<LocalizedText>> note = () =>
        {
            LocalizedText kind = EnterpriseKinds.Name(k);
            return [Text.Of($"企业类型:{kind.ZhCn}(仅作记录,不作为拒绝理由)", $"Kind: {kind.En} (recorded only, never a reason to refuse)")];
        };
        return facts.IsLocal
            ? Flag(true, () => Text.Of($"“{name}”为本地企业", $"'{name}' is a local enterprise"), note)
            : Flag(false, () => Text.Of($"“{name}”不是黑龙江省本地企业", $"'{name}' is not a local (Heilongjiang) enterprise"), note);
    }

    public override bool Passes(AssistedEnterprise facts, DateOnly asOf) => facts.IsLocal;
}
