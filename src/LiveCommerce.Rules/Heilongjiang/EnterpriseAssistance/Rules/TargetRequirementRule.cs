using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 被确定为服务对象的实体企业需: ①具有电商化转型的主动意愿; ②签订承诺书等; ③组织专人(团队)对接服务主体;
/// ④在黑龙江省(直播)电商选品库完成注册和产品填报. One instance per requirement.
/// </summary>
internal sealed class TargetRequirementRule : LegacyRule<AssistedEnterprise>
{
    private readonly Func<AssistedEnterprise, bool> isMet;
    private readonly LocalizedText met;
    private readonly LocalizedText notMet;

    private TargetRequirementRule(RuleDescriptor descriptor, Func<AssistedEnterprise, bool> isMet, LocalizedText met, LocalizedText notMet)
        : base(descriptor)
    {
        this.isMet = isMet;
        this.met = met;
        this.notMet = notMet;
    }

    /// <summary>①具有电商化转型的主动意愿.</summary>
    public static TargetRequirementRule Willing() => new(
        EnterpriseAssistanceClauses.TargetWilling,
        f => f.WillingToTransform,
        new LocalizedText("具有电商化转型的主动意愿", "The enterprise has the active will to transform to e-commerce"),
        new LocalizedText("未表明电商化转型的主动意愿", "The enterprise has not shown the active will to transform to e-commerce"));

    /// <summary>②签订承诺书等.</summary>
    public static TargetRequirementRule Commitment() => new(
        EnterpriseAssistanceClauses.TargetCommitment,
        f => f.CommitmentSigned,
        new LocalizedText("已签订承诺书", "The commitment letter is signed"),
        new LocalizedText("未签订承诺书", "The commitment letter is not signed"));

    /// <summary>③组织专人(团队)对接服务主体.</summary>
    public static TargetRequirementRule Team() => new(
        EnterpriseAssistanceClauses.TargetTeam,
        f => f.DedicatedTeamAssigned,
        new LocalizedText("已组织专人(团队)对接服务主体", "A dedicated person or team works with the service provider"),
        new LocalizedText("未组织专人(团队)对接服务主体", "No dedicated person or team works with the service provider"));

    /// <summary>④在黑龙江省(直播)电商选品库完成注册和产品填报: both registration and products filed.</summary>
    public static TargetRequirementRule Catalog() => new(
        EnterpriseAssistanceClauses.TargetCatalog,
        f => f.RegisteredInSelectionLibrary && f.ProductsFiled,
        new LocalizedText("已在黑龙江省(直播)电商选品库完成注册和产品填报", "Registered in the selection library with products filed"),
        new LocalizedText("未在黑龙江省(直播)电商选品库完成注册和产品填报(须注册并填报产品)", "Not registered in the selection library with products filed (both are required)"));

    public override Finding Evaluate(AssistedEnterprise facts, DateOnly asOf) =>
        isMet(facts) ? Flag(true, met) : Flag(false, notMet);

    public override bool Passes(AssistedEnterprise facts, DateOnly asOf) => isMet(facts);
}
