using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Sichuan.ClusterAction.Rules;

/// <summary>
/// 省级电商新业态基地为具有较大载体面积、运营管理权清晰,能够为入驻企业提供技术、信息、资本、供应链、市场对接等服务,且在人才集聚、
/// 服务生态、场景应用等方面有一定实绩: every listed item as an evidence item, and the premises' area against a parameter
/// without default (the draft gives no figure for 较大).
/// </summary>
/// <remarks>Order of decision: an item not satisfied → not met; the area parameter missing → not evaluated (the area was not
/// checked); the area below the parameter → not met; an item satisfied without its evidence → evidence incomplete; else met.</remarks>
internal sealed class BaseCriteriaRule(Threshold? minimumArea) : Rule<SichuanBaseApplication>(SichuanClauses.BaseCriteria)
{
    public override Finding Evaluate(SichuanBaseApplication facts, DateOnly asOf)
    {
        var notes = ImmutableArray.CreateBuilder<LocalizedText>();
        var unmet = new List<LocalizedText>();
        var noEvidence = new List<LocalizedText>();
        foreach ((LocalizedText label, EvidenceItem item) in Items(facts))
        {
            if (!item.Satisfied)
            {
                unmet.Add(label);
                notes.Add(Text.Of($"✗ {label.ZhCn}:不具备", $"✗ {label.En}: not satisfied"));
            }
            else if (string.IsNullOrWhiteSpace(item.Evidence))
            {
                noEvidence.Add(label);
                notes.Add(Text.Of($"? {label.ZhCn}:已声明,缺少佐证材料", $"? {label.En}: stated, no supporting evidence"));
            }
            else
            {
                notes.Add(Text.Of($"✓ {label.ZhCn}:{item.Evidence}", $"✓ {label.En}: {item.Evidence}"));
            }
        }

        Quantity area = Quantity.Of(facts.PremisesArea);
        if (minimumArea is null)
        {
            notes.Add(Text.Of(
                $"载体面积 {area.Format(ReportLanguage.ChineseSimplified)} 未检查:征求意见稿未规定“较大载体面积”的数值,缺少参数 SC-BASE-AREA",
                $"Premises area {area.Format(ReportLanguage.English)} not checked: the draft gives no figure for \"large premises\"; parameter SC-BASE-AREA is missing"));
        }

        if (unmet.Count > 0)
        {
            return With(Outcome.NotMet, Text.Of(
                $"不符合基地条件:{string.Join("、", unmet.Select(u => u.ZhCn))}",
                $"The base criteria are not met: {string.Join(", ", unmet.Select(u => u.En))}"), notes.ToImmutable());
        }

        if (minimumArea is null)
        {
            return With(Outcome.NotEvaluated, new LocalizedText(
                "未检查:缺少参数 SC-BASE-AREA(征求意见稿未规定“较大载体面积”的数值,须由使用方配置);其他条件见附注",
                "Not checked: parameter SC-BASE-AREA is missing (the draft gives no figure for \"large premises\"; the host must configure it); the other items are in the notes"), notes.ToImmutable());
        }

        if (!minimumArea.IsMetBy(area))
        {
            return With(Outcome.NotMet, Text.Of(
                $"载体面积 {area.Format(ReportLanguage.ChineseSimplified)},低于配置的较大载体面积 {minimumArea.Format(ReportLanguage.ChineseSimplified)}",
                $"Premises area {area.Format(ReportLanguage.English)} is below the configured minimum {minimumArea.Format(ReportLanguage.English)}"), notes.ToImmutable(), measured: area, required: minimumArea);
        }

        if (noEvidence.Count > 0)
        {
            return With(Outcome.EvidenceIncomplete, Text.Of(
                $"条件已声明,但缺少佐证材料:{string.Join("、", noEvidence.Select(u => u.ZhCn))}",
                $"The criteria are stated but evidence is missing for: {string.Join(", ", noEvidence.Select(u => u.En))}"), notes.ToImmutable(), measured: area, required: minimumArea);
        }

        return With(Outcome.Met, new LocalizedText("载体面积、运营管理权、服务能力和实绩均符合并有佐证材料", "Premises, operating rights, services and track record all meet the criteria, with evidence"), notes.ToImmutable(), measured: area, required: minimumArea);
    }

    internal static IEnumerable<(LocalizedText Label, EvidenceItem Item)> Items(SichuanBaseApplication f)
    {
        yield return (new LocalizedText("运营管理权清晰", "Clear operating and management rights"), f.OperatingRightsClear);
        yield return (new LocalizedText("提供技术服务", "Technology services"), f.Services.Technology);
        yield return (new LocalizedText("提供信息服务", "Information services"), f.Services.Information);
        yield return (new LocalizedText("提供资本服务", "Capital services"), f.Services.Capital);
        yield return (new LocalizedText("提供供应链服务", "Supply-chain services"), f.Services.SupplyChain);
        yield return (new LocalizedText("提供市场对接服务", "Market-matching services"), f.Services.MarketMatching);
        yield return (new LocalizedText("人才集聚实绩", "Track record in talent gathering"), f.TrackRecord.TalentGathering);
        yield return (new LocalizedText("服务生态实绩", "Track record in the service ecosystem"), f.TrackRecord.ServiceEcosystem);
        yield return (new LocalizedText("场景应用实绩", "Track record in application scenarios"), f.TrackRecord.ApplicationScenarios);
    }
}
