using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction.Rules;

/// <summary>项目地县(市、区)政府制定工作实施方案和出台直播产业专项扶持政策,组建工作专班,指定专人负责: each duty done and evidenced.</summary>
internal sealed class CountyDutiesRule() : EvidenceChecklistRule<SichuanClusterPilotApplication>(SichuanClauses.CountyDuties)
{
    private static readonly LocalizedText Plan = new("制定工作实施方案", "Work implementation plan");
    private static readonly LocalizedText Policy = new("出台直播产业专项扶持政策", "Special live-streaming support policy");
    private static readonly LocalizedText Group = new("组建工作专班", "Working group");
    private static readonly LocalizedText Person = new("指定专人负责", "Designated person in charge");

    protected override LocalizedText NoRecord { get; } = new(
        "缺少项目地县(市、区)政府工作责任记录(实施方案、专项扶持政策、工作专班、指定专人)",
        "No record of the county government's duties (implementation plan, special support policy, working group, designated person)");

    protected override LocalizedText AllDone { get; } = new("项目地县(市、区)政府已制定实施方案、出台专项扶持政策、组建工作专班并指定专人负责", "The county government has an implementation plan, a special support policy, a working group and a designated person in charge");

    protected override (LocalizedText Label, EvidenceItem Item)[]? Items(SichuanClusterPilotApplication facts) =>
        facts.CountyDuties is not { } d
            ? null
            : [(Plan, d.ImplementationPlan), (Policy, d.SpecialSupportPolicy), (Group, d.WorkingGroup), (Person, d.DesignatedPerson)];
}
