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
    private static readonly LocalizedText AreaMissing = new(
        "未检查:缺少参数 SC-BASE-AREA(征求意见稿未规定“较大载体面积”的数值,须由使用方配置);其他条件见附注",
        "Not checked: parameter SC-BASE-AREA is missing (the draft gives no figure for \"large premises\"; the host must configure it); the other items are in the notes");

    private static readonly LocalizedText AllMet = new("载体面积、运营管理权、服务能力和实绩均符合并有佐证材料", "Premises, operating rights, services and track record all meet the criteria, with evidence");
    private static readonly LocalizedText NotSatisfied = new("不符合基地条件:", "The base criteria are not met: ");
    private static readonly LocalizedText NoEvidence = new("条件已声明,但缺少佐证材料:", "The criteria are stated but evidence is missing for: ");
    private static readonly LocalizedText NotSatisfiedMark = new("不具备", "not satisfied");

    private static readonly LocalizedText OperatingRights = new("运营管理权清晰", "Clear operating and management rights");
    private static readonly LocalizedText Technology = new("提供技术服务", "Technology services");
    private static readonly LocalizedText Information = new("提供信息服务", "Information services");
    private static readonly LocalizedText Capital = new("提供资本服务", "Capital services");
    private static readonly LocalizedText SupplyChain = new("提供供应链服务", "Supply-chain services");
    private static readonly LocalizedText MarketMatching = new("提供市场对接服务", "Market-matching services");
    private static readonly LocalizedText Talent = new("人才集聚实绩", "Track record in talent gathering");
    private static readonly LocalizedText Ecosystem = new("服务生态实绩", "Track record in the service ecosystem");
    private static readonly LocalizedText Scenarios = new("场景应用实绩", "Track record in application scenarios");

    public override Decision Decide(SichuanBaseApplication facts, DateOnly asOf)
    {
        Outcome items = Checklist.Decide(Items(facts), Outcome.NotMet);
        Quantity area = Quantity.Of(facts.PremisesArea);
        return items == Outcome.NotMet ? new Decision(Outcome.NotMet)
            : minimumArea is null ? Decision.NotEvaluated
            : !minimumArea.IsMetBy(area) ? new Decision(Outcome.NotMet, area, minimumArea)
            : new Decision(items, area, minimumArea);
    }

    protected override LocalizedText? Explain(SichuanBaseApplication facts, DateOnly asOf, in Decision decision) => decision.Outcome switch
    {
        Outcome.NotMet when decision.Measured is { } area => Text.Of(
            $"载体面积 {area.Format(ReportLanguage.ChineseSimplified)},低于配置的较大载体面积 {minimumArea!.Format(ReportLanguage.ChineseSimplified)}",
            $"Premises area {area.Format(ReportLanguage.English)} is below the configured minimum {minimumArea.Format(ReportLanguage.English)}"),
        Outcome.NotMet => Checklist.List(NotSatisfied, Items(facts), notDone: true),
        Outcome.NotEvaluated => AreaMissing,
        Outcome.EvidenceIncomplete => Checklist.List(NoEvidence, Items(facts), notDone: false),
        _ => AllMet,
    };

    protected override ImmutableArray<LocalizedText> Describe(SichuanBaseApplication facts, DateOnly asOf, in Decision decision)
    {
        ImmutableArray<LocalizedText> notes = Checklist.Notes(Items(facts), NotSatisfiedMark);
        if (minimumArea is not null)
        {
            return notes;
        }

        Quantity area = Quantity.Of(facts.PremisesArea);
        return notes.Add(Text.Of(
            $"载体面积 {area.Format(ReportLanguage.ChineseSimplified)} 未检查:征求意见稿未规定“较大载体面积”的数值,缺少参数 SC-BASE-AREA",
            $"Premises area {area.Format(ReportLanguage.English)} not checked: the draft gives no figure for \"large premises\"; parameter SC-BASE-AREA is missing"));
    }

    /// <summary>The listed items, in the draft's order.</summary>
    private static ChecklistItem[] Items(SichuanBaseApplication f) =>
    [
        Checklists.Item(OperatingRights, f.OperatingRightsClear),
        Checklists.Item(Technology, f.Services.Technology),
        Checklists.Item(Information, f.Services.Information),
        Checklists.Item(Capital, f.Services.Capital),
        Checklists.Item(SupplyChain, f.Services.SupplyChain),
        Checklists.Item(MarketMatching, f.Services.MarketMatching),
        Checklists.Item(Talent, f.TrackRecord.TalentGathering),
        Checklists.Item(Ecosystem, f.TrackRecord.ServiceEcosystem),
        Checklists.Item(Scenarios, f.TrackRecord.ApplicationScenarios),
    ];
}
