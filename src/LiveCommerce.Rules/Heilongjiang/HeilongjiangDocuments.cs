using LiveCommerce.Rules.Engine;

namespace LiveCommerce.Rules.Heilongjiang;

/// <summary>The Heilongjiang source documents the rules cite.</summary>
public static class HeilongjiangDocuments
{
    private static readonly LocalizedText CommerceDepartment = new("黑龙江省商务厅", "Heilongjiang Provincial Department of Commerce");

    /// <summary>黑龙江省区域直播电商(电子商务)共享基地(园区)示范创建工作实施方案 (2022-02-24).</summary>
    public static SourceDocument SharedBaseDemonstration { get; } = new(
        "hlj-2022-shared-base",
        new LocalizedText(
            "黑龙江省区域直播电商(电子商务)共享基地(园区)示范创建工作实施方案",
            "Heilongjiang implementation plan for the regional live-commerce (e-commerce) shared base (park) demonstration"),
        CommerceDepartment,
        new DateOnly(2022, 2, 24),
        null);

    /// <summary>黑龙江省直播电商(电子商务)助企行动工作实施方案 (2022-02-24).</summary>
    public static SourceDocument EnterpriseAssistanceAction { get; } = new(
        "hlj-2022-enterprise-assistance",
        new LocalizedText(
            "黑龙江省直播电商(电子商务)助企行动工作实施方案",
            "Heilongjiang implementation plan for the live-commerce (e-commerce) enterprise-assistance action"),
        CommerceDepartment,
        new DateOnly(2022, 2, 24),
        null);

    /// <summary>黑龙江省直播电商发展三年行动计划(2020—2022年), 黑政办规〔2020〕22号 (2020-11-02).</summary>
    public static SourceDocument ThreeYearPlan { get; } = new(
        "hlj-2020-three-year-plan",
        new LocalizedText(
            "黑龙江省直播电商发展三年行动计划(2020—2022年)",
            "Heilongjiang three-year action plan for live-commerce development (2020–2022)"),
        new LocalizedText("黑龙江省人民政府办公厅", "General Office of the Heilongjiang Provincial People's Government"),
        new DateOnly(2020, 11, 2),
        "黑政办规〔2020〕22号");

    /// <summary>The province every Heilongjiang document is issued for.</summary>
    internal static LocalizedText Province { get; } = new("黑龙江省", "Heilongjiang");

    /// <summary>The rule sets of <see cref="SharedBaseDemonstration"/>.</summary>
    internal static DocumentScope SharedBaseScope { get; } = new(SharedBaseDemonstration, Province);

    /// <summary>The rule sets of <see cref="EnterpriseAssistanceAction"/>.</summary>
    internal static DocumentScope EnterpriseAssistanceScope { get; } = new(EnterpriseAssistanceAction, Province);

    /// <summary>The rule sets of <see cref="ThreeYearPlan"/>.</summary>
    internal static DocumentScope ThreeYearPlanScope { get; } = new(ThreeYearPlan, Province);
}
