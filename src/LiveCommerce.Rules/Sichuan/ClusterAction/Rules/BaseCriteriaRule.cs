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
internal sealed class BaseCriteriaRule(Threshold? minimumArea) : LegacyRule<SichuanBaseApplication>(SichuanClauses.BaseCriteria)
{
    private static readonly LocalizedText AreaMissing = new(
        "未检查:缺少参数 SC-BASE-AREA(征求意见稿未规定“较大载体面积”的数值,须由使用方配置);其他条件见附注",
        "Not checked: parameter SC-BASE-AREA is missing (the draft gives no figure for \"large premises\"; the host must configure it); the other items are in the notes");

    private static readonly LocalizedText AllMet = new("载体面积、运营管理权、服务能力和实绩均符合并有佐证材料", "Premises, operating rights, services and track record all meet the criteria, with evidence");

    /// <summary>The listed items, in the draft's order, with how to read each from the facts.</summary>
    private static readonly (LocalizedText Label, Func<SichuanBaseApplication, EvidenceItem> Item)[] Criteria =
    [
        (new LocalizedText("运营管理权清晰", "Clear operating and management rights"), static f => f.OperatingRightsClear),
        (new LocalizedText("提供技术服务", "Technology services"), static f => f.Services.Technology),
        (new LocalizedText("提供信息服务", "Information services"), static f => f.Services.Information),
        (new LocalizedText("提供资本服务", "Capital services"), static f => f.Services.Capital),
        (new LocalizedText("提供供应链服务", "Supply-chain services"), static f => f.Services.SupplyChain),
        (new LocalizedText("提供市场对接服务", "Market-matching services"), static f => f.Services.MarketMatching),
        (new LocalizedText("人才集聚实绩", "Track record in talent gathering"), static f => f.TrackRecord.TalentGathering),
        (new LocalizedText("服务生态实绩", "Track record in the service ecosystem"), static f => f.TrackRecord.ServiceEcosystem),
        (new LocalizedText("场景应用实绩", "Track record in application scenarios"), static f => f.TrackRecord.ApplicationScenarios),
    ];

    public override Finding Evaluate(SichuanBaseApplication facts, DateOnly asOf)
    {
        bool anyUnmet = false, anyWithoutEvidence = false;
        foreach ((LocalizedText _, Func<SichuanBaseApplication, EvidenceItem> item) in Criteria)
        {
            EvidenceItem i = item(facts);
            if (!i.Satisfied)
            {
                anyUnmet = true;
            }
            else if (string.IsNullOrWhiteSpace(i.Evidence))
            {
                anyWithoutEvidence = true;
            }
        }

        Quantity area = Quantity.Of(facts.PremisesArea);
        Func<ImmutableArray<LocalizedText>> notes = () => Notes(facts, area);
        if (anyUnmet)
        {
            return Lazy(
                Outcome.NotMet,
                () =>
                {
                    LocalizedText[] unmet = Labels(facts, static i => !i.Satisfied);
                    return Text.Of(
                        $"不符合基地条件:{string.Join("、", unmet.Select(u => u.ZhCn))}",
                        $"The base criteria are not met: {string.Join(", ", unmet.Select(u => u.En))}");
                },
                notes);
        }

        if (minimumArea is null)
        {
            return Lazy(Outcome.NotEvaluated, static () => AreaMissing, notes);
        }

        if (!minimumArea.IsMetBy(area))
        {
            return Lazy(
                Outcome.NotMet,
                () => Text.Of(
                    $"载体面积 {area.Format(ReportLanguage.ChineseSimplified)},低于配置的较大载体面积 {minimumArea.Format(ReportLanguage.ChineseSimplified)}",
                    $"Premises area {area.Format(ReportLanguage.English)} is below the configured minimum {minimumArea.Format(ReportLanguage.English)}"),
                notes,
                measured: area,
                required: minimumArea);
        }

        if (anyWithoutEvidence)
        {
            return Lazy(
                Outcome.EvidenceIncomplete,
                () =>
                {
                    LocalizedText[] noEvidence = Labels(facts, static i => i.Satisfied && string.IsNullOrWhiteSpace(i.Evidence));
                    return Text.Of(
                        $"条件已声明,但缺少佐证材料:{string.Join("、", noEvidence.Select(u => u.ZhCn))}",
                        $"The criteria are stated but evidence is missing for: {string.Join(", ", noEvidence.Select(u => u.En))}");
                },
                notes,
                measured: area,
                required: minimumArea);
        }

        return Lazy(Outcome.Met, static () => AllMet, notes, measured: area, required: minimumArea);
    }

    internal static IEnumerable<(LocalizedText Label, EvidenceItem Item)> Items(SichuanBaseApplication f)
    {
        foreach ((LocalizedText label, Func<SichuanBaseApplication, EvidenceItem> item) in Criteria)
        {
            yield return (label, item(f));
        }
    }

    private static LocalizedText[] Labels(SichuanBaseApplication facts, Func<EvidenceItem, bool> which) =>
        [.. Criteria.Where(c => which(c.Item(facts))).Select(c => c.Label)];

    private ImmutableArray<LocalizedText> Notes(SichuanBaseApplication facts, Quantity area)
    {
        var notes = ImmutableArray.CreateBuilder<LocalizedText>();
        foreach ((LocalizedText label, EvidenceItem item) in Items(facts))
        {
            if (!item.Satisfied)
            {
                notes.Add(Text.Of($"✗ {label.ZhCn}:不具备", $"✗ {label.En}: not satisfied"));
            }
            else if (string.IsNullOrWhiteSpace(item.Evidence))
            {
                notes.Add(Text.Of($"? {label.ZhCn}:已声明,缺少佐证材料", $"? {label.En}: stated, no supporting evidence"));
            }
            else
            {
                notes.Add(Text.Of($"✓ {label.ZhCn}:{item.Evidence}", $"✓ {label.En}: {item.Evidence}"));
            }
        }

        if (minimumArea is null)
        {
            notes.Add(Text.Of(
                $"载体面积 {area.Format(ReportLanguage.ChineseSimplified)} 未检查:征求意见稿未规定“较大载体面积”的数值,缺少参数 SC-BASE-AREA",
                $"Premises area {area.Format(ReportLanguage.English)} not checked: the draft gives no figure for \"large premises\"; parameter SC-BASE-AREA is missing"));
        }

        return notes.ToImmutable();
    }
}
