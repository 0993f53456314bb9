using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Tests.Xiangyuan.RuralETown;

/// <summary>Shortcuts for the Xiangyuan tests.</summary>
internal static class Evaluate
{
    public static Report Project(RuralETownProject project, DateOnly? asOf = null) =>
        RuralETownRuleSet.Default.Evaluate(project, asOf ?? XiangyuanSamples.AsOf);

    public static Outcome Outcome(RuralETownProject project, string id, DateOnly? asOf = null) => Project(project, asOf)[id].Outcome;

    public static string Notes(Finding finding) => string.Join("\n", finding.Notes.Select(n => n.ZhCn));
}
