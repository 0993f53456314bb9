using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance.Rules;

/// <summary>
/// 各市(地)可在满足基本标准的基础上根据实际调整: informational. Loosening overrides never get this far (the rule set rejects
/// them when it is built, catalog §0.4); the finding lists each acceptance standard in force against the basic standard.
/// </summary>
internal sealed class LocalAdjustmentRule : Rule<AssistedEnterprise>
{
    private readonly LocalizedText explanation;
    private readonly ImmutableArray<LocalizedText> notes;

    public LocalAdjustmentRule(ResolvedParameters parameters)
        : base(EnterpriseAssistanceClauses.LocalAdjust)
    {
        ImmutableArray<LocalizedText>.Builder list = ImmutableArray.CreateBuilder<LocalizedText>();
        int tightened = 0;
        foreach (ParameterDefinition d in parameters.Definitions.Where(d => Descriptor.ParameterKeys.Contains(d.Key)))
        {
            Threshold inForce = parameters.ThresholdOf(d);
            Threshold basic = d.ToThreshold(d.DefaultValue!.Value);
            bool changed = inForce != basic;
            if (changed)
            {
                tightened++;
            }

            list.Add(changed
                ? Text.Of($"{d.Label.ZhCn}:本地标准 {inForce.Format(ReportLanguage.ChineseSimplified)}(基本标准 {basic.Format(ReportLanguage.ChineseSimplified)},已从严调整)", $"{d.Label.En}: local standard {inForce.Format(ReportLanguage.English)} (basic standard {basic.Format(ReportLanguage.English)}, tightened)")
                : Text.Of($"{d.Label.ZhCn}:基本标准 {basic.Format(ReportLanguage.ChineseSimplified)}", $"{d.Label.En}: basic standard {basic.Format(ReportLanguage.English)}"));
        }

        notes = list.ToImmutable();
        explanation = tightened == 0
            ? new LocalizedText("采用省级基本标准,未作本地调整", "The provincial basic standard applies; no local adjustment")
            : Text.Of($"本市(地)从严调整了 {tightened} 项验收标准(只可从严,不可放宽)", $"The city tightened {tightened} acceptance standard(s) (stricter only, never looser)");
    }

    public override Decision Decide(AssistedEnterprise facts, DateOnly asOf) => new(Outcome.Met);

    protected override LocalizedText? Explain(AssistedEnterprise facts, DateOnly asOf, in Decision decision) => explanation;

    protected override ImmutableArray<LocalizedText> Describe(AssistedEnterprise facts, DateOnly asOf, in Decision decision) => notes;
}
