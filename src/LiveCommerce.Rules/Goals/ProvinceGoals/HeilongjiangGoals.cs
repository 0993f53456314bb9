using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Heilongjiang;

namespace LiveCommerce.Rules.Goals.ProvinceGoals;

/// <summary>
/// Heilongjiang's goal sets: the 2020–2022 three-year plan (<c>HLJ-PLAN-GOALS</c>), the enterprise-assistance action
/// (<c>HLJ-ACT-GOAL-ENTERPRISES</c>, <c>HLJ-ACT-GOAL-RETAIL-GROWTH</c>) and the shared-base demonstration (<c>HLJ-BASE-GOAL</c>).
/// </summary>
/// <remarks>Bare target figures under 力争/实现/培育 ("培育100个骨干企业") are read as floors (≥): a goal is reached when the
/// figure is reached or exceeded. "到2022年底" is 2022-12-31; the action's goals fall due with its 行动时限 2023-10-30 and
/// the base goal with its 创建时限 2023-06-30.</remarks>
public static class HeilongjiangGoals
{
    /// <summary>The three-year plan's goal set id.</summary>
    public const string PlanGoalsId = "hlj-plan-goals";

    /// <summary>The enterprise-assistance action's goal set id.</summary>
    public const string ActionGoalsId = "hlj-action-goals";

    /// <summary>The shared-base demonstration's goal set id.</summary>
    public const string BaseGoalsId = "hlj-base-goals";


    /// <summary>二、发展目标 of the 2020–2022 three-year plan, due 2022-12-31.</summary>
    public static GoalSet PlanGoals { get; } = Plan();

    /// <summary>二、行动目标 of the enterprise-assistance action, due 2023-10-30.</summary>
    public static GoalSet ActionGoals { get; } = Action();

    /// <summary>二、创建目标 of the shared-base demonstration, due 2023-06-30.</summary>
    public static GoalSet BaseGoals { get; } = Base();

    private static GoalSet Plan()
    {
        var end2022 = new DateOnly(2022, 12, 31);
        var b = new GoalBuilder(GoalRows.PlanGoals, end2022);
        const string S = "二、发展目标";
        return Set(
            PlanGoalsId, "三年行动计划发展目标(2020—2022年)", "Three-year action plan goals (2020–2022)", end2022, "三年行动计划发展目标", "the three-year plan's goals",
            b.AtLeast("HLJ-PLAN-GOALS-LARGE-BASES", "大型直播电商共享基地", "Large live-commerce shared bases", 1, Unit.Count, "力争建成", S, "力争建成一批直播电商共享基地(1个大型", "At least 1 large shared base by the end of 2022."),
            b.AtLeast("HLJ-PLAN-GOALS-MEDIUM-BASES", "中型直播电商共享基地", "Medium live-commerce shared bases", 5, Unit.Count, "力争建成", S, "5个中型", "At least 5 medium shared bases by the end of 2022."),
            b.AtLeast("HLJ-PLAN-GOALS-REGIONAL-BASES", "区域直播电商共享基地", "Regional live-commerce shared bases", 20, Unit.Count, "力争建成", S, "20个区域直播电商共享基地", "At least 20 regional shared bases by the end of 2022."),
            b.AtLeast("HLJ-PLAN-GOALS-BACKBONE-ENTERPRISES", "骨干企业", "Backbone enterprises", 100, Unit.Count, "培育", S, "培育100个骨干企业", "At least 100 backbone enterprises by the end of 2022."),
            b.AtLeast("HLJ-PLAN-GOALS-INFLUENCER-BRANDS", "网红品牌", "Influencer brands", 1000, Unit.Count, "培育", S, "1000个网红品牌", "At least 1,000 influencer brands by the end of 2022."),
            b.AtLeast("HLJ-PLAN-GOALS-TRAINED", "培训直播销售和运营人员(人)", "Live-selling and operations staff trained (people)", 100_000, Unit.Count, "培训", S, "培训10万名直播销售和运营人员", "At least 100,000 people trained by the end of 2022."),
            b.AtLeast("HLJ-PLAN-GOALS-LIVE-SALES", "直播带货销售额", "Live-selling sales", 10_000_000_000m, Unit.Yuan, "实现", S, "实现直播带货销售100亿元", "Live-selling sales of at least ¥10,000,000,000 by the end of 2022."),
            b.AtLeast("HLJ-PLAN-GOALS-ECOSYSTEM-ENTERPRISES", "集聚生态企业", "Ecosystem enterprises gathered", 1000, Unit.Count, "集聚", S, "集聚生态企业1000家", "At least 1,000 ecosystem enterprises by the end of 2022."),
            b.AtLeast("HLJ-PLAN-GOALS-OUTPUT", "带动产值", "Output driven", 100_000_000_000m, Unit.Yuan, "带动", S, "带动产值1000亿元", "At least ¥100,000,000,000 of output driven by the end of 2022."));
    }

    private static GoalSet Action()
    {
        var end = new DateOnly(2023, 10, 30);
        return Set(
            ActionGoalsId, "直播电商助企行动目标", "Enterprise-assistance action goals", end, "助企行动", "the enterprise-assistance action",
            new GoalBuilder(GoalRows.ActionEnterprises, end).Whole(
                "新开并持续运营直播电商网络店铺的企业", "Enterprises opening and operating live-commerce stores", Threshold.AtLeast(1500, Unit.Count, "及以上"),
                "At least 1,500 enterprises open and keep operating live-commerce stores by 2023-10-30."),
            new GoalBuilder(GoalRows.ActionRetailGrowth, end).Whole(
                "带动全省网络零售额增长", "Growth of online retail driven", Threshold.AtLeast(1_000_000_000m, Unit.Yuan, "以上"),
                "Online retail growth of at least ¥1,000,000,000 by 2023-10-30 (a decline is a negative figure).", allowsNegative: true));
    }

    private static GoalSet Base()
    {
        var end = new DateOnly(2023, 6, 30);
        return Set(
            BaseGoalsId, "区域直播电商共享基地示范创建目标", "Shared-base demonstration goal", end, "示范创建", "the demonstration creation",
            new GoalBuilder(GoalRows.BaseGoal, end).Whole(
                "区域直播电商共享示范基地(园区)", "Regional shared demonstration bases", Threshold.AtLeast(20, Unit.Count, "及以上"),
                "At least 20 demonstration bases province-wide by 2023-06-30."));
    }

    /// <summary>A goal set of one Heilongjiang document (its goals' document), in force, due on <paramref name="deadline"/>.</summary>
    private static GoalSet Set(string id, string titleZh, string titleEn, DateOnly deadline, string dueZh, string dueEn, params GoalDefinition[] goals) =>
        GoalSet.Define(
            new DocumentScope(goals[0].Citation.Document, HeilongjiangDocuments.Province)
                .Describe(id, "1.0.0", new LocalizedText(titleZh, titleEn), new Deadline(deadline, new LocalizedText(dueZh, dueEn))),
            Province.Heilongjiang,
            goals);
}
