using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Goals;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Heilongjiang.ThreeYearPlan;
using LiveCommerce.Rules.Sichuan.ClusterAction;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Catalog;

/// <summary>
/// Every built-in programme, one declaration each, in catalog order: its rule set with the document's defaults and what
/// it offers the hosts. The only place that names a programme's types for the catalog, so that the hosts need not.
/// </summary>
internal static class BuiltInProgrammes
{
    /// <summary>The registrations, in catalog order.</summary>
    public static ImmutableArray<ProgrammeRegistration> All { get; } =
    [
        new(EnterpriseAssistanceRuleSet.Create(ParameterSet.Empty)),
        new(EnterpriseAssistanceCityRuleSet.Create(ParameterSet.Empty)),
        new(SharedBaseRuleSet.Create(ParameterSet.Empty)),
        new(SharedBaseCityRuleSet.Create(ParameterSet.Empty)),
        new(PlanMeasuresRuleSet.Create(ParameterSet.Empty)),
        new(DemonstrationRuleSet.Create(null, ParameterSet.Empty))
        {
            // Attachment 2 (the recognition criteria) is not in the source: the host supplies it.
            Configuration = HostConfigurationBinder.Of<DemonstrationRuleSet, DemonstrationCriteria>(DemonstrationCriteria.Read, (r, criteria) => r.WithCriteria(criteria)),
        },
        new(SupportRuleSet.Create(null, ParameterSet.Empty)),
        new(SichuanClusterPilotRuleSet.Create(ParameterSet.Empty)),
        new(SichuanBaseRuleSet.Create(ParameterSet.Empty)),
        new(RuralETownRuleSet.Create(ParameterSet.Empty))
        {
            AcceptanceSheet = new((report, language, withNotes) => Xiangyuan.RuralETown.AcceptanceSheet.From(report).Format(language, withNotes)),
        },
        .. GoalCatalog.All.Select(g => new ProgrammeRegistration(g) { Goals = new GoalTracking(g.Id, g.Province) }),
    ];
}
