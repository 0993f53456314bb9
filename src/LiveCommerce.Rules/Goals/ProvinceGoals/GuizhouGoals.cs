using System.Collections.Immutable;
using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Goals.ProvinceGoals;

/// <summary>
/// Guizhou's goal set: 一、工作目标 of the "Ten-Hundred-Thousand-Ten-thousand" programme (<c>GZ-GOALS-2025</c>), with the
/// split of the 1,000 leading enterprises and live teams given in task 6 (500 each).
/// </summary>
/// <remarks>Every target is worded "以上" (≥); "到2025年" is read as 2025-12-31. The combined 1,000 is the sum of the two
/// figures of task 6, never reported on its own.</remarks>
public static class GuizhouGoals
{
    /// <summary>The goal set id.</summary>
    public const string GoalsId = "gz-goals";

    /// <summary>The 2025 goals.</summary>
    public static GoalSet Goals2025 { get; } = Build();

    private static GoalSet Build()
    {
        var end2025 = new DateOnly(2025, 12, 31);
        var b = new GoalBuilder(GoalRows.Guizhou2025, end2025);
        const string S = "一、工作目标";
        GoalDefinition leading = b.AtLeast("GZ-GOALS-2025-LEADING-ENTERPRISES", "电子商务龙头企业", "Leading e-commerce enterprises", 500, Unit.Count, "以上", "二、(二)6.", "培育电子商务龙头企业500个以上", "At least 500 leading e-commerce enterprises by 2025.");
        GoalDefinition teams = b.AtLeast("GZ-GOALS-2025-TEAMS", "贵州省电子商务团队", "Guizhou e-commerce (live) teams", 500, Unit.Count, "以上", "二、(二)6.", "培育贵州省电子商务团队500个以上", "At least 500 e-commerce teams by 2025.");
        ImmutableArray<GoalDefinition> goals =
        [
            b.AtLeast("GZ-GOALS-2025-PARKS", "省级电商产业园区", "Provincial e-commerce industrial parks", 10, Unit.Count, "以上", S, "培育打造省级电商产业园区10个以上", "At least 10 provincial e-commerce parks by 2025 (task 4: 建成省级电子商务示范产业园区10个以上)."),
            b.AtLeast("GZ-GOALS-2025-LIVE-BASES", "省级电商直播基地", "Provincial e-commerce live-streaming bases", 100, Unit.Count, "以上", S, "省级电商直播基地100个以上", "At least 100 provincial live-streaming bases by 2025 (task 5)."),
            leading,
            teams,
            b.AtLeast("GZ-GOALS-2025-ENTERPRISES-AND-TEAMS", "省级电商龙头企业及电商直播团队(合计)", "Leading enterprises and live teams (together)", 1000, Unit.Count, "以上", S, "省级电商龙头企业及电商直播团队1000个以上", "At least 1,000 leading enterprises and live teams together by 2025: the sum of the two figures of task 6.", GoalMeasure.Sum(leading.Id, teams.Id)),
            b.AtLeast("GZ-GOALS-2025-PRODUCTS", "电商畅销产品", "Best-selling e-commerce products", 10_000, Unit.Count, "以上", S, "打造电商畅销产品10000个以上", "At least 10,000 best-selling products by 2025 (task 7)."),
            b.AtLeast("GZ-GOALS-2025-RETAIL", "网络零售额", "Online retail", 100_000_000_000m, Unit.Yuan, "达…以上", S, "网络零售额达1000亿元以上", "Online retail of at least ¥100,000,000,000 by 2025."),
        ];
        return GoalSet.Define(
            Guizhou.GuizhouDocuments.ShiBaiQianWanScope.Describe(
                GoalsId,
                "1.0.0",
                new LocalizedText("“十百千万”工程2025年工作目标", "\"Ten-Hundred-Thousand-Ten-thousand\" programme 2025 goals"),
                new Deadline(end2025, new LocalizedText("2025年工作目标", "the 2025 goals"))),
            Province.Guizhou,
            goals);
    }
}
